package io.dclink.model;

import io.dclink.codegen.GenerateBuilder;
import io.dclink.lifecycle.LoaState;
import io.dclink.lifecycle.RequiredAction;
import io.dclink.lifecycle.ResourceType;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The letter of authorisation of a connection, and the construction it authorises. Identified by its
 * connection's id. {@link #toString()} hides the document URL's query, which is often a signed,
 * short-lived credential.
 *
 * @param provider the provider id
 * @param connectionId the connection the LOA belongs to
 * @param state the neutral lifecycle state
 * @param requiredAction what has to happen next
 * @param providerState the raw provider state
 * @param companyName the customer company, or {@code null}
 * @param constructionCompany the company that builds the line, or {@code null}
 * @param constructionType the kind of line, or {@code null}
 * @param constructionTime when construction is scheduled, or {@code null}
 * @param customerLocation where the line comes from, or {@code null}
 * @param bandwidthMbps the line bandwidth in Mbit/s, or {@code null}
 * @param engineers the engineers who will enter the data centre
 * @param documentUrl where the issued document can be downloaded, or {@code null}
 * @param lineCode the carrier's line code from the construction report, or {@code null}
 * @param cableLabel the cable label in the data centre, or {@code null}
 * @param lineServiceProvider the carrier named in the construction report, or {@code null}
 * @param attributes provider fields the neutral model lacks
 */
@GenerateBuilder(copier = "Copies")
public record Loa(
        String provider,
        String connectionId,
        LoaState state,
        RequiredAction requiredAction,
        ProviderState providerState,
        String companyName,
        String constructionCompany,
        ConstructionType constructionType,
        Instant constructionTime,
        String customerLocation,
        Integer bandwidthMbps,
        List<FieldEngineer> engineers,
        URI documentUrl,
        String lineCode,
        String cableLabel,
        String lineServiceProvider,
        Map<String, String> attributes) implements LifecycleResource<LoaState> {

    /**
     * Validates and copies the components.
     *
     * @param provider the provider id
     * @param connectionId the connection the LOA belongs to
     * @param state the neutral lifecycle state
     * @param requiredAction what has to happen next
     * @param providerState the raw provider state
     * @param companyName the customer company, or {@code null}
     * @param constructionCompany the company that builds the line, or {@code null}
     * @param constructionType the kind of line, or {@code null}
     * @param constructionTime when construction is scheduled, or {@code null}
     * @param customerLocation where the line comes from, or {@code null}
     * @param bandwidthMbps the line bandwidth in Mbit/s, or {@code null}
     * @param engineers the engineers who will enter the data centre
     * @param documentUrl where the issued document can be downloaded, or {@code null}
     * @param lineCode the carrier's line code from the construction report, or {@code null}
     * @param cableLabel the cable label in the data centre, or {@code null}
     * @param lineServiceProvider the carrier named in the construction report, or {@code null}
     * @param attributes provider fields the neutral model lacks
     */
    public Loa {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(connectionId, "connectionId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(requiredAction, "requiredAction");
        Objects.requireNonNull(providerState, "providerState");
        engineers = Copies.list(engineers);
        attributes = Copies.frozen(attributes);
    }

    @Override
    public ResourceType type() {
        return ResourceType.LOA;
    }

    /** The connection id. */
    @Override
    public String id() {
        return connectionId;
    }

    /** The company name, or an empty string. */
    @Override
    public String name() {
        return companyName == null ? "" : companyName;
    }

    @Override
    public String toString() {
        String url = documentUrl == null ? null
                : documentUrl.getRawQuery() == null ? documentUrl.toString()
                : documentUrl.toString().replace(documentUrl.getRawQuery(), "****");
        return "Loa[provider=" + provider + ", connectionId=" + connectionId + ", state=" + state
                + ", requiredAction=" + requiredAction + ", providerState=" + providerState
                + ", companyName=" + companyName + ", constructionCompany=" + constructionCompany
                + ", constructionType=" + constructionType + ", constructionTime=" + constructionTime
                + ", customerLocation=" + customerLocation + ", bandwidthMbps=" + bandwidthMbps
                + ", engineers=" + engineers + ", documentUrl=" + url + ", lineCode=" + lineCode
                + ", cableLabel=" + cableLabel + ", lineServiceProvider=" + lineServiceProvider
                + ", attributes=" + attributes + "]";
    }

    /** {@return a new, empty builder} */
    public static LoaBuilder builder() {
        return new LoaBuilder();
    }

    /** {@return a builder initialised with this object's values} */
    public LoaBuilder toBuilder() {
        return new LoaBuilder(this);
    }
}
