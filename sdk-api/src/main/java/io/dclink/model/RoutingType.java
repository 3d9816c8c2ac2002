package io.dclink.model;

/** How routes are exchanged over a virtual interface. */
public enum RoutingType {
    /** Dynamic routing with a BGP session. */
    BGP,
    /** Static prefixes configured on both sides. */
    STATIC,
    /** A Layer 2 circuit: the provider routes nothing, the customer's routers talk end to end. */
    NONE
}
