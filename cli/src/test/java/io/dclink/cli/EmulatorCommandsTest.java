package io.dclink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dclink.testkit.emulator.KeyRing;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code dclink emulate} in the foreground, driven by {@code dclink emulator} and the API commands. */
class EmulatorCommandsTest {

    @Test
    void aStandaloneEmulatorIsOperatedThroughItsAdminEndpoint() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
        Map<String, String> env = new HashMap<>(Map.of("DCLINK_PLAIN", "1"));
        Thread foreground = new Thread(() -> Cli.run(new String[] {"emulate", "tencent"}, stdout, System.err, env));
        foreground.start();
        String baseUrl = awaitBaseUrl(out);
        env.putAll(Map.of("DCLINK_PROVIDER", "tencent", "DCLINK_REGION", "ap-guangzhou", "DCLINK_ENDPOINT", baseUrl,
                "TENCENTCLOUD_SECRET_ID", KeyRing.TEST_KEY_ID, "TENCENTCLOUD_SECRET_KEY", KeyRing.TEST_SECRET));
        try {
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

            assertThat(out.toString(StandardCharsets.UTF_8)).contains("test credentials", "DCLINK_ENDPOINT=" + baseUrl);
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
        } finally {
            foreground.interrupt();
            foreground.join(5_000);
        }
        assertThat(foreground.isAlive()).isFalse();
        assertThat(Run.of(env, "emulator", "health").exitCode()).as("stopped").isNotZero();
    }

    @Test
    void anUnknownProviderCannotBeEmulatedAndTheOperatorNeedsAnEndpoint() {
        Run unknown = Run.of(Map.of(), "emulate", "nope");
        Run noEndpoint = Run.of(Map.of(), "emulator", "health");

        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("nope", "tencent");
        assertThat(noEndpoint.exitCode()).isEqualTo(2);
        assertThat(noEndpoint.err()).contains("--endpoint");
    }

    private static String awaitBaseUrl(ByteArrayOutputStream out) throws InterruptedException {
        Pattern listening = Pattern.compile("listening on (http://127\\.0\\.0\\.1:\\d+)");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            Matcher m = listening.matcher(out.toString(StandardCharsets.UTF_8));
            if (m.find()) {
                return m.group(1);
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the emulator did not say where it listens: " + out);
    }
}
