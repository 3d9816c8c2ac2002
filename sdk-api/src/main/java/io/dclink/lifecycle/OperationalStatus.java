package io.dclink.lifecycle;

/** Whether the link or routing session of a provisioned resource is working. */
public enum OperationalStatus {
    /** Up. */
    UP,
    /** Down: the link, the port or the BGP session is not working. */
    DOWN,
    /** The provider does not report this for the resource. */
    NOT_REPORTED,
    /** The provider reported a value dclink does not recognise. */
    UNKNOWN
}
