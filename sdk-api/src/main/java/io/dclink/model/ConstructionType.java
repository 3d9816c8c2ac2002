package io.dclink.model;

/** The kind of leased line an installer builds under a letter of authorisation. */
public enum ConstructionType {
    /** Multi-service transport platform line. */
    MSTP,
    /** MPLS VPN line. */
    MPLSVPN,
    /** Direct fibre. */
    FIBRE,
    /** Another kind of line. */
    OTHER
}
