package io.dclink.model;

import io.dclink.codegen.GenerateBuilder;
import io.dclink.lifecycle.RequiredAction;
import io.dclink.lifecycle.ResourceType;
import io.dclink.lifecycle.RouteState;
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
@GenerateBuilder(copier = "Copies")
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
        attributes = Copies.frozen(attributes);
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

    /** {@return a new, empty builder} */
    public static RouteBuilder builder() {
        return new RouteBuilder();
    }

    /** {@return a builder initialised with this object's values} */
    public RouteBuilder toBuilder() {
        return new RouteBuilder(this);
    }
}
