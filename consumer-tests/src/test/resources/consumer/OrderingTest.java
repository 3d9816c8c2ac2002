package example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dclink.DirectConnect;
import io.dclink.lifecycle.ConnectionState;
import io.dclink.lifecycle.RequiredAction;
import io.dclink.model.Connection;
import io.dclink.testkit.emulator.Emulator;
import io.dclink.testkit.emulator.Operator;
import io.dclink.testkit.junit.EmulatedProvider;
import org.junit.jupiter.api.Test;

/** What docs/testing.md shows an application team: an emulated cloud, a client wired to it, the provider's people. */
@EmulatedProvider("tencent")
class OrderingTest {

    @Test
    void aLineIsOrderedAndApproved(DirectConnect client, Operator operator, Emulator emulator) {
        Connection line = client.connections().create(emulator.sampleOrder().connection("consumer-line"));
        assertEquals(ConnectionState.PENDING_APPROVAL, line.state());

        operator.approve(line.id());

        assertEquals(RequiredAction.PAY, client.connections().get(line.id()).requiredAction());
    }
}
