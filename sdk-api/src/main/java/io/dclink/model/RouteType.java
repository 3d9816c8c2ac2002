package io.dclink.model;

/** Where a route comes from. */
public enum RouteType {
    /** Added by hand. */
    STATIC,
    /** Learned or announced over BGP. */
    BGP,
    /** Propagated from another table (for example from a gateway into a VPC). */
    PROPAGATED,
    /** The provider reported an origin dclink does not recognise. */
    UNKNOWN
}
