package io.dclink.lifecycle;

/** Lifecycle of a connection (the physical line or port). */
public enum ConnectionState implements LifecycleState {
    /** The application was submitted and the provider is reviewing it. */
    PENDING_APPROVAL,
    /** The application was refused; depending on the provider it can be corrected and resubmitted. */
    REJECTED,
    /** Approved and waiting for the customer to pay. */
    PENDING_PAYMENT,
    /** Waiting for the letter of authorisation to be applied for, reviewed or issued. */
    PENDING_LOA,
    /** Being allocated or built: port assignment, carrier construction, cabling. */
    PROVISIONING,
    /** Built; the customer must test and confirm the line. */
    PENDING_CONFIRMATION,
    /** In service. */
    ACTIVE,
    /** Exists but out of service: locked, disabled or terminated; may be resumed or deleted. */
    SUSPENDED,
    /** Being removed. */
    DELETING,
    /** Removed. */
    DELETED,
    /** The application was withdrawn before the line was put into service. */
    CANCELLED,
    /** Provisioning failed or was stopped by the provider. */
    FAILED,
    /** The provider reported a state dclink does not recognise. */
    UNKNOWN;

    @Override
    public ResourceType resourceType() {
        return ResourceType.CONNECTION;
    }
}
