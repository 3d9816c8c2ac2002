package io.dclink.model;

import io.dclink.codegen.GenerateBuilder;
import java.util.Map;

/**
 * An application for a new connection. Which fields a provider requires is checked before any
 * network call; every problem is reported at once.
 *
 * @param name the connection name
 * @param description a description, or {@code null}
 * @param accessPointId where the line should land
 * @param carrier the line operator (the provider's own code, e.g. {@code ChinaTelecom} or {@code CT})
 * @param portType the port type (e.g. {@code 1000Base-LX})
 * @param bandwidthMbps the bandwidth in Mbit/s, or {@code null} for the provider's default
 * @param customerAddress the customer premises address, including floor and room
 * @param circuitCode the carrier's circuit code, or {@code null}
 * @param redundantConnectionId the existing connection this one is redundant with, or {@code null}
 * @param contact the customer contact, or {@code null} for the account's default
 * @param faultContact the contact for fault reports, or {@code null}
 * @param tags tags to attach
 * @param idempotencyKey a caller-chosen key (at most 64 ASCII characters) that makes retries of this create safe, or {@code null}
 * @param providerOptions provider-specific settings listed in docs/providers.md; unknown keys are a validation error
 */
@GenerateBuilder(copier = "Copies")
public record CreateConnectionRequest(
        String name,
        String description,
        String accessPointId,
        String carrier,
        String portType,
        Integer bandwidthMbps,
        String customerAddress,
        String circuitCode,
        String redundantConnectionId,
        Contact contact,
        Contact faultContact,
        Map<String, String> tags,
        String idempotencyKey,
        Map<String, String> providerOptions) {

    /**
     * Validates and copies the components.
     *
     * @param name the connection name
     * @param description a description, or {@code null}
     * @param accessPointId where the line should land
     * @param carrier the line operator (the provider's own code, e.g. {@code ChinaTelecom} or {@code CT})
     * @param portType the port type (e.g. {@code 1000Base-LX})
     * @param bandwidthMbps the bandwidth in Mbit/s, or {@code null} for the provider's default
     * @param customerAddress the customer premises address, including floor and room
     * @param circuitCode the carrier's circuit code, or {@code null}
     * @param redundantConnectionId the existing connection this one is redundant with, or {@code null}
     * @param contact the customer contact, or {@code null} for the account's default
     * @param faultContact the contact for fault reports, or {@code null}
     * @param tags tags to attach
     * @param idempotencyKey a caller-chosen key (at most 64 ASCII characters) that makes retries of this create safe, or {@code null}
     * @param providerOptions provider-specific settings listed in docs/providers.md; unknown keys are a validation error
     */
    public CreateConnectionRequest {
        tags = Copies.frozen(tags);
        providerOptions = Copies.frozen(providerOptions);
    }

    /** {@return a new, empty builder} */
    public static CreateConnectionRequestBuilder builder() {
        return new CreateConnectionRequestBuilder();
    }

    /** {@return a builder initialised with this object's values} */
    public CreateConnectionRequestBuilder toBuilder() {
        return new CreateConnectionRequestBuilder(this);
    }
}
