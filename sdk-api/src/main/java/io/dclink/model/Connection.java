package io.dclink.model;

import io.dclink.lifecycle.BusinessStatus;
import io.dclink.lifecycle.ConnectionState;
import io.dclink.lifecycle.OperationalStatus;
import io.dclink.lifecycle.RequiredAction;
import io.dclink.lifecycle.ResourceType;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A connection: the physical line (or port) between a customer site and a provider access point.
 *
 * @param provider the provider id
 * @param id the provider's connection id
 * @param name the name; empty when none
 * @param state the neutral lifecycle state
 * @param requiredAction what has to happen next
 * @param operationalStatus link status; {@code NOT_REPORTED} when the provider has none
 * @param businessStatus billing standing; {@code NOT_REPORTED} when the provider has none
 * @param providerState the raw provider state
 * @param accessPointId where the line lands, or {@code null}
 * @param carrier the line operator, or {@code null}
 * @param portType the provider's port type (e.g. {@code 10GBase-LR}), or {@code null}
 * @param bandwidthMbps the bandwidth in Mbit/s, or {@code null}
 * @param customerAddress the customer premises address, or {@code null}
 * @param circuitCode the carrier's circuit code, or {@code null}
 * @param redundantConnectionId the connection this one is redundant with, or {@code null}
 * @param createdAt when it was created, or {@code null}
 * @param tags the provider tags
 * @param attributes provider fields the neutral model lacks
 */
