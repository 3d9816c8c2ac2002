package io.dclink.testkit.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dclink.testkit.StandaloneEmulator;
import io.dclink.testkit.toy.ToyHttp;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StandaloneEmulatorTest {

    @Test
    void aStandaloneEmulatorAcceptsTheEnvironmentKeysAndTheTestKeysOnItsPort() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        Emulator emulator = StandaloneEmulator.start("toy", port,
                Map.of("TOY_KEY_ID", "ENVKEYID", "TOY_KEY_SECRET", "env-secret-value"));
        try {
            ToyHttp http = new ToyHttp(emulator.baseUri(), Clock.systemUTC());
            long now = Clock.systemUTC().instant().getEpochSecond();

            assertThat(emulator.baseUri().getPort()).isEqualTo(port);
            assertThat(http.send("GET", "/lines", null, "ENVKEYID", "env-secret-value", now, Duration.ofSeconds(5))
                    .statusCode()).isEqualTo(200);
            assertThat(http.send("GET", "/lines", null).statusCode()).isEqualTo(200);
            assertThat(http.send("GET", "/lines", null, "OTHERKEY", "x", now, Duration.ofSeconds(5)).statusCode())
                    .isEqualTo(401);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            StandaloneEmulator.describe(emulator, new PrintStream(out, true, StandardCharsets.UTF_8));
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("listening on " + emulator.baseUri())
                    .contains(KeyRing.TEST_KEY_ID).contains("/_dclink/operator/").contains("/_dclink/faults/kinds");
        } finally {
            emulator.close();
        }
    }

    @Test
    void anUnknownProviderNamesTheInstalledEmulators() {
        assertThatThrownBy(() -> StandaloneEmulator.start("nope", 0, Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("installed: ").hasMessageContaining("toy").hasMessageContaining("tencent");
    }
}
