package io.dclink.lifecycle;

/** How an observed state change relates to the lifecycle's legal transitions. */
public enum TransitionKind {
    /** The first observation of the resource: nothing to compare with. */
    FIRST_OBSERVATION,
    /** Same state as before. */
    NO_CHANGE,
    /** A legal single step. */
    EXPECTED,
    /** Legal, but polling missed one or more intermediate states. */
    SKIPPED,
    /** Not reachable from the previous state (for example ACTIVE to PENDING_APPROVAL). */
    ANOMALY,
    /** The provider reported a state dclink does not recognise. */
    UNRECOGNISED,
    /** A recognised state after an unrecognised one: legality cannot be judged. */
    RECOVERED
}
