package io.dclink.hosted;

/**
 * The state of a hosted order: both sides combined. The order moves forward through the first six
 * states; {@link HostedOrder#tearDown()} leads to {@link #TEARING_DOWN} and {@link #DELETED}.
 */
public enum HostedState {
    /** The partner side is ordered and being provisioned (by the partner's support, possibly by hand, for days). */
    PARTNER_PROVISIONING("the partner is provisioning its side"),
    /** The partner side is active; the three hand-off values are needed to order the cloud side. */
    AWAITING_HAND_OFF("the partner's side is active; its hand-off values are needed"),
    /** The hand-off is known and the partner side active; the cloud side is ordered by the next refresh. */
    ORDERING_CLOUD_SIDE("the cloud-side interface is being ordered"),
    /** The cloud-side interface waits for the shared line's owner (the partner) to accept it. */
    AWAITING_ACCEPTANCE("the cloud-side interface waits for the shared line's owner to accept it"),
    /** Both sides are ordered; at least one is not active yet. */
    ACTIVATING("both sides are ordered; waiting for both to be active"),
    /** Both sides are active. */
    ACTIVE("both sides are active"),
    /** Being torn down: the cloud-side interface first, then the partner side. */
    TEARING_DOWN("being torn down: the cloud side first, then the partner side"),
    /** Both sides are gone. */
    DELETED("both sides are gone"),
    /** A side failed, was rejected or cancelled, or disappeared; only tearing down remains. */
    FAILED("a side failed, was refused or disappeared");

    private final String description;

    HostedState(String description) {
        this.description = description;
    }

    /** {@return a short description, suitable for a progress display} */
    public String description() {
        return description;
    }

    /**
     * {@return whether the order has ended} Nothing but tearing down ({@link #FAILED}) or nothing at all
     * ({@link #DELETED}) can follow.
     */
    public boolean isTerminal() {
        return this == FAILED || this == DELETED;
    }
}
