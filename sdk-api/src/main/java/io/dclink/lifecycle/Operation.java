package io.dclink.lifecycle;

/**
 * Mutating operations whose legality depends on a resource's lifecycle state. dclink checks them
 * against the state machine before any remote call; reads are never gated.
 */
public enum Operation {
    /** Change attributes; on a rejected application, resubmit it. */
    UPDATE,
    /** Remove the resource. */
    DELETE,
    /** Withdraw an application before the line is in service. */
    CANCEL,
    /** Confirm that a built line works. */
    CONFIRM,
    /** Pay an outstanding order and, where the provider ties them, enable the port. */
    PAY,
    /** Take a resource out of service without removing it. */
    TERMINATE,
    /** Put a terminated resource back into service. */
    RECOVER,
    /** Apply for a letter of authorisation. */
    APPLY_LOA,
    /** Apply again after a rejected LOA application. */
    REAPPLY_LOA,
    /** Report that construction is finished. */
    SUBMIT_CONSTRUCTION_REPORT,
    /** Create a virtual interface on the connection. */
    CREATE_VIRTUAL_INTERFACE,
    /** Accept a virtual interface created on a line you own. */
    ACCEPT,
    /** Reject a virtual interface created on a line you own. */
    REJECT,
    /** Add a route to the virtual interface. */
    ADD_ROUTE
}
