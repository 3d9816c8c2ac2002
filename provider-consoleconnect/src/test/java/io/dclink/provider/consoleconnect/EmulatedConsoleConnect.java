package io.dclink.provider.consoleconnect;

import io.dclink.DirectConnect;
import io.dclink.DirectConnectBuilder;
import io.dclink.RateLimitOptions;
import io.dclink.RetryOptions;
import io.dclink.auth.Credentials;
import io.dclink.model.Connection;
import io.dclink.testkit.consoleconnect.ConsoleConnectEmulator;
import io.dclink.testkit.emulator.EmulatorOptions;
import io.dclink.testkit.emulator.EmulatorResponse;
import io.dclink.testkit.emulator.RecordedRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A fresh Console Connect emulator on loopback for each test and a client of it built through the
 * public API ({@code DirectConnect.builder().provider("consoleconnect")}, no region: Console Connect
 * has none), with the emulator's clock, quick retries and a short idempotency window.
 */
abstract class EmulatedConsoleConnect {

    protected ConsoleConnectEmulator emulator;
    protected DirectConnect client;

    @BeforeEach
    final void startEmulator() {
        use(new ConsoleConnectEmulator(EmulatorOptions.defaults()));
    }

    @AfterEach
    final void stopEmulator() {
        if (client != null) {
            client.close();
        }
        if (emulator != null) {
            emulator.close();
        }
    }

    /** Replaces the emulator (for one built another way) and the client of it. */
    protected void use(ConsoleConnectEmulator replacement) {
        stopEmulator();
        emulator = replacement;
        emulator.start();
        client = builder(emulator.testCredentials()).build();
    }

    /** A client builder pointed at the emulator. */
    protected DirectConnectBuilder builder(Credentials credentials) {
        return DirectConnect.builder().provider(ConsoleConnectProvider.ID).credentials(credentials)
                .endpoint(emulator.baseUri()).clock(emulator.clock())
                .retry(new RetryOptions(4, Duration.ofMillis(1), Duration.ofMillis(20)))
                .rateLimit(new RateLimitOptions(10_000)).idempotencyWindow(Duration.ofMillis(500));
    }

    /** The id of the test company's port whose name starts so: {@code HKG-MEGA-I}, {@code HKG-HK1}, {@code SIN-SG1}. */
    protected String port(String prefix) {
        return client.connections().list().stream().filter(port -> port.name().startsWith(prefix)).map(Connection::id)
                .findFirst().orElseThrow(() -> new AssertionError("no port named " + prefix + "*"));
    }

    /** How many requests of an operation the emulator received. */
    protected int count(String operation) {
        return emulator.requests().count(operation);
    }

    /** The requests received after the first {@code from}. */
    protected List<RecordedRequest> since(int from) {
        List<RecordedRequest> all = emulator.requests().all();
        return all.subList(from, all.size());
    }

    protected static String text(EmulatorResponse answer) {
        return new String(answer.body(), StandardCharsets.UTF_8);
    }

    protected static EmulatorResponse json(int status, String body) {
        return new EmulatorResponse(status, Map.of("Content-Type", "application/json"), body.getBytes(StandardCharsets.UTF_8));
    }
}
