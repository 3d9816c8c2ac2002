package io.dclink.lifecycle;

/** Whether a line can be ordered at an access point. */
public enum AccessPointState implements LifecycleState {
    /** Open for new lines. */
    AVAILABLE,
    /** Open, but busy: many lines already land there. */
    LIMITED,
    /** At capacity: no new lines. */
    FULL,
    /** Closed for new lines. */
    UNAVAILABLE,
    /** The provider reported a state dclink does not recognise. */
    UNKNOWN;

    @Override
    public ResourceType resourceType() {
        return ResourceType.ACCESS_POINT;
    }
}
