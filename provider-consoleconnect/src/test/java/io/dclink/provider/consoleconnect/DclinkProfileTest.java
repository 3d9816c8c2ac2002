package io.dclink.provider.consoleconnect;

import static org.assertj.core.api.Assertions.assertThat;

import io.dclink.DirectConnect;
import io.dclink.testkit.consoleconnect.ConsoleConnectEmulator;
import io.dclink.testkit.emulator.EmulatorOptions;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The last link of the credentials chain for Console Connect: dclink's own profile, read from a
 * home directory in this module's test resources (never the real home), with nothing else set.
 */
class DclinkProfileTest {

    private final ConsoleConnectEmulator emulator = new ConsoleConnectEmulator(EmulatorOptions.defaults());

    DclinkProfileTest() {
        emulator.start();
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void withNothingButTheDclinkProfileTheClientSendsItsKey() throws URISyntaxException {
        Path home = Path.of(DclinkProfileTest.class.getResource("/profiles/dclink").toURI());

        try (DirectConnect client = DirectConnect.builder().provider("consoleconnect").endpoint(emulator.baseUri())
                .clock(emulator.clock()).home(home).environment(Map.of()).systemProperties(Map.of()).build()) {
            assertThat(client.region()).isEmpty();
            assertThat(client.connections().list().stream().count()).isPositive();
        }
        assertThat(emulator.requests().of("getAuthToken")).as("the company was discovered with the profile's key")
                .isNotEmpty();
    }
}
