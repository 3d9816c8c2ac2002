package io.dclink.testkit.tck;

import io.dclink.Capability;
import io.dclink.lifecycle.ResourceType;
import io.dclink.model.Connection;
import io.dclink.model.VirtualInterface;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Raw-state tables: the plugin's descriptor is the source of truth, and every row of its
 * {@link io.dclink.spi.StateTable}s must make sense in the plugin's lifecycle and be what the
 * client really reports. A row's state must be reachable from the lifecycle's initial states (the
 * lifecycle refined by the plugin, as the runtime gates it) with a known required action; every row
 * must map through its table to itself; a raw value no row names must map to {@code UNKNOWN}. End
 * to end, every row that names only the main raw field is set on an emulated connection and
 * virtual interface and read back through the public client; rows naming several fields are
 * checked through their table's own mapping.
 */
public interface RawStateTableGroup extends KitGroup {

    /** Checks that every resource type the plugin reads has a raw-state table. */
    @Test
    @DisplayName("every resource type the plugin reads has a raw-state table")
    default void everyReadResourceHasATable() {
        StateTableChecks.readResourcesHaveTables(kit().descriptor());
    }

    /**
     * Checks that every row's state is reachable from the initial states of the plugin's lifecycle, with a known
     * action.
     */
    @Test
    @DisplayName("every row's state is reachable from the initial states of the plugin's lifecycle, with a known action")
    default void rowsAreReachable() {
        StateTableChecks.rowsAreReachable(kit().descriptor(), kit().lifecycles());
    }

    /** Checks that every row, however many fields it names, maps through its table to its own state and action. */
    @Test
    @DisplayName("every row, however many fields it names, maps through its table to its own state and action")
    default void rowsMapAsWritten() {
        StateTableChecks.rowsMapAsWritten(kit().descriptor());
    }

    /** Checks that a raw value no row names maps to UNKNOWN. */
    @Test
    @DisplayName("a raw value no row names maps to UNKNOWN")
    default void unnamedValuesAreUnknown() {
        StateTableChecks.unnamedValuesAreUnknown(kit().descriptor());
    }

    /** Checks that every connection row set on an emulated line reads back through the client as the table says. */
    @Test
    @DisplayName("every connection row set on an emulated line reads back through the client as the table says")
    default void connectionRowsReadBack() {
        KitFixture kit = kit();
        if (!kit.declares(Capability.CONNECTION_CREATE)) {
            return;
        }
        Connection line = kit.client().connections().create(kit.connectionRequest("tck-raw-states"));
        StateTableChecks.readBack(kit, ResourceType.CONNECTION, line.id(), id -> kit.client().connections().get(id));
    }

    /**
     * Checks that every virtual interface row set on an emulated interface reads back through the client as the table
     * says.
     */
    @Test
    @DisplayName("every virtual interface row set on an emulated interface reads back through the client as the table says")
    default void interfaceRowsReadBack() {
        KitFixture kit = kit();
        if (!kit.declaresOnAnActiveLine(Capability.VIRTUAL_INTERFACE_CREATE)) {
            return;
        }
        VirtualInterface vif = kit.client().virtualInterfaces().create(kit.virtualInterfaceRequest(
                kit.activeConnection("tck-raw-states-line").id(), kit.gatewayIfAny(), 107));
        StateTableChecks.readBack(kit, ResourceType.VIRTUAL_INTERFACE, vif.id(),
                id -> kit.client().virtualInterfaces().get(id));
    }
}
