package io.dclink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.dclink.testkit.tencent.TencentEmulator;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every error is one sentence in the command line's terms, with the documented exit code; no Java shows through. */
class ErrorMessagesTest {

    private final EmulatedCloud cloud = new EmulatedCloud(TencentEmulator::new, "TENCENTCLOUD_SECRET_ID",
            "TENCENTCLOUD_SECRET_KEY");

    @AfterEach
    void stop() {
        cloud.close();
    }

    @Test
    void valuesThatDoNotParseNameTheOptionAndWhatItTakes() {
        Run duration = cloud.run("connections", "wait", "dc-1", "--until", "ACTIVE", "--timeout", "5x");
        Run time = cloud.run("loa", "apply", "dc-1", "--company", "C", "--construction-company", "I", "--type", "FIBRE",
                "--time", "tomorrow", "--engineer", "Li,1,ID_CARD,1,MALE");
        Run state = cloud.run("connections", "list", "--state", "working");
        Run number = cloud.run("vifs", "create", "--connection", "dc-1", "--name", "v", "--vlan", "ten");
        Run url = cloud.run("connections", "list", "--endpoint", "http://a b");

        CliTerms.assertError(duration, 2);
        assertThat(duration.err()).startsWith("dclink: Invalid value for option '--timeout': '5x' is not a duration "
                + "(e.g. 30s, 5m, 2h, 3d, 1h30m or ISO-8601 PT5M).");
        CliTerms.assertError(time, 2);
        assertThat(time.err()).contains("'--time'", "'tomorrow' is not a time", "2030-01-15T02:00:00Z");
        CliTerms.assertError(state, 2);
        assertThat(state.err()).contains("'--state'", "PENDING_APPROVAL", "'working'");
        CliTerms.assertError(number, 2);
        assertThat(number.err()).contains("'--vlan'", "'ten'");
        CliTerms.assertError(url, 2);
        assertThat(url.err()).contains("'--endpoint'", "'http://a b' is not a URL");
        assertThat(cloud.emulator.requests().size()).as("nothing was sent").isZero();
    }

    @Test
    void humanDurationsAreAcceptedWhereverADurationIs() {
        String id = cloud.run("connections", "create", "--name", "cli-human", "--access-point", "ap-guangzhou-a-th",
                "--carrier", "ChinaTelecom", "--port-type", "10GBase-LR", "--bandwidth", "1000", "-o", "json")
                .json().path("id").asText();

        Run wait = cloud.run("connections", "wait", id, "--until", "ACTIVE", "--interval", "50ms", "--timeout", "300ms");

        CliTerms.assertError(wait, 3);
        assertThat(wait.err()).contains("dclink: connection " + id + " is not ACTIVE after 300ms (", " reads); it is "
                + "PENDING_APPROVAL (provider state PENDING), next: wait for the provider; run the wait again to go on "
                + "waiting");
    }

    @Test
    void anUnknownFaultKindIsAUsageErrorListingTheKinds() {
        Run run = cloud.run("emulator", "fault", "--kind", "nope");
        Run missingDelay = cloud.run("emulator", "fault", "--kind", "delay");

        CliTerms.assertError(run, 2);
        assertThat(run.err()).contains("'nope' is not a fault kind; the kinds are throttle, server_error, delay")
                .doesNotContain("rewritten_body");
        CliTerms.assertError(missingDelay, 2);
        assertThat(missingDelay.err()).contains("--kind delay needs --delay");
        assertThat(cloud.emulator.faults().pending()).isZero();
    }

    @Test
    void theClockMovesByAHumanDurationAndAnInvalidOneIsAUsageError() {
        Instant before = cloud.emulator.clock().instant();

        Run moved = cloud.run("emulator", "clock", "--duration", "2h", "-o", "json");
        Run invalid = cloud.run("emulator", "clock", "--duration", "2x");
        Run backwards = cloud.run("emulator", "clock", "--duration", "0s");

        assertThat(moved.exitCode()).as(moved.toString()).isZero();
        assertThat(Duration.between(before, cloud.emulator.clock().instant())).isEqualTo(Duration.ofHours(2));
        CliTerms.assertError(invalid, 2);
        assertThat(invalid.err()).contains("'--duration'", "'2x' is not a duration");
        CliTerms.assertError(backwards, 2);
        assertThat(backwards.err()).contains("--duration must be positive");
    }

