package io.dclink.lifecycle;

/** The billing or compliance standing of a resource, where the provider reports one. */
public enum BusinessStatus {
    /** In good standing. */
    NORMAL,
    /** A payment is overdue; the resource still works. */
    OVERDUE,
    /** Locked for unpaid fees. */
    FINANCIAL_LOCKED,
    /** Locked for security or compliance reasons. */
    SECURITY_LOCKED,
    /** The provider does not report this for the resource. */
    NOT_REPORTED,
    /** The provider reported a value dclink does not recognise. */
    UNKNOWN
}
