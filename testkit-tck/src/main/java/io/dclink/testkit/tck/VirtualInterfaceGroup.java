package io.dclink.testkit.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dclink.Capability;
import io.dclink.DirectConnect;
import io.dclink.error.InvalidStateException;
import io.dclink.error.Problem;
import io.dclink.error.ValidationException;
import io.dclink.lifecycle.RequiredAction;
import io.dclink.lifecycle.VirtualInterfaceState;
import io.dclink.model.Connection;
import io.dclink.model.CreateVirtualInterfaceRequest;
import io.dclink.model.Gateway;
import io.dclink.model.VirtualInterface;
import io.dclink.testkit.emulator.EmulatedOperation;
import io.dclink.testkit.emulator.Emulator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Virtual interfaces: validated before any request, only on an active line, walked to
 * {@code ACTIVE}, and another account's accepted or rejected.
 */
public interface VirtualInterfaceGroup extends KitGroup {

    /** Checks that bad VLANs and addresses are refused before any request, naming every problem. */
    @Test
    @DisplayName("bad VLANs and addresses are refused before any request, naming every problem")
    default void localValidation() {
        KitFixture kit = kit();
        if (!kit.declares(Capability.VIRTUAL_INTERFACE_CREATE)) {
            return;
        }
        Emulator emulator = kit.emulator();
        CreateVirtualInterfaceRequest valid = kit.virtualInterfaceRequest("tck-line", null, 101);
        int before = emulator.requests().size();

        assertThatThrownBy(() -> kit.client().virtualInterfaces().create(valid.toBuilder().vlan(kit.invalidVlan())
                        .providerAddress("10.10.10.1/30").customerAddress("10.10.20.2/30").build()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(Problem::field).contains("vlan"))
                .hasMessageContaining("vlan");
        assertThat(emulator.requests().size()).as("requests sent").isEqualTo(before);
    }

    /** Checks that virtual interfaces cannot be created on a connection that is not active. */
    @Test
    @DisplayName("cannot be created on a connection that is not active")
    default void needsAnActiveConnection() {
        KitFixture kit = kit();
        if (!kit.declares(Capability.CONNECTION_CREATE, Capability.VIRTUAL_INTERFACE_CREATE)) {
            return;
        }
        DirectConnect client = kit.client();
        Connection pending = client.connections().create(kit.connectionRequest("tck-pending"));
        String create = kit.operation(EmulatedOperation.CREATE_VIRTUAL_INTERFACE);

        Gateway gateway = kit.gatewayIfAny();
        assertThatThrownBy(() -> client.virtualInterfaces().create(kit.virtualInterfaceRequest(pending.id(), gateway, 102)))
                .isInstanceOf(InvalidStateException.class)
                .hasMessageContaining("Nothing was sent");
        assertThat(kit.emulator().requests().count(create)).isZero();
    }

    /**
     * Checks that virtual interfaces are created on an active connection and reach ACTIVE by their required actions.
     */
    @Test
    @DisplayName("are created on an active connection and reach ACTIVE by their required actions")
    default void createdToActive() {
        KitFixture kit = kit();
        if (!kit.declaresOnAnActiveLine(Capability.VIRTUAL_INTERFACE_CREATE)) {
            return;
        }
        Connection line = kit.activeConnection("tck-vif-line");

        VirtualInterface active = kit.activeVirtualInterface(line, 103);

        assertThat(active.state()).isEqualTo(VirtualInterfaceState.ACTIVE);
        assertThat(active.connectionId()).isEqualTo(line.id());
        assertThat(active.vlan()).isEqualTo(103);
    }

    /**
     * Checks that virtual interfaces created by another account on our line wait for acceptance, and are accepted or
     * rejected.
     */
    @Test
    @DisplayName("created by another account on our line wait for acceptance, and are accepted or rejected")
    default void acceptanceFlow() {
        KitFixture kit = kit();
        if (!kit.declaresOnAnActiveLine(Capability.VIRTUAL_INTERFACE_ACCEPT, Capability.VIRTUAL_INTERFACE_REJECT)) {
            return;
        }
        DirectConnect client = kit.client();
        Connection line = kit.activeConnection("tck-shared-line");

        String first = kit.emulator().operator().requestForeignVirtualInterface(line.id());
        VirtualInterface waiting = client.virtualInterfaces().get(first);
        assertThat(waiting.state()).isEqualTo(VirtualInterfaceState.PENDING_ACCEPTANCE);
        assertThat(waiting.requiredAction()).isEqualTo(RequiredAction.ACCEPT);
        client.virtualInterfaces().accept(first);
        kit.walker().virtualInterfaceToActive(first);

        String second = kit.emulator().operator().requestForeignVirtualInterface(line.id());
        client.virtualInterfaces().reject(second);
        assertThat(client.virtualInterfaces().get(second).state())
                .isIn(VirtualInterfaceState.REJECTED, VirtualInterfaceState.DELETING, VirtualInterfaceState.DELETED);
    }
}
