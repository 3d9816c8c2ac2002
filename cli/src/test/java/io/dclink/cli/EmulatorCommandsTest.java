package io.dclink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dclink.testkit.emulator.KeyRing;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code dclink emulator start} in the foreground, driven by {@code dclink emulator} and the API commands. */
class EmulatorCommandsTest {

    @Test
    void aStandaloneEmulatorIsOperatedThroughItsAdminEndpoint() throws Exception {
        Map<String, String> env = new HashMap<>(Map.of("DCLINK_PLAIN", "1"));
        ForegroundEmulator foreground = ForegroundEmulator.start(env, "emulator", "start", "tencent");
        try (foreground) {
            String baseUrl = foreground.awaitBaseUrl();
            env.putAll(Map.of("DCLINK_PROVIDER", "tencent", "DCLINK_REGION", "ap-guangzhou", "DCLINK_ENDPOINT", baseUrl,
                    "TENCENTCLOUD_SECRET_ID", KeyRing.TEST_KEY_ID, "TENCENTCLOUD_SECRET_KEY", KeyRing.TEST_SECRET));
            JsonNode health = Run.of(env, "emulator", "health", "-o", "json").json();
            String id = Run.of(env, "connections", "create", "--name", "standalone", "--access-point", "ap-guangzhou-a-th",
                    "--carrier", "ChinaTelecom", "--port-type", "10GBase-LR", "-o", "json").json().path("id").asText();
            Run approved = Run.of(env, "emulator", "approve", id);
            JsonNode afterApproval = Run.of(env, "connections", "get", id, "-o", "json").json();
            Run paid = Run.of(env, "emulator", "mark-paid", id);
            JsonNode afterPayment = Run.of(env, "connections", "get", id, "-o", "json").json();
            Run clock = Run.of(env, "emulator", "clock", "--working-days", "1", "-o", "json");
            Run fault = Run.of(env, "emulator", "fault", "--kind", "throttle", "--operation", "DescribeDirectConnects", "-o",
                    "json");
            JsonNode requests = Run.of(env, "emulator", "requests", "-o", "json").json();
            Run refused = Run.of(env, "emulator", "issue-loa", id);

            assertThat(foreground.out()).contains("test credentials", "DCLINK_ENDPOINT=" + baseUrl);
            assertThat(health.path("provider").asText()).isEqualTo("tencent");
            assertThat(approved.exitCode()).as(approved.toString()).isZero();
            assertThat(approved.out()).contains("approve", id);
            assertThat(afterApproval.path("requiredAction").asText()).isEqualTo("PAY");
            assertThat(paid.exitCode()).as(paid.toString()).isZero();
            assertThat(afterPayment.path("state").asText()).isNotEqualTo(afterApproval.path("state").asText());
            assertThat(clock.json().path("time").asText()).isNotEmpty();
            assertThat(fault.json().path("pending").asInt()).isEqualTo(1);
            assertThat(Run.of(env, "connections", "list").exitCode()).as("the throttled read is retried").isZero();
            assertThat(requests.isArray()).isTrue();
            assertThat(requests).extracting(r -> r.path("operation").asText()).contains("CreateDirectConnect");
            assertThat(refused.exitCode()).as("Tencent has no LOA").isEqualTo(1);
            assertThat(refused.err()).contains("issueLoa");
        }
        assertThat(foreground.isRunning()).isFalse();
        assertThat(Run.of(env, "emulator", "health").exitCode()).as("stopped").isNotZero();
    }

    @Test
    void emulatorStartServesTheProviderOnTheGivenPort() throws Exception {
        int port = aFreePort();
        Map<String, String> env = Map.of("DCLINK_PLAIN", "1");
        ForegroundEmulator foreground = ForegroundEmulator.start(env, "emulator", "start", "alibaba", "--port",
                String.valueOf(port));
        try (foreground) {
            String baseUrl = foreground.awaitBaseUrl();
            Run health = Run.of(env, "emulator", "health", "--endpoint", baseUrl, "-o", "json");

            assertThat(baseUrl).isEqualTo("http://127.0.0.1:" + port);
            assertThat(health.exitCode()).as(health.toString()).isZero();
            assertThat(health.json().path("provider").asText()).isEqualTo("alibaba");
            assertThat(foreground.out()).contains("dclink emulator --endpoint " + baseUrl + " approve ID");
            assertThat(foreground.err()).as("no deprecation notice").isEmpty();
        }
        assertThat(foreground.isRunning()).isFalse();
    }

    @Test
    void theDeprecatedEmulateStillServesAndSaysToUseEmulatorStart() throws Exception {
        Map<String, String> env = Map.of("DCLINK_PLAIN", "1");
        ForegroundEmulator foreground = ForegroundEmulator.start(env, "emulate", "tencent");
        try (foreground) {
            String baseUrl = foreground.awaitBaseUrl();
            Run health = Run.of(env, "emulator", "health", "--endpoint", baseUrl, "-o", "json");

            assertThat(health.json().path("provider").asText()).isEqualTo("tencent");
            assertThat(foreground.err().lines()).singleElement().asString()
                    .contains("'dclink emulate' is deprecated", "use 'dclink emulator start'");
            assertThat(Run.of(env).err()).as("hidden from the usage").doesNotContainPattern("(?m)^\\s+emulate\\s");
        }
        assertThat(foreground.isRunning()).isFalse();
    }

    @Test
    void anUnknownProviderCannotBeEmulatedAndTheOperatorNeedsAnEndpoint() {
        Run unknown = Run.of(Map.of(), "emulator", "start", "nope");
        Run noEndpoint = Run.of(Map.of(), "emulator", "health");

        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("nope", "tencent");
        assertThat(noEndpoint.exitCode()).isEqualTo(2);
        assertThat(noEndpoint.err()).contains("--endpoint");
    }

    private static int aFreePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
