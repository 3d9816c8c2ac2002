package io.dclink.lifecycle;

/** Lifecycle of a letter of authorisation and the construction it authorises. */
public enum LoaState implements LifecycleState {
    /** No LOA has been applied for yet. */
    NOT_REQUESTED,
    /** The application is being reviewed. */
    IN_REVIEW,
    /** Approved; the document is being prepared. */
    APPROVED,
    /** Issued: the document can be downloaded and handed to the installer. */
    ISSUED,
    /** The application was refused and can be corrected and applied for again. */
    REJECTED,
    /** The installer is building the line; the construction report is due when done. */
    UNDER_CONSTRUCTION,
    /** Construction was reported complete. */
    COMPLETED,
    /** The LOA was withdrawn. */
    DELETED,
    /** The provider reported a state dclink does not recognise. */
    UNKNOWN;

    @Override
    public ResourceType resourceType() {
        return ResourceType.LOA;
    }
}
