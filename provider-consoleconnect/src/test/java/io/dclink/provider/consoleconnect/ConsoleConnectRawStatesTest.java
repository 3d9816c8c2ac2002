package io.dclink.provider.consoleconnect;

import static org.assertj.core.api.Assertions.assertThat;

import io.dclink.lifecycle.RequiredAction;
import io.dclink.lifecycle.ResourceType;
import io.dclink.lifecycle.VirtualInterfaceState;
import io.dclink.model.Connection;
import io.dclink.model.VirtualInterface;
import io.dclink.spi.StateTable;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The state tables over the wire: every one-field row's raw status is set on the emulator and read
 * back through the client as the row says (a connection the test company created: isReceiver
 * false); a waiting connection another company ordered asks the receiver to accept in both
 * spellings; an undocumented status is UNKNOWN with the raw value kept.
 */
class ConsoleConnectRawStatesTest extends EmulatedConsoleConnect {

    @Test
    void everyPortRowReadsBackAsTheRowSays() {
        String portId = port("HKG-HK1");
        List<String> wrong = new ArrayList<>();
        for (StateTable.Row<?> row : ConsoleConnectStates.PORT.rows()) {
            String raw = row.match().get("status");
            emulator.operator().setRawState(ResourceType.CONNECTION, portId, raw);
            Connection read = client.connections().get(portId);
            if (read.state() != row.state() || read.requiredAction() != row.action()) {
                wrong.add(raw + " read as " + read.state() + "/" + read.requiredAction());
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyOneFieldLayer2RowReadsBackAsTheRowSays() {
        String id = client.virtualInterfaces().create(Orders.toAcme("raw", port("HKG-MEGA-I"), 100, 1900).build()).id();
        List<String> wrong = new ArrayList<>();
        for (StateTable.Row<?> row : ConsoleConnectStates.LAYER2.rows()) {
            if (row.match().size() == 1) {
                String raw = row.match().get("status");
                emulator.operator().setRawState(ResourceType.VIRTUAL_INTERFACE, id, raw);
                VirtualInterface read = client.virtualInterfaces().get(id);
                if (read.state() != row.state() || read.requiredAction() != row.action()
                        || !read.providerState().value().equals(raw)) {
                    wrong.add(raw + " read as " + read.state() + "/" + read.requiredAction());
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void theReceiverOfAWaitingConnectionAcceptsItInEitherSpelling() {
        String foreign = emulator.operator().requestForeignVirtualInterface(port("HKG-HK1"));
        for (String raw : List.of("PENDING", "PENDING_ACCEPTANCE", "PENDING ACCEPTANCE")) {
            emulator.operator().setRawState(ResourceType.VIRTUAL_INTERFACE, foreign, raw);
            VirtualInterface read = client.virtualInterfaces().get(foreign);
            assertThat(read.state()).as(raw).isEqualTo(VirtualInterfaceState.PENDING_ACCEPTANCE);
            assertThat(read.requiredAction()).as(raw).isEqualTo(RequiredAction.ACCEPT);
        }
    }

    @Test
    void anUndocumentedStatusIsUnknownWithTheRawValueKept() {
        String id = client.virtualInterfaces().create(Orders.toAcme("odd", port("HKG-MEGA-I"), 100, 1901).build()).id();
        emulator.operator().setRawState(ResourceType.VIRTUAL_INTERFACE, id, "PROVISIONED");
        String portId = port("HKG-HK1");
        emulator.operator().setRawState(ResourceType.CONNECTION, portId, "MAINTENANCE");

        VirtualInterface connection = client.virtualInterfaces().get(id);
        assertThat(connection.state()).isEqualTo(VirtualInterfaceState.UNKNOWN);
        assertThat(connection.requiredAction()).isEqualTo(RequiredAction.UNKNOWN);
        assertThat(connection.providerState().value()).isEqualTo("PROVISIONED");
        assertThat(client.connections().get(portId).providerState().value()).isEqualTo("MAINTENANCE");
    }
}
