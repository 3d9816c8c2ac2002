package io.dclink.lifecycle;

/** The kinds of resource in the neutral model. */
public enum ResourceType {
    /** Where a line can land: a provider's access point, location or data-centre facility. */
    ACCESS_POINT(AccessPointState.class),
    /** The physical line or port. */
    CONNECTION(ConnectionState.class),
    /** The letter of authorisation of a connection and its construction report. */
    LOA(LoaState.class),
    /** The cloud-side router a virtual interface attaches to. */
    GATEWAY(GatewayState.class),
    /** VLAN, addressing and routing over a connection. */
    VIRTUAL_INTERFACE(VirtualInterfaceState.class),
    /** A prefix reachable over a virtual interface or gateway. */
    ROUTE(RouteState.class);

    private final Class<? extends LifecycleState> stateType;

    ResourceType(Class<? extends LifecycleState> stateType) {
        this.stateType = stateType;
    }

    /** {@return the state enum of this resource type} */
    public Class<? extends LifecycleState> stateType() {
        return stateType;
    }

    /**
     * {@return the state of this resource type with a given name}
     *
     * @param name the constant's name
     * @throws IllegalArgumentException if there is no such state
     */
    public LifecycleState state(String name) {
        for (LifecycleState state : stateType.getEnumConstants()) {
            if (state.name().equals(name)) {
                return state;
            }
        }
        throw new IllegalArgumentException(this + " has no state " + name);
    }
}
