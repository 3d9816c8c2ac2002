package io.dclink.testkit.tck;

import static org.assertj.core.api.Assertions.assertThat;

import io.dclink.Capability;
import io.dclink.DirectConnect;
import io.dclink.lifecycle.ConnectionState;
import io.dclink.lifecycle.RequiredAction;
import io.dclink.lifecycle.ResourceType;
import io.dclink.lifecycle.VirtualInterfaceState;
import io.dclink.model.Connection;
import io.dclink.model.VirtualInterface;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Undocumented provider states: read as {@code UNKNOWN}, with the raw value kept, and never an error. */
public interface UnknownStateGroup extends KitGroup {

    /** Checks that an undocumented raw state maps to UNKNOWN, keeps the raw value and never throws. */
    @Test
    @DisplayName("an undocumented raw state maps to UNKNOWN, keeps the raw value and never throws")
    default void undocumentedState() {
        KitFixture kit = kit();
        if (!kit.declares(Capability.CONNECTION_CREATE)) {
            return;
        }
        DirectConnect client = kit.client();
        Connection created = client.connections().create(kit.connectionRequest("tck-unknown"));
        kit.emulator().operator().setRawState(ResourceType.CONNECTION, created.id(), StateTableChecks.UNDOCUMENTED);

        Connection read = client.connections().get(created.id());
        assertThat(read.state()).isEqualTo(ConnectionState.UNKNOWN);
        assertThat(read.requiredAction()).isEqualTo(RequiredAction.UNKNOWN);
        assertThat(read.providerState().toString()).contains(StateTableChecks.UNDOCUMENTED);
        assertThat(client.connections().list().stream().filter(c -> c.id().equals(created.id())))
                .extracting(Connection::state).containsExactly(ConnectionState.UNKNOWN);
    }

    /** Checks that an undocumented virtual interface state maps to UNKNOWN too. */
    @Test
    @DisplayName("an undocumented virtual interface state maps to UNKNOWN too")
    default void undocumentedInterfaceState() {
        KitFixture kit = kit();
        if (!kit.declaresOnAnActiveLine(Capability.VIRTUAL_INTERFACE_CREATE)) {
            return;
        }
        DirectConnect client = kit.client();
        VirtualInterface created = client.virtualInterfaces().create(kit.virtualInterfaceRequest(
                kit.activeConnection("tck-unknown-vif").id(), kit.gatewayIfAny(), 106));
        kit.emulator().operator().setRawState(ResourceType.VIRTUAL_INTERFACE, created.id(), StateTableChecks.UNDOCUMENTED);

        VirtualInterface read = client.virtualInterfaces().get(created.id());
        assertThat(read.state()).isEqualTo(VirtualInterfaceState.UNKNOWN);
        assertThat(read.providerState().toString()).contains(StateTableChecks.UNDOCUMENTED);
    }
}
