package io.dclink;

/**
 * An operation a provider may or may not offer. Calling an operation whose capability is absent
 * raises {@link io.dclink.error.UnsupportedCapabilityException} before any network call.
 */
public enum Capability {
    /** List access points. */
    ACCESS_POINT_LIST,
    /** List and read connections. */
    CONNECTION_LIST,
    /** Apply for a connection. */
    CONNECTION_CREATE,
    /** Change a connection's attributes. */
    CONNECTION_UPDATE,
    /** Resubmit a rejected application (by updating it). */
    CONNECTION_RESUBMIT,
    /** Delete a connection. */
    CONNECTION_DELETE,
    /** Withdraw an application. */
    CONNECTION_CANCEL,
    /** Confirm a built line. */
    CONNECTION_CONFIRM,
    /** Pay for (and enable) a connection through the API. */
    CONNECTION_PAY,
    /** Take a connection out of service without deleting it. */
    CONNECTION_TERMINATE,
    /** Read a connection's letter of authorisation. */
    LOA_GET,
    /** Apply (and re-apply) for a letter of authorisation. */
    LOA_APPLY,
    /** Submit the construction report. */
    LOA_COMPLETE,
    /** List and read gateways. */
    GATEWAY_LIST,
    /** Create a gateway. */
    GATEWAY_CREATE,
    /** Delete a gateway. */
    GATEWAY_DELETE,
    /** List and read virtual interfaces. */
    VIRTUAL_INTERFACE_LIST,
    /** Create a virtual interface. */
    VIRTUAL_INTERFACE_CREATE,
    /** Change a virtual interface. */
    VIRTUAL_INTERFACE_UPDATE,
    /** Delete a virtual interface. */
    VIRTUAL_INTERFACE_DELETE,
    /** Accept or reject a virtual interface created on a line you own. */
    VIRTUAL_INTERFACE_ACCEPT,
    /** Take a virtual interface out of service, and recover it. */
    VIRTUAL_INTERFACE_TERMINATE,
    /** List routes. */
    ROUTE_LIST,
    /** Add a route. */
    ROUTE_CREATE,
    /** Remove a route. */
    ROUTE_DELETE,
    /** The provider honours a client token, so retried creates never order twice. */
    NATIVE_IDEMPOTENCY
}
