package io.dclink.model;

import io.dclink.lifecycle.RequiredAction;
import io.dclink.lifecycle.ResourceType;
import io.dclink.lifecycle.RouteState;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A route: a prefix reachable over a virtual interface or through a gateway.
 *
 * @param provider the provider id
 * @param id the provider's route id, or a dclink id where the provider has none
 * @param state the neutral lifecycle state
 * @param requiredAction what has to happen next
 * @param providerState the raw provider state
 * @param virtualInterfaceId the virtual interface it belongs to, or {@code null}
 * @param gatewayId the gateway whose table holds it, or {@code null}
 * @param destination the destination prefix in CIDR form
 * @param nextHop the next hop, or {@code null}
 * @param routeType where it comes from, or {@code null}
 * @param description a description, or {@code null}
 * @param attributes provider fields the neutral model lacks
 */
public record Route(
        String provider,
        String id,
        RouteState state,
        RequiredAction requiredAction,
        ProviderState providerState,
        String virtualInterfaceId,
        String gatewayId,
        String destination,
        String nextHop,
        RouteType routeType,
        String description,
        Map<String, String> attributes) implements LifecycleResource<RouteState> {

    /**
     * Validates and copies the components.
     *
     * @param provider the provider id
     * @param id the provider's route id, or a dclink id where the provider has none
     * @param state the neutral lifecycle state
     * @param requiredAction what has to happen next
     * @param providerState the raw provider state
     * @param virtualInterfaceId the virtual interface it belongs to, or {@code null}
     * @param gatewayId the gateway whose table holds it, or {@code null}
     * @param destination the destination prefix in CIDR form
     * @param nextHop the next hop, or {@code null}
     * @param routeType where it comes from, or {@code null}
     * @param description a description, or {@code null}
     * @param attributes provider fields the neutral model lacks
     */
    public Route {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(requiredAction, "requiredAction");
        Objects.requireNonNull(providerState, "providerState");
        Objects.requireNonNull(destination, "destination");
        attributes = Copies.map(attributes);
    }

    @Override
    public ResourceType type() {
        return ResourceType.ROUTE;
    }

    /** The destination prefix. */
    @Override
    public String name() {
        return destination;
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
        b.state = state;
        b.requiredAction = requiredAction;
        b.providerState = providerState;
        b.virtualInterfaceId = virtualInterfaceId;
        b.gatewayId = gatewayId;
        b.destination = destination;
        b.nextHop = nextHop;
        b.routeType = routeType;
        b.description = description;
        b.attributes = attributes;
        return b;
    }

    /** Builds {@link Route} instances. */
    public static final class Builder {
        private String provider;
        private String id;
        private RouteState state;
        private RequiredAction requiredAction;
        private ProviderState providerState;
        private String virtualInterfaceId;
        private String gatewayId;
        private String destination;
        private String nextHop;
        private RouteType routeType;
        private String description;
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
         * @param value the provider's route id, or a dclink id where the provider has none
         * @return this builder
         */
        public Builder id(String value) {
            this.id = value;
            return this;
        }

        /**
         * Sets state.
         *
         * @param value the neutral lifecycle state
         * @return this builder
         */
        public Builder state(RouteState value) {
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
         * Sets virtualInterfaceId.
         *
         * @param value the virtual interface it belongs to, or {@code null}
         * @return this builder
         */
        public Builder virtualInterfaceId(String value) {
            this.virtualInterfaceId = value;
            return this;
        }

        /**
         * Sets gatewayId.
         *
         * @param value the gateway whose table holds it, or {@code null}
         * @return this builder
         */
        public Builder gatewayId(String value) {
            this.gatewayId = value;
            return this;
        }

        /**
         * Sets destination.
         *
         * @param value the destination prefix in CIDR form
         * @return this builder
         */
        public Builder destination(String value) {
            this.destination = value;
            return this;
        }

        /**
         * Sets nextHop.
         *
         * @param value the next hop, or {@code null}
         * @return this builder
         */
        public Builder nextHop(String value) {
            this.nextHop = value;
            return this;
        }

        /**
         * Sets routeType.
         *
         * @param value where it comes from, or {@code null}
         * @return this builder
         */
        public Builder routeType(RouteType value) {
            this.routeType = value;
            return this;
        }

        /**
         * Sets description.
         *
         * @param value a description, or {@code null}
         * @return this builder
         */
        public Builder description(String value) {
            this.description = value;
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
         * Builds the route.
         *
         * @return the new instance
         */
        public Route build() {
            return new Route(provider, id, state, requiredAction, providerState, virtualInterfaceId, gatewayId, destination, nextHop, routeType, description, attributes);
        }
    }
}
