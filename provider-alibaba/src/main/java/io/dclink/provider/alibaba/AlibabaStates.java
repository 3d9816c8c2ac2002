package io.dclink.provider.alibaba;

import static io.dclink.lifecycle.RequiredAction.ACCEPT;
import static io.dclink.lifecycle.RequiredAction.APPLY_LOA;
import static io.dclink.lifecycle.RequiredAction.CONFIRM;
import static io.dclink.lifecycle.RequiredAction.CONTACT_CARRIER;
import static io.dclink.lifecycle.RequiredAction.CONTACT_PROVIDER;
import static io.dclink.lifecycle.RequiredAction.NONE;
import static io.dclink.lifecycle.RequiredAction.PAY;
import static io.dclink.lifecycle.RequiredAction.RESUBMIT;
import static io.dclink.lifecycle.RequiredAction.SUBMIT_CONSTRUCTION_REPORT;
import static io.dclink.lifecycle.RequiredAction.WAIT_FOR_PROVIDER;
import static io.dclink.spi.StateTable.raw;

import io.dclink.lifecycle.AccessPointState;
import io.dclink.lifecycle.BusinessStatus;
import io.dclink.lifecycle.ConnectionState;
import io.dclink.lifecycle.LoaState;
import io.dclink.lifecycle.ResourceType;
import io.dclink.lifecycle.RouteState;
import io.dclink.lifecycle.VirtualInterfaceState;
import io.dclink.spi.StateTable;

/**
 * Alibaba's raw states onto the neutral ones. A physical connection is read from three fields
 * together: {@code Status}, {@code LoaStatus} and {@code BusinessStatus}.
 */
final class AlibabaStates {

    static final String LOA_STATUS = "LoaStatus";
    static final String BUSINESS_STATUS = "BusinessStatus";

    static final StateTable<ConnectionState> CONNECTION = StateTable
            .builder(ResourceType.CONNECTION, ConnectionState.class, "Status")
            .row("Initial", ConnectionState.PENDING_APPROVAL, WAIT_FOR_PROVIDER).note("application under review")
            .row("Approved", ConnectionState.PROVISIONING, WAIT_FOR_PROVIDER)
            .note("partner flow: approved, waiting for port allocation and construction (nothing to pay yet)")
            .row("Allocating", ConnectionState.PROVISIONING, WAIT_FOR_PROVIDER)
            .note("port being allocated; for partner lines, carrier construction (\"Connecting\")")
            .row(raw("Allocated").and(LOA_STATUS, StateTable.NONE), ConnectionState.PENDING_LOA, APPLY_LOA)
            .note("self-service flow: \"To Apply for LOA\"")
            .row(raw("Allocated").and(LOA_STATUS, "Applying"), ConnectionState.PENDING_LOA, WAIT_FOR_PROVIDER)
            .note("LOA in review")
            .row(raw("Allocated").and(LOA_STATUS, "Accept"), ConnectionState.PENDING_LOA, WAIT_FOR_PROVIDER)
            .note("LOA approved, being issued")
            .row(raw("Allocated").and(LOA_STATUS, "Rejected"), ConnectionState.PENDING_LOA, RESUBMIT)
            .note("re-apply for the LOA")
            .row(raw("Allocated").and(LOA_STATUS, "Deleted"), ConnectionState.PENDING_LOA, APPLY_LOA)
            .note("the LOA was withdrawn")
            .row(raw("Allocated").and(LOA_STATUS, "Available"), ConnectionState.PROVISIONING, CONTACT_CARRIER)
            .note("LOA issued: hand it to the installer")
            .row(raw("Allocated").and(LOA_STATUS, "Completing"), ConnectionState.PROVISIONING, SUBMIT_CONSTRUCTION_REPORT)
            .note("line under construction")
            .row(raw("Allocated").and(LOA_STATUS, "Complete"), ConnectionState.PENDING_CONFIRMATION, CONFIRM)
            .note("construction reported; partner-built lines report Complete too (UNVERIFIED convention)")
            .row("Confirmed", ConnectionState.PENDING_PAYMENT, PAY)
            .note("both flows: pay the port fee (occupancy order) to enable; Terraform pays after confirming")
            .row("Enabled", ConnectionState.ACTIVE, NONE)
            .row(raw("Enabled").and(BUSINESS_STATUS, "FinancialLocked"), ConnectionState.SUSPENDED, PAY)
            .note("locked for arrears; raw Status stays Enabled")
            .row(raw("Enabled").and(BUSINESS_STATUS, "SecurityLocked"), ConnectionState.SUSPENDED, CONTACT_PROVIDER)
            .note("locked for security reasons")
            .row("Rejected", ConnectionState.REJECTED, RESUBMIT).note("modifying a rejected application returns it to Initial")
            .row("Canceled", ConnectionState.CANCELLED, NONE)
            .row("Allocation Failed", ConnectionState.FAILED, CONTACT_PROVIDER).note("spelling of Describe output")
            .row("AllocationFailed", ConnectionState.FAILED, CONTACT_PROVIDER).note("spelling of the Modify and Delete docs")
            .row("Terminating", ConnectionState.SUSPENDED, WAIT_FOR_PROVIDER).note("being taken out of service")
            .row("Terminated", ConnectionState.SUSPENDED, NONE).note("out of service; delete it, or recover a shared one")
            .build();

