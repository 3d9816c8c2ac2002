package io.dclink.testkit.consoleconnect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dclink.testkit.emulator.EmulatorOptions;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The emulator variant whose B2B connections wait in the wire spelling {@code PENDING_ACCEPTANCE}. */
class ConsoleConnectAwaitingAcceptanceTest extends ConsoleConnectFixture {

    @Override
    ConsoleConnectEmulator newEmulator(EmulatorOptions options) {
        return ConsoleConnectEmulator.awaitingAcceptanceIn(options, "PENDING_ACCEPTANCE");
    }

    @Test
    void aB2bConnectionWaitsInPendingAcceptanceWithTheUnderscore() {
        String id = create(b2bOrder("to-acme", port("HKG-MEGA-I"), 100));
        connection(id);

        assertThat(status(id)).isEqualTo("PENDING_ACCEPTANCE");
        operator().accept(id);
        advanceClock(Duration.ofMinutes(3));
        assertThat(status(id)).isEqualTo("ACTIVE");
    }

    @Test
    void onlyTheTwoDocumentedWaitingStatusesAreOffered() {
        assertThatThrownBy(() -> ConsoleConnectEmulator.awaitingAcceptanceIn(EmulatorOptions.defaults(), "PENDING ACCEPTANCE"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
