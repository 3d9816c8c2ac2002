package io.dclink.provider.tencent;

import static io.dclink.lifecycle.RequiredAction.ACCEPT;
import static io.dclink.lifecycle.RequiredAction.CONFIGURE_ROUTER;
import static io.dclink.lifecycle.RequiredAction.CONTACT_PROVIDER;
import static io.dclink.lifecycle.RequiredAction.NONE;
import static io.dclink.lifecycle.RequiredAction.PAY;
import static io.dclink.lifecycle.RequiredAction.RESUBMIT;
import static io.dclink.lifecycle.RequiredAction.WAIT_FOR_PROVIDER;

import io.dclink.lifecycle.AccessPointState;
import io.dclink.lifecycle.ConnectionState;
import io.dclink.lifecycle.GatewayState;
import io.dclink.lifecycle.ResourceType;
import io.dclink.lifecycle.RouteState;
import io.dclink.lifecycle.VirtualInterfaceState;
import io.dclink.spi.StateTable;
import java.util.List;
import java.util.Set;

/** Tencent's raw states onto the neutral ones. Lines have two documented spellings of some states (lists A and B). */
final class TencentStates {

    static final StateTable<ConnectionState> CONNECTION = StateTable
            .builder(ResourceType.CONNECTION, ConnectionState.class, "State")
            .row("PENDING", ConnectionState.PENDING_APPROVAL, WAIT_FOR_PROVIDER).note("review, up to 3 working days")
            .row("REJECTED", ConnectionState.REJECTED, RESUBMIT)
            .note("resubmission by modifying the application (UNVERIFIED convention)")
            .row("TOPAY", ConnectionState.PENDING_PAYMENT, PAY).note("list A spelling; payment happens in the console")
            .row("PENDINGPAY", ConnectionState.PENDING_PAYMENT, PAY).note("list B spelling")
            .row("PAID", ConnectionState.PROVISIONING, WAIT_FOR_PROVIDER)
            .row("ALLOCATED", ConnectionState.PROVISIONING, WAIT_FOR_PROVIDER)
            .note("list A spelling of \"under construction\"")
            .row("BUILDING", ConnectionState.PROVISIONING, WAIT_FOR_PROVIDER).note("list B spelling")
            .row("STOPED", ConnectionState.FAILED, CONTACT_PROVIDER).note("\"construction terminated\", spelled this way")
            .row("AVAILABLE", ConnectionState.ACTIVE, NONE)
            .row("DELETING", ConnectionState.DELETING, WAIT_FOR_PROVIDER)
            .row("DELETED", ConnectionState.DELETED, NONE)
            .build();

    static final StateTable<VirtualInterfaceState> TUNNEL = StateTable
            .builder(ResourceType.VIRTUAL_INTERFACE, VirtualInterfaceState.class, "State")
            .row("PENDING", VirtualInterfaceState.PENDING, WAIT_FOR_PROVIDER).note("applying")
            .row("ALLOCATING", VirtualInterfaceState.PENDING, WAIT_FOR_PROVIDER).note("being configured")
            .row("ALLOCATED", VirtualInterfaceState.PENDING, CONFIGURE_ROUTER)
            .note("configured on Tencent's side; the session needs the customer router")
            .row("AVAILABLE", VirtualInterfaceState.ACTIVE, NONE)
            .row("ALTERING", VirtualInterfaceState.UPDATING, WAIT_FOR_PROVIDER)
            .row("COMFIRMING", VirtualInterfaceState.PENDING_ACCEPTANCE, ACCEPT)
            .note("shared line: the line owner accepts; misspelled on the wire")
            .row("REJECTED", VirtualInterfaceState.REJECTED, NONE)
            .row("DELETING", VirtualInterfaceState.DELETING, WAIT_FOR_PROVIDER)
            .row("DELETED", VirtualInterfaceState.DELETED, NONE)
            .build();

    static final StateTable<GatewayState> GATEWAY = StateTable
            .builder(ResourceType.GATEWAY, GatewayState.class, "State")
            .row(StateTable.NONE, GatewayState.ACTIVE, NONE).note("the DC gateway reports no state once it exists")
            .build();

    static final StateTable<RouteState> ROUTE = StateTable
            .builder(ResourceType.ROUTE, RouteState.class, "Status")
            .row(StateTable.NONE, RouteState.ACTIVE, NONE).note("tunnel static prefixes follow the tunnel")
            .row("ENABLE", RouteState.ACTIVE, NONE).note("public-tunnel route read-out")
            .row("DISABLE", RouteState.INACTIVE, NONE)
            .build();

    static final StateTable<AccessPointState> ACCESS_POINT = StateTable
            .builder(ResourceType.ACCESS_POINT, AccessPointState.class, "State")
            .row("AVAILABLE", AccessPointState.AVAILABLE)
            .row("UNAVAILABLE", AccessPointState.UNAVAILABLE).note("spelling UNVERIFIED")
            .build();

    /**
     * The values DescribeDirectConnects' {@code states} filter documents (list B). Lines are read in
     * every spelling of the table; only these are ever sent.
     */
    static final Set<String> FILTERABLE_LINE_STATES = Set.of("AVAILABLE", "PENDING", "REJECTED", "PENDINGPAY", "PAID",
            "BUILDING", "STOPED", "DELETED");

    /**
     * The filter values that select a neutral state's lines; empty when none of its spellings can be
     * filtered on (DELETING), and the listing then filters locally.
     */
    static List<String> filterValues(ConnectionState state) {
        return CONNECTION.rawValues(state).stream().filter(FILTERABLE_LINE_STATES::contains).toList();
    }

    private TencentStates() {
    }
}
