package io.dclink.pair;

/** Where a redundant pair stands, as one value over both lines. */
public enum PairState {

    /** Only the first line is ordered: the second follows once the provider lets it name the first. */
    ORDERING,

    /** Both lines are ordered and at least one is not yet in service. */
    PROVISIONING,

    /** Both lines are in service. */
    ACTIVE,

    /** One line is in service and the other is suspended or lost: the pair is no longer redundant. */
    DEGRADED,

    /** A line was lost (failed, cancelled, deleted or finally rejected) before the pair was in service. */
    FAILED,

    /** A line's state is not recognised. */
    UNKNOWN
}
