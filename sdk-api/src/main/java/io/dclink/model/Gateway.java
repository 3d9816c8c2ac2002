package io.dclink.model;

import io.dclink.lifecycle.GatewayState;
import io.dclink.lifecycle.RequiredAction;
import io.dclink.lifecycle.ResourceType;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A gateway: the cloud-side router virtual interfaces attach to (Tencent DC gateway, JD Cloud border gateway).
 *
 * @param provider the provider id
 * @param id the provider's id
 * @param name the name; empty when none
 * @param state the neutral lifecycle state
 * @param requiredAction what has to happen next
 * @param providerState the raw provider state
 * @param networkType the kind of network it serves (e.g. {@code VPC}, {@code CCN}), or {@code null}
 * @param networkId the network it serves, or {@code null}
 * @param asn the gateway's BGP autonomous system number, or {@code null}
 * @param createdAt when it was created, or {@code null}
 * @param tags the provider tags
 * @param attributes provider fields the neutral model lacks
 */
public record Gateway(
        String provider,
        String id,
        String name,
        GatewayState state,
        RequiredAction requiredAction,
        ProviderState providerState,
        String networkType,
        String networkId,
        Long asn,
        Instant createdAt,
        Map<String, String> tags,
        Map<String, String> attributes) implements LifecycleResource<GatewayState> {

    /**
     * Validates and copies the components.
     *
     * @param provider the provider id
     * @param id the provider's id
     * @param name the name; empty when none
     * @param state the neutral lifecycle state
     * @param requiredAction what has to happen next
     * @param providerState the raw provider state
     * @param networkType the kind of network it serves (e.g. {@code VPC}, {@code CCN}), or {@code null}
     * @param networkId the network it serves, or {@code null}
     * @param asn the gateway's BGP autonomous system number, or {@code null}
     * @param createdAt when it was created, or {@code null}
     * @param tags the provider tags
     * @param attributes provider fields the neutral model lacks
     */
    public Gateway {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(requiredAction, "requiredAction");
        Objects.requireNonNull(providerState, "providerState");
        tags = Copies.map(tags);
        attributes = Copies.map(attributes);
        name = name == null ? "" : name;
    }

    @Override
    public ResourceType type() {
        return ResourceType.GATEWAY;
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
        b.providerState = providerState;
        b.networkType = networkType;
        b.networkId = networkId;
        b.asn = asn;
        b.createdAt = createdAt;
        b.tags = tags;
        b.attributes = attributes;
        return b;
    }

    /** Builds {@link Gateway} instances. */
    public static final class Builder {
        private String provider;
        private String id;
        private String name;
        private GatewayState state;
        private RequiredAction requiredAction;
        private ProviderState providerState;
        private String networkType;
        private String networkId;
        private Long asn;
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
         * @param value the provider's id
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
        public Builder state(GatewayState value) {
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
         * Sets networkType.
         *
         * @param value the kind of network it serves (e.g. {@code VPC}, {@code CCN}), or {@code null}
         * @return this builder
         */
        public Builder networkType(String value) {
            this.networkType = value;
            return this;
        }

        /**
         * Sets networkId.
         *
         * @param value the network it serves, or {@code null}
         * @return this builder
         */
        public Builder networkId(String value) {
            this.networkId = value;
            return this;
        }

        /**
         * Sets asn.
         *
         * @param value the gateway's BGP autonomous system number, or {@code null}
         * @return this builder
         */
        public Builder asn(Long value) {
            this.asn = value;
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
         * Builds the gateway.
         *
         * @return the new instance
         */
        public Gateway build() {
            return new Gateway(provider, id, name, state, requiredAction, providerState, networkType, networkId, asn, createdAt, tags, attributes);
        }
    }
}
