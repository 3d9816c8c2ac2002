package example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dclink.DirectConnect;
import io.dclink.lifecycle.ConnectionState;
import io.dclink.lifecycle.RequiredAction;
import io.dclink.model.Connection;
import io.dclink.testkit.emulator.Emulator;
import io.dclink.testkit.emulator.Operator;
import io.dclink.testkit.junit.EmulatedProvider;
import io.dclink.wait.WaitResult;
import io.dclink.wait.WaitSpec;
import java.time.Duration;
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

    @Test
    void aLineBecomesActiveAfterWorkingDaysOfEmulatedTime(DirectConnect client, Operator operator, Emulator emulator) {
        Connection line = client.connections().create(emulator.sampleOrder().connection("consumer-wait"));

        client.connections().waitUntil(line.id(),                  // the review: 3 working days
                WaitSpec.until(ConnectionState.PENDING_PAYMENT).timeout(Duration.ofDays(7)));
        operator.markPaid(line.id());
        WaitResult<Connection> built = client.connections().waitUntil(line.id(),   // construction: 6 working days
                WaitSpec.until(ConnectionState.ACTIVE).timeout(Duration.ofDays(14)));

        assertEquals(ConnectionState.ACTIVE, built.resource().state());
        assertTrue(built.elapsed().compareTo(Duration.ofDays(6)) >= 0, "6 working days passed on the emulated clock");
    }
}
