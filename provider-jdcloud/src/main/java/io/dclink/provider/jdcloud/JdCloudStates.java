package io.dclink.provider.jdcloud;

import static io.dclink.lifecycle.RequiredAction.CONFIGURE_ROUTER;
import static io.dclink.lifecycle.RequiredAction.CONFIRM;
import static io.dclink.lifecycle.RequiredAction.CONTACT_CARRIER;
import static io.dclink.lifecycle.RequiredAction.NONE;
import static io.dclink.lifecycle.RequiredAction.PAY;
import static io.dclink.lifecycle.RequiredAction.UNKNOWN;
import static io.dclink.lifecycle.RequiredAction.WAIT_FOR_PARTNER;
import static io.dclink.lifecycle.RequiredAction.WAIT_FOR_PROVIDER;

import io.dclink.lifecycle.AccessPointState;
import io.dclink.lifecycle.ConnectionState;
import io.dclink.lifecycle.GatewayState;
import io.dclink.lifecycle.ResourceType;
import io.dclink.lifecycle.RouteState;
import io.dclink.lifecycle.VirtualInterfaceState;
import io.dclink.spi.StateTable;

/**
 * JD Cloud's raw states onto the neutral ones, with both traps of the reference: API {@code Pending}
 * is construction (the console's "Pending" is {@code Installation_Paying}, the payment), and
 * {@code InActive} is an active line that is down, not a step of the lifecycle.
 */
final class JdCloudStates {

    /** The connection's type field, which decides who builds a line in {@code Pending}. */
    static final String TYPE = "type";
    static final String PARTNER_LINE = "jcloud_partner";

    static final StateTable<ConnectionState> CONNECTION = StateTable
            .builder(ResourceType.CONNECTION, ConnectionState.class, "connectionStatus")
            .row("Ordering", ConnectionState.PENDING_APPROVAL, WAIT_FOR_PROVIDER).note("review, 1–2 working days")
            .row("Installation_Paying", ConnectionState.PENDING_PAYMENT, PAY)
            .note("pay the installation fee in the console (or autoPay); the console calls this stage \"Pending\"")
            .row("Pending", ConnectionState.PROVISIONING, CONTACT_CARRIER)
            .note("API Pending means under construction: have your carrier build the line; JD's machine-room staff receive it")
            .row(StateTable.raw("Pending").and(TYPE, PARTNER_LINE), ConnectionState.PROVISIONING, WAIT_FOR_PARTNER)
            .note("a partner line is built by the partner, who moves it on (UNVERIFIED convention)")
            .row("Confirming", ConnectionState.PENDING_CONFIRMATION, CONFIRM).note("confirming buys the port rental")
            .row("Active", ConnectionState.ACTIVE, NONE)
            .row("InActive", ConnectionState.ACTIVE, WAIT_FOR_PROVIDER).note("fault: operational status DOWN")
            .row("Deleting", ConnectionState.DELETING, WAIT_FOR_PROVIDER).note("deletion is requested a month ahead")
            .row("Deleted", ConnectionState.DELETED, CONTACT_CARRIER)
            .note("the port is released: have the carrier remove the physical link")
            .row("Rejected", ConnectionState.REJECTED, NONE).note("terminal on JD Cloud, see rejectedReason (refinements)")
            .build();

    static final StateTable<VirtualInterfaceState> PRIVATE_VIF = StateTable
            .builder(ResourceType.VIRTUAL_INTERFACE, VirtualInterfaceState.class, "privateVifStatus")
            .row("Confirming", VirtualInterfaceState.PENDING_ACCEPTANCE, WAIT_FOR_PARTNER)
            .note("made for another account (privateVifOwner), which confirms it; its confirm call is unpublished (UNVERIFIED)")
            .row("Rejected", VirtualInterfaceState.REJECTED, NONE)
            .row("Pending", VirtualInterfaceState.PENDING, CONFIGURE_ROUTER).note("becomes Active once the BGP session is up")
            .row("Active", VirtualInterfaceState.ACTIVE, NONE)
            .row("Down", VirtualInterfaceState.ACTIVE, CONFIGURE_ROUTER).note("operational status DOWN")
            .row("InActive", VirtualInterfaceState.ACTIVE, CONFIGURE_ROUTER).note("operational status DOWN")
            .row("Deleting", VirtualInterfaceState.DELETING, WAIT_FOR_PROVIDER)
            .row("Deleted", VirtualInterfaceState.DELETED, NONE)
            .row("Unknown", VirtualInterfaceState.UNKNOWN, UNKNOWN).note("JD's own \"unknown\"")
            .build();

    static final StateTable<GatewayState> GATEWAY = StateTable
            .builder(ResourceType.GATEWAY, GatewayState.class, "status")
            .row(StateTable.NONE, GatewayState.ACTIVE, NONE).note("a border gateway has no status field")
            .build();

    static final StateTable<RouteState> ROUTE = StateTable
            .builder(ResourceType.ROUTE, RouteState.class, "status")
            .row(StateTable.NONE, RouteState.ACTIVE, NONE).note("BGW routes and VPC route rules have no status field")
            .build();

    static final StateTable<AccessPointState> ACCESS_POINT = StateTable
            .builder(ResourceType.ACCESS_POINT, AccessPointState.class, "status")
            .row(StateTable.NONE, AccessPointState.AVAILABLE).note("locations and partners have no status field")
            .build();

    private JdCloudStates() {
    }
}