public record Connection(
        String provider,
        String id,
        String name,
        ConnectionState state,
        RequiredAction requiredAction,
        OperationalStatus operationalStatus,
        BusinessStatus businessStatus,
        ProviderState providerState,
        String accessPointId,
        String carrier,
        String portType,
        Integer bandwidthMbps,
        String customerAddress,
        String circuitCode,
        String redundantConnectionId,
        Instant createdAt,
        Map<String, String> tags,
        Map<String, String> attributes) implements LifecycleResource<ConnectionState> {

    /**
     * Validates and copies the components.
     *
     * @param provider the provider id
     * @param id the provider's connection id
     * @param name the name; empty when none
     * @param state the neutral lifecycle state
     * @param requiredAction what has to happen next
     * @param operationalStatus link status; {@code NOT_REPORTED} when the provider has none
     * @param businessStatus billing standing; {@code NOT_REPORTED} when the provider has none
     * @param providerState the raw provider state
     * @param accessPointId where the line lands, or {@code null}
     * @param carrier the line operator, or {@code null}
     * @param portType the provider's port type (e.g. {@code 10GBase-LR}), or {@code null}
     * @param bandwidthMbps the bandwidth in Mbit/s, or {@code null}
     * @param customerAddress the customer premises address, or {@code null}
     * @param circuitCode the carrier's circuit code, or {@code null}
     * @param redundantConnectionId the connection this one is redundant with, or {@code null}
     * @param createdAt when it was created, or {@code null}
     * @param tags the provider tags
     * @param attributes provider fields the neutral model lacks
     */
    public Connection {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(requiredAction, "requiredAction");
        Objects.requireNonNull(providerState, "providerState");
        tags = Copies.map(tags);
        attributes = Copies.map(attributes);
        name = name == null ? "" : name;
        operationalStatus = operationalStatus == null ? OperationalStatus.NOT_REPORTED : operationalStatus;
        businessStatus = businessStatus == null ? BusinessStatus.NOT_REPORTED : businessStatus;
    }

    @Override
    public ResourceType type() {
        return ResourceType.CONNECTION;
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
        b.id = id;
        b.name = name;
        b.state = state;
        b.requiredAction = requiredAction;
        b.operationalStatus = operationalStatus;
        b.businessStatus = businessStatus;
        b.providerState = providerState;
        b.accessPointId = accessPointId;
        b.carrier = carrier;
        b.portType = portType;
        b.bandwidthMbps = bandwidthMbps;
        b.customerAddress = customerAddress;
        b.circuitCode = circuitCode;
        b.redundantConnectionId = redundantConnectionId;
        b.createdAt = createdAt;
        b.tags = tags;
        b.attributes = attributes;
        return b;
    }

    /** Builds {@link Connection} instances. */
    public static final class Builder {
        private String provider;
        private String id;
        private String name;
        private ConnectionState state;
        private RequiredAction requiredAction;
        private OperationalStatus operationalStatus;
        private BusinessStatus businessStatus;
        private ProviderState providerState;
        private String accessPointId;
        private String carrier;
        private String portType;
        private Integer bandwidthMbps;
        private String customerAddress;
        private String circuitCode;
        private String redundantConnectionId;
        private Instant createdAt;
        private Map<String, String> tags = Map.of();
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
         * Sets id.
         *
         * @param value the provider's connection id
         * @return this builder
         */
        public Builder id(String value) {
            this.id = value;
            return this;
        }

        /**
         * Sets name.
         *
         * @param value the name; empty when none
         * @return this builder
         */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /**
         * Sets state.
         *
         * @param value the neutral lifecycle state
         * @return this builder
         */
        public Builder state(ConnectionState value) {
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
         * Sets operationalStatus.
         *
         * @param value link status; {@code NOT_REPORTED} when the provider has none
         * @return this builder
         */
        public Builder operationalStatus(OperationalStatus value) {
            this.operationalStatus = value;
            return this;
        }

        /**
         * Sets businessStatus.
         *
         * @param value billing standing; {@code NOT_REPORTED} when the provider has none
         * @return this builder
         */
        public Builder businessStatus(BusinessStatus value) {
            this.businessStatus = value;
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
         * Sets accessPointId.
         *
         * @param value where the line lands, or {@code null}
         * @return this builder
         */
        public Builder accessPointId(String value) {
            this.accessPointId = value;
            return this;
        }

        /**
         * Sets carrier.
         *
         * @param value the line operator, or {@code null}
         * @return this builder
         */
        public Builder carrier(String value) {
            this.carrier = value;
            return this;
        }

        /**
         * Sets portType.
         *
         * @param value the provider's port type (e.g. {@code 10GBase-LR}), or {@code null}
         * @return this builder
         */
        public Builder portType(String value) {
            this.portType = value;
            return this;
        }

        /**
         * Sets bandwidthMbps.
         *
         * @param value the bandwidth in Mbit/s, or {@code null}
         * @return this builder
         */
        public Builder bandwidthMbps(Integer value) {
            this.bandwidthMbps = value;
            return this;
        }

        /**
         * Sets customerAddress.
         *
         * @param value the customer premises address, or {@code null}
         * @return this builder
         */
        public Builder customerAddress(String value) {
            this.customerAddress = value;
            return this;
        }

        /**
         * Sets circuitCode.
         *
         * @param value the carrier's circuit code, or {@code null}
         * @return this builder
         */
        public Builder circuitCode(String value) {
            this.circuitCode = value;
            return this;
        }

        /**
         * Sets redundantConnectionId.
         *
         * @param value the connection this one is redundant with, or {@code null}
         * @return this builder
         */
        public Builder redundantConnectionId(String value) {
            this.redundantConnectionId = value;
            return this;
        }

        /**
         * Sets createdAt.
         *
         * @param value when it was created, or {@code null}
         * @return this builder
         */
        public Builder createdAt(Instant value) {
            this.createdAt = value;
            return this;
        }

        /**
         * Sets tags.
         *
         * @param value the provider tags
         * @return this builder
         */
        public Builder tags(Map<String, String> value) {
            this.tags = value == null ? Map.of() : new LinkedHashMap<>(value);
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
         * Builds the connection.
         *
         * @return the new instance
         */
        public Connection build() {
            return new Connection(provider, id, name, state, requiredAction, operationalStatus, businessStatus, providerState, accessPointId, carrier, portType, bandwidthMbps, customerAddress, circuitCode, redundantConnectionId, createdAt, tags, attributes);
        }
    }
}
