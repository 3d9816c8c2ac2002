package io.dclink.temporal;

/** Where a provisioning workflow is. */
public enum Phase {
    /** Placing the order. */
    ORDERING,
    /** Following the line to service. */
    LINE,
    /** Creating the gateway. */
    GATEWAY,
    /** Creating the interface and following it to service. */
    INTERFACE,
    /** Adding routes. */
    ROUTES,
    /** Everything ordered is in service. */
    IN_SERVICE,
    /** Cancelled: removing what was made, in order. */
    TEARING_DOWN,
    /** Everything made is gone. */
    TORN_DOWN,
    /** Stopped by an error that retrying cannot fix. */
    FAILED
}
