package io.dclink.core.lifecycle;

import io.dclink.lifecycle.ConnectionState;
import io.dclink.lifecycle.GatewayState;
import io.dclink.lifecycle.LifecycleState;
import io.dclink.lifecycle.LoaState;
import io.dclink.lifecycle.ResourceType;
import io.dclink.lifecycle.RouteState;
import io.dclink.lifecycle.VirtualInterfaceState;
import io.dclink.spi.LifecycleRefinements;

/**
 * The standard lifecycles with one provider's refinements applied.
 *
 * @param connection the connection lifecycle
 * @param virtualInterface the virtual interface lifecycle
 * @param loa the LOA lifecycle
 * @param gateway the gateway lifecycle
 * @param route the route lifecycle
 */
public record ProviderLifecycles(
        LifecycleModel<ConnectionState> connection,
        LifecycleModel<VirtualInterfaceState> virtualInterface,
        LifecycleModel<LoaState> loa,
        LifecycleModel<GatewayState> gateway,
        LifecycleModel<RouteState> route) {

    /**
     * Applies a plugin's refinements to the standard lifecycles.
     *
     * @param refinements the refinements
     * @return the refined lifecycles
     */
    public static ProviderLifecycles of(LifecycleRefinements refinements) {
        return new ProviderLifecycles(
                refined(StandardLifecycles.connection(), refinements),
                refined(StandardLifecycles.virtualInterface(), refinements),
                refined(StandardLifecycles.loa(), refinements),
                refined(StandardLifecycles.gateway(), refinements),
                refined(StandardLifecycles.route(), refinements));
    }

    /**
     * The lifecycle of one resource type.
     *
     * @param type the resource type (not {@link ResourceType#ACCESS_POINT}, which has none)
     * @return its model
     */
    public LifecycleModel<?> of(ResourceType type) {
        return switch (type) {
            case CONNECTION -> connection;
            case VIRTUAL_INTERFACE -> virtualInterface;
            case LOA -> loa;
            case GATEWAY -> gateway;
            case ROUTE -> route;
            case ACCESS_POINT -> throw new IllegalArgumentException("access points have no lifecycle");
        };
    }

    private static <S extends Enum<S> & LifecycleState> LifecycleModel<S> refined(
            LifecycleModel<S> standard, LifecycleRefinements refinements) {
        return refinements.forStateType(standard.stateType()).map(standard::refine).orElse(standard);
    }
}
