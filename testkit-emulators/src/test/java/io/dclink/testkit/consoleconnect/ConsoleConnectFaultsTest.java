package io.dclink.testkit.consoleconnect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dclink.testkit.StandaloneEmulator;
import io.dclink.testkit.emulator.EmulatedOperation;
import io.dclink.testkit.emulator.Emulator;
import io.dclink.testkit.emulator.EmulatorOptions;
import io.dclink.testkit.emulator.Emulators;
import io.dclink.testkit.emulator.Faults;
import io.dclink.testkit.emulator.RecordedRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The framework's faults in the LoopBack envelope, the request log, and the emulator installed for standalone use. */
class ConsoleConnectFaultsTest extends ConsoleConnectFixture {

    @Test
    void aThrottledCallIs429InTheEnvelopeAndNothingIsDone() {
        emulator.faults().throttle(emulator.operationName(EmulatedOperation.CREATE_VIRTUAL_INTERFACE), "3", 1);

        ConsoleConnectHttp.Reply reply = cc.put(CREATE, b2bOrder("throttled", port("HKG-MEGA-I"), 100));

        refused(reply, 429, "Too Many Requests");
        assertThat(reply.headers().get("retry-after")).containsExactly("3");
        assertThat(ok(cc.get(COMPANY + "connections")).path("results")).isEmpty();
        create(b2bOrder("next time", port("HKG-MEGA-I"), 100));
    }

    @Test
    void aServerErrorIs5xxInTheEnvelope() {
        emulator.faults().serverError("listPorts", 503, 1).serverError(Faults.ANY, 500, 1);

        refused(cc.get(COMPANY + "ports"), 503, "Service Unavailable");
        refused(cc.get("/api/auth/token"), 500, "Internal Server Error");
        ok(cc.get("/api/auth/token"));
    }

    @Test
    void aProviderErrorCarriesTheScriptedTextAsItsMessage() {
        emulator.faults().providerError("getConnection", "Unknown \"Connection\" id \"x\".", 404, 1);
        String id = create(b2bOrder("gone?", port("HKG-MEGA-I"), 100));

        ConsoleConnectHttp.Reply reply = cc.get(COMPANY + "connections/" + id);

        refused(reply, 404, "Unknown \"Connection\" id \"x\".");
        ok(cc.get(COMPANY + "connections/" + id));
    }

    @Test
    void theRequestLogNamesTheOperations() {
        create(b2bOrder("logged", port("HKG-MEGA-I"), 100));
        cc.withKey("nope").get("/api/auth/token");

        assertThat(emulator.requests().all()).extracting(RecordedRequest::operation)
                .containsExactly("listPorts", "createLayer2Connection", "getAuthToken");
        assertThat(emulator.requests().all()).extracting(RecordedRequest::status).containsExactly(200, 200, 401);
    }

    @Test
    void neutralOperationsMapToConsoleConnectsNames() {
        assertThat(emulator.operationName(EmulatedOperation.LIST_ACCESS_POINTS)).isEqualTo("listMetroCapabilities");
        assertThat(emulator.operationName(EmulatedOperation.DESCRIBE_CONNECTIONS)).isEqualTo("listPorts");
        assertThat(emulator.operationName(EmulatedOperation.DESCRIBE_VIRTUAL_INTERFACES)).isEqualTo("listConnections");
    }

    @Test
    void theEmulatorIsInstalledAsConsoleconnectWithoutRegions() {
        try (Emulator installed = Emulators.forProvider("consoleconnect").create(EmulatorOptions.defaults())) {
            assertThat(installed).isInstanceOf(ConsoleConnectEmulator.class);
            assertThat(installed.regional()).isFalse();
            assertThatThrownBy(installed::region).isInstanceOf(IllegalStateException.class).hasMessageContaining("no regions");
            assertThat(installed.operator()).isInstanceOf(ConsoleConnectOperator.class);
        }
        assertThat(Emulators.forProvider("consoleconnect").credentialVariables()).containsOnly("CONSOLECONNECT_API_KEY");
    }

    @Test
    void standaloneItAcceptsTheKeyInConsoleConnectsVariable() {
        try (Emulator standalone = StandaloneEmulator.start("consoleconnect", 0,
                Map.of("CONSOLECONNECT_API_KEY", "key-from-the-environment"))) {
            ConsoleConnectHttp client = new ConsoleConnectHttp(standalone.baseUri()).withKey("key-from-the-environment");

            assertThat(ok(client.get("/api/auth/token")).path("companies").get(0).path("username").asText())
                    .isEqualTo("dclink-100000000002");
            assertThat(ok(new ConsoleConnectHttp(standalone.baseUri()).get("/api/auth/token")).path("companies").get(0)
                    .path("username").asText()).isEqualTo(ConsoleConnectEmulator.TEST_COMPANY);
            refused(client.withKey("other").get("/api/auth/token"), 401, "");
        }
    }
}
