package io.dclink.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dclink.DirectConnect;
import io.dclink.lifecycle.ConnectionState;
import io.dclink.model.Connection;
import io.dclink.model.CreateConnectionRequest;
import io.dclink.testkit.emulator.Emulator;
import io.dclink.testkit.emulator.Operator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@EmulatedProvider("toy")
class EmulatorExtensionTest {

    private static final List<Emulator> SEEN = new ArrayList<>();

    @Test
    void aTestGetsAStartedEmulatorAndAClientWiredToIt(DirectConnect client, Emulator emulator, Operator operator) {
        SEEN.add(emulator);
        Connection line = client.connections().create(CreateConnectionRequest.builder().name("app-line")
                .accessPointId("ap-toy-1").build());
        operator.approve(line.id());

        assertThat(client.provider().id()).isEqualTo("toy");
        assertThat(client.connections().get(line.id()).state()).isEqualTo(ConnectionState.PENDING_PAYMENT);
        assertThat(emulator.requests().size()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void eachTestGetsAFreshEmulator(DirectConnect client, Emulator emulator) {
        SEEN.add(emulator);

        assertThat(client.connections().list().stream().count()).isZero();
    }

    @Nested
    class NestedTests {
        @Test
        void nestedTestsInheritTheProvider(DirectConnect client) {
            assertThat(client.provider().id()).isEqualTo("toy");
        }
    }

    @AfterAll
    static void everyEmulatorWasClosed() {
        assertThat(SEEN).hasSize(2).doesNotHaveDuplicates();
        for (Emulator emulator : SEEN) {
            assertThatThrownBy(emulator::baseUri).isInstanceOf(IllegalStateException.class);
        }
    }
}
