package io.dclink.lifecycle;

/** Lifecycle of a route. Providers without a route status report {@link #ACTIVE} once it exists. */
public enum RouteState implements LifecycleState {
    /** Being added (asynchronous on some providers). */
    PENDING,
    /** In the route table and in effect. */
    ACTIVE,
    /** In the route table but not in effect (disabled, or not selected). */
    INACTIVE,
    /** Being changed. */
    UPDATING,
    /** Being removed. */
    DELETING,
    /** Removed. */
    DELETED,
    /** Could not be added. */
    FAILED,
    /** The provider reported a state dclink does not recognise. */
    UNKNOWN;

    @Override
    public ResourceType resourceType() {
        return ResourceType.ROUTE;
    }
}
