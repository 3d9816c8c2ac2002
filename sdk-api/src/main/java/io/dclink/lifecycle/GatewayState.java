package io.dclink.lifecycle;

/** Lifecycle of a gateway. Providers without a gateway status report {@link #ACTIVE} once it exists. */
public enum GatewayState implements LifecycleState {
    /** Being created. */
    PENDING,
    /** Ready to attach virtual interfaces. */
    ACTIVE,
    /** Being removed. */
    DELETING,
    /** Removed. */
    DELETED,
    /** The provider reported a state dclink does not recognise. */
    UNKNOWN;

    @Override
    public ResourceType resourceType() {
        return ResourceType.GATEWAY;
    }
}
