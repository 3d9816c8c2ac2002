package io.dclink.testkit.toyplugin;

import static io.dclink.lifecycle.RequiredAction.ACCEPT;
import static io.dclink.lifecycle.RequiredAction.CONFIGURE_ROUTER;
import static io.dclink.lifecycle.RequiredAction.CONTACT_CARRIER;
import static io.dclink.lifecycle.RequiredAction.NONE;
import static io.dclink.lifecycle.RequiredAction.PAY;
import static io.dclink.lifecycle.RequiredAction.RESUBMIT;
import static io.dclink.lifecycle.RequiredAction.WAIT_FOR_PROVIDER;

import io.dclink.lifecycle.AccessPointState;
import io.dclink.lifecycle.ConnectionState;
import io.dclink.lifecycle.GatewayState;
import io.dclink.lifecycle.RequiredAction;
import io.dclink.lifecycle.ResourceType;
import io.dclink.lifecycle.RouteState;
import io.dclink.lifecycle.VirtualInterfaceState;
import io.dclink.spi.StateTable;

/** The toy provider's raw states onto the neutral ones (documented in src/test/resources/toy-mapping.md). */
final class ToyStates {

    static final StateTable<ConnectionState> LINES = StateTable
            .builder(ResourceType.CONNECTION, ConnectionState.class, "status")
            .row("APPLIED", ConnectionState.PENDING_APPROVAL, WAIT_FOR_PROVIDER).note("review, 2 working days")
            .row("REJECTED", ConnectionState.REJECTED, RESUBMIT).note("updating the line resubmits it")
            .row("UNPAID", ConnectionState.PENDING_PAYMENT, PAY)
            .row("BUILDING", ConnectionState.PROVISIONING, CONTACT_CARRIER)
            .row("LIVE", ConnectionState.ACTIVE, NONE)
            .row("REMOVING", ConnectionState.DELETING, WAIT_FOR_PROVIDER)
            .build();

    static final StateTable<VirtualInterfaceState> VIFS = StateTable
            .builder(ResourceType.VIRTUAL_INTERFACE, VirtualInterfaceState.class, "status")
            .row("CONFIGURING", VirtualInterfaceState.PENDING, CONFIGURE_ROUTER)
            .row("UP", VirtualInterfaceState.ACTIVE, NONE)
            .row("WAITING_OWNER", VirtualInterfaceState.PENDING_ACCEPTANCE, ACCEPT).note("another account's interface")
            .row("REFUSED", VirtualInterfaceState.REJECTED, NONE)
            .row("REMOVING", VirtualInterfaceState.DELETING, WAIT_FOR_PROVIDER)
            .build();

    static final StateTable<GatewayState> GATEWAYS = StateTable
            .builder(ResourceType.GATEWAY, GatewayState.class, "status")
            .row("AVAILABLE", GatewayState.ACTIVE, NONE)
            .build();

    static final StateTable<RouteState> ROUTES = StateTable
            .builder(ResourceType.ROUTE, RouteState.class, "status")
            .row(StateTable.NONE, RouteState.ACTIVE, NONE).note("a route is a prefix of its interface")
            .build();

    static final StateTable<AccessPointState> ACCESS_POINTS = StateTable
            .builder(ResourceType.ACCESS_POINT, AccessPointState.class, "status")
            .row("OPEN", AccessPointState.AVAILABLE)
            .row("CLOSED", AccessPointState.UNAVAILABLE)
            .build();

    private ToyStates() {
    }

    /**
     * A copy of a one-field table with one raw value mapped otherwise, for the broken variants.
     *
     * @param table the table
     * @param raw the raw value
     * @param state its state in the copy
     * @param action its action in the copy
     * @param <S> the state type
     * @return the copy
     */
    static <S extends Enum<S>> StateTable<S> remapped(StateTable<S> table, String raw, S state, RequiredAction action) {
        StateTable.Builder<S> copy = StateTable.builder(table.resource(), table.stateType(), table.field());
        for (StateTable.Row<S> row : table.rows()) {
            String value = row.match().get(table.field());
            boolean changed = value.equals(raw);
            copy.row(value, changed ? state : row.state(), changed ? action : row.action()).note(row.note());
        }
        return copy.build();
    }
}