    static final StateTable<LoaState> LOA = StateTable
            .builder(ResourceType.LOA, LoaState.class, "LoaStatus")
            .row(StateTable.NONE, LoaState.NOT_REQUESTED, APPLY_LOA)
            .row("Applying", LoaState.IN_REVIEW, WAIT_FOR_PROVIDER)
            .row("Accept", LoaState.APPROVED, WAIT_FOR_PROVIDER)
            .row("Available", LoaState.ISSUED, CONTACT_CARRIER).note("the LOA can be downloaded (LoaUrl)")
            .row("Rejected", LoaState.REJECTED, RESUBMIT).note("SecondApplyPhysicalConnectionLOA")
            .row("Completing", LoaState.UNDER_CONSTRUCTION, SUBMIT_CONSTRUCTION_REPORT)
            .row("Complete", LoaState.COMPLETED, NONE)
            .row("Deleted", LoaState.DELETED, NONE)
            .build();

    static final StateTable<VirtualInterfaceState> VBR = StateTable
            .builder(ResourceType.VIRTUAL_INTERFACE, VirtualInterfaceState.class, "Status")
            .ignoringCase()
            .row("unconfirmed", VirtualInterfaceState.PENDING_ACCEPTANCE, ACCEPT).note("cross-account VBR")
            .row("active", VirtualInterfaceState.ACTIVE, NONE).note("`Active` is seen too")
            .row("terminating", VirtualInterfaceState.SUSPENDED, WAIT_FOR_PROVIDER)
            .row("terminated", VirtualInterfaceState.SUSPENDED, NONE).note("the VLAN stays reserved for 7 days")
            .row("recovering", VirtualInterfaceState.PENDING, WAIT_FOR_PROVIDER)
            .row("deleting", VirtualInterfaceState.DELETING, WAIT_FOR_PROVIDER)
            .build();

    static final StateTable<RouteState> ROUTE = StateTable
            .builder(ResourceType.ROUTE, RouteState.class, "Status")
            .row("Pending", RouteState.PENDING, WAIT_FOR_PROVIDER).note("VBR route entry or BGP network")
            .row("Available", RouteState.ACTIVE, NONE)
            .row("Enabled", RouteState.ACTIVE, NONE).note("BGP network example value")
            .row("Modifying", RouteState.UPDATING, WAIT_FOR_PROVIDER)
            .row("Deleting", RouteState.DELETING, WAIT_FOR_PROVIDER)
            .build();

    static final StateTable<AccessPointState> ACCESS_POINT = StateTable
            .builder(ResourceType.ACCESS_POINT, AccessPointState.class, "Status")
            .ignoringCase()
            .row("recommended", AccessPointState.AVAILABLE).note("`Recommended` is seen too")
            .row("hot", AccessPointState.LIMITED).note("many lines already connected")
            .row("full", AccessPointState.FULL)
            .row("disabled", AccessPointState.UNAVAILABLE)
            .build();

    private AlibabaStates() {
    }

    static BusinessStatus business(String businessStatus) {
        if (businessStatus == null) {
            return BusinessStatus.NOT_REPORTED;
        }
        return switch (businessStatus) {
            case "Normal" -> BusinessStatus.NORMAL;
            case "FinancialLocked" -> BusinessStatus.FINANCIAL_LOCKED;
            case "SecurityLocked" -> BusinessStatus.SECURITY_LOCKED;
            default -> BusinessStatus.UNKNOWN;
        };
    }
}
