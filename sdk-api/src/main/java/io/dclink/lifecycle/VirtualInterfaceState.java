package io.dclink.lifecycle;

/**
 * Lifecycle of a virtual interface (VLAN, addressing and routing over a connection). A link or
 * BGP session that is down is an {@link OperationalStatus}, not a lifecycle state.
 */
public enum VirtualInterfaceState implements LifecycleState {
    /** Being created or configured. */
    PENDING,
    /** Created on a line owned by someone else; the line owner must accept it. */
    PENDING_ACCEPTANCE,
    /** Configured and in service. */
    ACTIVE,
    /** A change is being applied. */
    UPDATING,
    /** A failover or connectivity test is running. */
    TESTING,
    /** Exists but out of service: disabled or terminated; may be recovered or deleted. */
    SUSPENDED,
    /** Being removed. */
    DELETING,
    /** Removed. */
    DELETED,
    /** The line owner or the destination refused it. */
    REJECTED,
    /** The order was withdrawn. */
    CANCELLED,
    /** Configuration failed. */
    FAILED,
    /** The provider reported a state dclink does not recognise. */
    UNKNOWN;

    @Override
    public ResourceType resourceType() {
        return ResourceType.VIRTUAL_INTERFACE;
    }
}
