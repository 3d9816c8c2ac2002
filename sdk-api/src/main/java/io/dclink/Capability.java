package io.dclink;

/**
 * An operation a provider may or may not offer. Calling an operation whose capability is absent
 * raises {@link io.dclink.error.UnsupportedCapabilityException} before any network call.
 */
public enum Capability {
    /** List access points. */
    ACCESS_POINT_LIST,
    /** List connections. */
    CONNECTION_LIST,
    /** Read one connection. */
    CONNECTION_GET,
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
    /** Apply for a letter of authorisation. */
    LOA_APPLY,
    /** Apply again after the letter of authorisation was rejected. */
    LOA_REAPPLY,
    /** Submit the construction report. */
    LOA_COMPLETE,
    /** List gateways. */
    GATEWAY_LIST,
    /** Read one gateway. */
    GATEWAY_GET,
    /** Create a gateway. */
    GATEWAY_CREATE,
    /** Delete a gateway. */
    GATEWAY_DELETE,
    /** List virtual interfaces. */
    VIRTUAL_INTERFACE_LIST,
    /** Read one virtual interface. */
    VIRTUAL_INTERFACE_GET,
    /** Create a virtual interface. */
    VIRTUAL_INTERFACE_CREATE,
    /** Change a virtual interface. */
    VIRTUAL_INTERFACE_UPDATE,
    /** Delete a virtual interface. */
    VIRTUAL_INTERFACE_DELETE,
    /** Accept a virtual interface another account created on a line you own. */
    VIRTUAL_INTERFACE_ACCEPT,
    /** Reject a virtual interface another account created on a line you own. */
    VIRTUAL_INTERFACE_REJECT,
    /** Take a virtual interface out of service. */
    VIRTUAL_INTERFACE_TERMINATE,
    /** Bring a virtual interface taken out of service back. */
    VIRTUAL_INTERFACE_RECOVER,
    /** Ask what a virtual interface would cost before ordering it. */
    VIRTUAL_INTERFACE_QUOTE,
    /** List routes. */
    ROUTE_LIST,
    /** Add a route. */
    ROUTE_CREATE,
    /** Remove a route. */
    ROUTE_DELETE,
    /**
     * Order several redundant lines in one provider order (Alibaba's high-reliability order); used by
     * {@code io.dclink.pair.RedundantPairs} (module {@code io.dclink.orders}) where the plugin declares a native mode.
     */
    CONNECTION_REDUNDANT_ORDER,
    /**
     * Order a redundant pair of lines as one order ({@code io.dclink.pair.RedundantPairs}, module
     * {@code io.dclink.orders}); a plugin has it when its descriptor declares {@code io.dclink.pair.PairingRules}
     * that allow a resilience.
     */
    REDUNDANT_PAIR,
    /** Every create carries a client token the provider de-duplicates on, so retried creates never order twice. */
    NATIVE_IDEMPOTENCY
}
