package io.dclink.model;

import io.dclink.lifecycle.LoaState;
import io.dclink.lifecycle.RequiredAction;
import io.dclink.lifecycle.ResourceType;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
        attributes = Copies.map(attributes);
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

    /**
     * A new, empty builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder initialised with this object's values.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.provider = provider;
        b.connectionId = connectionId;
        b.state = state;
        b.requiredAction = requiredAction;
        b.providerState = providerState;
        b.companyName = companyName;
        b.constructionCompany = constructionCompany;
        b.constructionType = constructionType;
        b.constructionTime = constructionTime;
        b.customerLocation = customerLocation;
        b.bandwidthMbps = bandwidthMbps;
        b.engineers = engineers;
        b.documentUrl = documentUrl;
        b.lineCode = lineCode;
        b.cableLabel = cableLabel;
        b.lineServiceProvider = lineServiceProvider;
        b.attributes = attributes;
        return b;
    }

    /** Builds {@link Loa} instances. */
    public static final class Builder {
        private String provider;
        private String connectionId;
        private LoaState state;
        private RequiredAction requiredAction;
        private ProviderState providerState;
        private String companyName;
        private String constructionCompany;
        private ConstructionType constructionType;
        private Instant constructionTime;
        private String customerLocation;
        private Integer bandwidthMbps;
        private List<FieldEngineer> engineers = List.of();
        private URI documentUrl;
        private String lineCode;
        private String cableLabel;
        private String lineServiceProvider;
        private Map<String, String> attributes = Map.of();

        private Builder() {
        }

        /**
         * Sets provider.
         *
         * @param value the provider id
         * @return this builder
         */
        public Builder provider(String value) {
            this.provider = value;
            return this;
        }

        /**
         * Sets connectionId.
         *
         * @param value the connection the LOA belongs to
         * @return this builder
         */
        public Builder connectionId(String value) {
            this.connectionId = value;
            return this;
        }

        /**
         * Sets state.
         *
         * @param value the neutral lifecycle state
         * @return this builder
         */
        public Builder state(LoaState value) {
            this.state = value;
            return this;
        }

        /**
         * Sets requiredAction.
         *
         * @param value what has to happen next
         * @return this builder
         */
        public Builder requiredAction(RequiredAction value) {
            this.requiredAction = value;
            return this;
        }

        /**
         * Sets providerState.
         *
         * @param value the raw provider state
         * @return this builder
         */
        public Builder providerState(ProviderState value) {
            this.providerState = value;
            return this;
        }

        /**
         * Sets companyName.
         *
         * @param value the customer company, or {@code null}
         * @return this builder
         */
        public Builder companyName(String value) {
            this.companyName = value;
            return this;
        }

        /**
         * Sets constructionCompany.
         *
         * @param value the company that builds the line, or {@code null}
         * @return this builder
         */
        public Builder constructionCompany(String value) {
            this.constructionCompany = value;
            return this;
        }

        /**
         * Sets constructionType.
         *
         * @param value the kind of line, or {@code null}
         * @return this builder
         */
        public Builder constructionType(ConstructionType value) {
            this.constructionType = value;
            return this;
        }

        /**
         * Sets constructionTime.
         *
         * @param value when construction is scheduled, or {@code null}
         * @return this builder
         */
        public Builder constructionTime(Instant value) {
            this.constructionTime = value;
            return this;
        }

        /**
         * Sets customerLocation.
         *
         * @param value where the line comes from, or {@code null}
         * @return this builder
         */
        public Builder customerLocation(String value) {
            this.customerLocation = value;
            return this;
        }

        /**
         * Sets bandwidthMbps.
         *
         * @param value the line bandwidth in Mbit/s, or {@code null}
         * @return this builder
         */
        public Builder bandwidthMbps(Integer value) {
            this.bandwidthMbps = value;
            return this;
        }

        /**
         * Sets engineers.
         *
         * @param value the engineers who will enter the data centre
         * @return this builder
         */
        public Builder engineers(List<FieldEngineer> value) {
            this.engineers = value == null ? List.of() : new ArrayList<>(value);
            return this;
        }

        /**
         * Sets documentUrl.
         *
         * @param value where the issued document can be downloaded, or {@code null}
         * @return this builder
         */
        public Builder documentUrl(URI value) {
            this.documentUrl = value;
            return this;
        }

        /**
         * Sets lineCode.
         *
         * @param value the carrier's line code from the construction report, or {@code null}
         * @return this builder
         */
        public Builder lineCode(String value) {
            this.lineCode = value;
            return this;
        }

        /**
         * Sets cableLabel.
         *
         * @param value the cable label in the data centre, or {@code null}
         * @return this builder
         */
        public Builder cableLabel(String value) {
            this.cableLabel = value;
            return this;
        }

        /**
         * Sets lineServiceProvider.
         *
         * @param value the carrier named in the construction report, or {@code null}
         * @return this builder
         */
        public Builder lineServiceProvider(String value) {
            this.lineServiceProvider = value;
            return this;
        }

        /**
         * Sets attributes.
         *
         * @param value provider fields the neutral model lacks
         * @return this builder
         */
        public Builder attributes(Map<String, String> value) {
            this.attributes = value == null ? Map.of() : new LinkedHashMap<>(value);
            return this;
        }

        /**
         * Builds the loa.
         *
         * @return the new instance
         */
        public Loa build() {
            return new Loa(provider, connectionId, state, requiredAction, providerState, companyName, constructionCompany, constructionType, constructionTime, customerLocation, bandwidthMbps, engineers, documentUrl, lineCode, cableLabel, lineServiceProvider, attributes);
        }
    }
}