    @Test
    void aBusyPortIsAUsageErrorNamingThePort() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Run run = Run.of(Map.of("DCLINK_PLAIN", "1"), "emulator", "start", "tencent", "--port",
                    String.valueOf(taken.getLocalPort()));

            CliTerms.assertError(run, 2);
            assertThat(run.err()).startsWith("dclink: port " + taken.getLocalPort() + " on 127.0.0.1 is in use; "
                    + "choose another with --port, or leave --port out for a free one");
        }
    }

    @Test
    void anUnreachableEmulatorOrProviderIsARemoteFailureNamingWhere() throws IOException {
        String nobody = "http://127.0.0.1:" + aClosedPort();
        Map<String, String> env = new HashMap<>(cloud.env);
        env.put("DCLINK_ENDPOINT", nobody);

        Run emulator = Run.of(env, "emulator", "health");
        Run provider = Run.of(env, "connections", "list");

        CliTerms.assertError(emulator, 1);
        assertThat(emulator.err()).isEqualTo("dclink: cannot reach the emulator at " + nobody
                + " (connection refused); is 'dclink emulator start' running there?\n");
        CliTerms.assertError(provider, 1);
        assertThat(provider.err()).contains(nobody);
    }

    @Test
    void plainHttpBeyondThisMachineIsRefusedInTheCommandLinesTerms() {
        Map<String, String> env = new HashMap<>(cloud.env);
        env.put("DCLINK_ENDPOINT", "http://dc.example.com");

        Run run = Run.of(env, "connections", "list");

        CliTerms.assertError(run, 2);
        assertThat(run.err()).isEqualTo("dclink: --endpoint http://dc.example.com: plain http is accepted only on this "
                + "machine (localhost, 127.0.0.1 or [::1]); use https://dc.example.com\n");
    }

    @Test
    void missingCredentialsAreAUsageErrorNamingTheVariablesWithoutJavaAdvice() {
        Map<String, String> env = new HashMap<>(cloud.env);
        env.remove("TENCENTCLOUD_SECRET_ID");
        env.remove("TENCENTCLOUD_SECRET_KEY");

        Run run = Run.of(env, "connections", "list");

        CliTerms.assertError(run, 2);
        assertThat(run.err()).startsWith("dclink: cannot set up a client for tencent, so nothing was sent: credentials: "
                + "none were given and none were found in the system properties dclink.tencent.*, the environment "
                + "variables TENCENTCLOUD_SECRET_ID, TENCENTCLOUD_SECRET_KEY and the profile files in ")
                .endsWith(".tccli; tencent needs a SecretId/SecretKey pair\n");
        assertThat(cloud.emulator.requests().size()).as("nothing was sent").isZero();
    }

    @Test
    void withoutRegionTheProvidersOwnRegionVariableIsReadAndWithoutEitherTheErrorSaysWhereItLooked() {
        Map<String, String> env = new HashMap<>(cloud.env);
        env.remove("DCLINK_REGION");
        Map<String, String> withVariable = new HashMap<>(env);
        withVariable.put("TENCENTCLOUD_REGION", "ap-guangzhou");

        Run found = Run.of(withVariable, "connections", "list");
        Run missing = Run.of(env, "connections", "list");

        assertThat(found.exitCode()).as(found.toString()).isZero();
        CliTerms.assertError(missing, 2);
        assertThat(missing.err()).contains("region: is required and none was found in the system properties "
                + "dclink.tencent.region, the environment variables TENCENTCLOUD_REGION and the profile files in ")
                .endsWith("; give --region (or set DCLINK_REGION)\n");
    }

    @Test
    void aCommandTheProviderDoesNotOfferIsAUsageErrorNamingTheCommand() {
        Run run = cloud.run("connections", "confirm", "dc-1");
        Run quote = cloud.run("vifs", "quote", "--connection", "dc-1", "--name", "q", "--vlan", "10", "--bgp-asn", "65001");

        CliTerms.assertError(run, 2);
        assertThat(run.err()).isEqualTo("dclink: tencent does not offer 'dclink connections confirm' (capability "
                + "CONNECTION_CONFIRM); 'dclink providers' lists what each provider offers\n");
        CliTerms.assertError(quote, 2);
        assertThat(quote.err()).startsWith("dclink: tencent does not offer 'dclink vifs quote' (capability "
                + "VIRTUAL_INTERFACE_QUOTE)");
    }

    private static int aClosedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
