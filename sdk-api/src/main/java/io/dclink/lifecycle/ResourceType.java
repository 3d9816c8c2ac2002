package io.dclink.lifecycle;

/** The kinds of resource in the neutral model. */
public enum ResourceType {
    /** Where a line can land: a provider's access point, location or data-centre facility. */
    ACCESS_POINT,
    /** The physical line or port. */
    CONNECTION,
    /** The letter of authorisation of a connection and its construction report. */
    LOA,
    /** The cloud-side router a virtual interface attaches to. */
    GATEWAY,
    /** VLAN, addressing and routing over a connection. */
    VIRTUAL_INTERFACE,
    /** A prefix reachable over a virtual interface or gateway. */
    ROUTE
}
