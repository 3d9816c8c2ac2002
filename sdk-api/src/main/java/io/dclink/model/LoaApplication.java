package io.dclink.model;

import io.dclink.codegen.GenerateBuilder;
import java.time.Instant;
import java.util.List;

/**
 * An application for a letter of authorisation.
 *
 * @param companyName the customer company that needs the line
 * @param constructionCompany the company that will build the line
 * @param constructionType the kind of line
 * @param constructionTime when the crew will enter the site
 * @param customerLocation where the line comes from, or {@code null}
 * @param bandwidthMbps the line bandwidth in Mbit/s, or {@code null}
 * @param engineers the engineers who will enter the data centre
 * @param idempotencyKey a caller-chosen key that makes retries safe, or {@code null}
 */
@GenerateBuilder(copier = "Copies")
public record LoaApplication(
        String companyName,
        String constructionCompany,
        ConstructionType constructionType,
        Instant constructionTime,
        String customerLocation,
        Integer bandwidthMbps,
        List<FieldEngineer> engineers,
        String idempotencyKey) {

    /**
     * Validates and copies the components.
     *
     * @param companyName the customer company that needs the line
     * @param constructionCompany the company that will build the line
     * @param constructionType the kind of line
     * @param constructionTime when the crew will enter the site
     * @param customerLocation where the line comes from, or {@code null}
     * @param bandwidthMbps the line bandwidth in Mbit/s, or {@code null}
     * @param engineers the engineers who will enter the data centre
     * @param idempotencyKey a caller-chosen key that makes retries safe, or {@code null}
     */
    public LoaApplication {
        engineers = Copies.list(engineers);
    }

    /** {@return a new, empty builder} */
    public static LoaApplicationBuilder builder() {
        return new LoaApplicationBuilder();
    }

    /** {@return a builder initialised with this object's values} */
    public LoaApplicationBuilder toBuilder() {
        return new LoaApplicationBuilder(this);
    }
}
