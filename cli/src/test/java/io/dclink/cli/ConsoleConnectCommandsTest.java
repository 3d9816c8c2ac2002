package io.dclink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dclink.testkit.consoleconnect.ConsoleConnectEmulator;
import io.dclink.testkit.emulator.EmulatorOptions;
import io.dclink.testkit.emulator.KeyRing;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The command line against the Console Connect emulator, with nothing but the API key in the
 * environment: no region, no company (discovered from the key). Layer 2 connections are quoted and
 * ordered with their provider options, without a VLAN and with routing none.
 */
class ConsoleConnectCommandsTest {

    /** The emulator's test company's active 10G port in Hong Kong (its sample order's ready line). */
    private static final String HONG_KONG_PORT = "8496f49f2ae06cdda6de00b8";
    /** The Hong Kong metro, where tencent-cloud and acme-exchange take Layer 2 connections. */
    private static final String HONG_KONG = "5c0a00000000000000000001";

    private final ConsoleConnectEmulator emulator = startEmulator();
    private final Map<String, String> onlyTheKey = Map.of("DCLINK_PLAIN", "1", "CONSOLECONNECT_API_KEY", KeyRing.TEST_KEY_ID);

    private static ConsoleConnectEmulator startEmulator() {
        EmulatorOptions defaults = EmulatorOptions.defaults();
        ConsoleConnectEmulator emulator = new ConsoleConnectEmulator(new EmulatorOptions(0, defaults.keys(),
                defaults.clockStart(), null, Clock.systemUTC()));
        emulator.start();
        return emulator;
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private Run run(String... args) {
        List<String> all = new ArrayList<>(List.of("--provider", "consoleconnect", "--endpoint",
                emulator.baseUri().toString()));
        all.addAll(List.of(args));
        return Run.of(onlyTheKey, all.toArray(String[]::new));
    }

    @Test
    void connectionsListWorksWithOnlyTheApiKeySet() {
        Run table = run("connections", "list");
        Run json = run("connections", "list", "-o", "json");

        assertThat(table.exitCode()).as(table.toString()).isZero();
        assertThat(table.out()).contains(HONG_KONG_PORT, "HKG-MEGA-I-10G-01", "ACTIVE");
        assertThat(table.err()).isEmpty();
        assertThat(json.json()).anySatisfy(port -> {
            assertThat(port.path("id").asText()).isEqualTo(HONG_KONG_PORT);
            assertThat(port.path("provider").asText()).isEqualTo("consoleconnect");
        });
        assertThat(emulator.requests().of("getAuthToken")).as("the company was discovered from the key").isNotEmpty();
    }

    @Test
    void aQuoteOfAPricedLayer2ConnectionPrintsItsItemsAndTotalAndOrdersNothing() {
        String[] order = {"vifs", "quote", "--connection", HONG_KONG_PORT, "--name", "cli-quote", "--owner-account",
                ConsoleConnectEmulator.TENCENT_CLOUD, "--bandwidth", "100", "--option", "destMetroId=" + HONG_KONG,
                "--option", "duration=12", "--option", "durationUnit=m", "--option", "classOfService=SILVER"};
        Run table = run(order);
        Run json = run(append(order, "-o", "json"));

        assertThat(table.exitCode()).as(table.toString()).isZero();
        assertThat(table.out()).contains("TYPE", "AMOUNT", "UPFRONT", "CONNECTION").containsPattern(
                "total [0-9.]+ USD; nothing was ordered");
        assertThat(json.exitCode()).as(json.toString()).isZero();
        JsonNode quote = json.json();
        assertThat(quote.path("provider").asText()).isEqualTo("consoleconnect");
        assertThat(quote.path("priced").asBoolean()).isTrue();
        assertThat(quote.path("currency").asText()).isEqualTo("USD");
        assertThat(quote.path("items").get(0).path("type").asText()).isEqualTo("CONNECTION");
        assertThat(quote.path("total").decimalValue()).isEqualByComparingTo(quote.path("items").get(0).path("amount")
                .decimalValue());
        assertThat(table.out()).contains("total " + quote.path("total").decimalValue().stripTrailingZeros().toPlainString() + " USD");
        assertThat(emulator.requests().of("createLayer2Connection")).isEmpty();
    }

    @Test
    void aCombinationWithoutAPriceIsSaidPlainlyAndIsNoError() {
        String[] order = {"vifs", "quote", "--connection", HONG_KONG_PORT, "--name", "cli-unpriced", "--owner-account",
                ConsoleConnectEmulator.B2B_COMPANY, "--bandwidth", "300", "--option", "destMetroId=" + HONG_KONG};
        Run table = run(order);
        Run json = run(append(order, "-o", "json"));

        assertThat(table.exitCode()).as(table.toString()).isZero();
        assertThat(table.out()).isEqualTo("consoleconnect has no price for this combination; nothing was ordered\n");
        assertThat(json.json().path("priced").asBoolean()).isFalse();
        assertThat(json.json().path("items")).isEmpty();
        assertThat(json.json().path("total").isNull()).isTrue();
    }

    @Test
    void aLayer2ConnectionIsOrderedWithoutAVlanRoutingNothingWithItsProviderOptions() {
        Run created = run("vifs", "create", "--connection", HONG_KONG_PORT, "--name", "cli-l2", "--owner-account",
                ConsoleConnectEmulator.B2B_COMPANY, "--bandwidth", "100", "--option", "destMetroId=" + HONG_KONG,
                "--option", "classOfService=GOLD", "--idempotency-key", "cli-l2-1", "-o", "json");

        assertThat(created.exitCode()).as(created.toString()).isZero();
        assertThat(created.json().path("routing").asText()).isEqualTo("NONE");
        assertThat(created.json().path("ownerAccount").asText()).isEqualTo(ConsoleConnectEmulator.B2B_COMPANY);
        String sent = emulator.requests().of("createLayer2Connection").get(0).request().bodyText();
        assertThat(sent).contains("\"destMetroId\":\"" + HONG_KONG + "\"", "\"classOfService\":\"GOLD\"")
                .doesNotContain("srcVlanRequest");
        assertThat(run("vifs", "list").out()).contains(created.json().path("id").asText(), "cli-l2");
    }

    @Test
    void routingThatContradictsItsOptionsOrAnUnknownProviderOptionIsAUsageErrorBeforeAnythingIsSent() {
        Run contradicting = run("vifs", "create", "--connection", HONG_KONG_PORT, "--name", "x", "--routing", "none",
                "--bgp-asn", "65001");
        Run unknownOption = run("vifs", "quote", "--connection", HONG_KONG_PORT, "--name", "x", "--owner-account",
                ConsoleConnectEmulator.B2B_COMPANY, "--bandwidth", "100", "--option", "colour=blue");

        CliTerms.assertError(contradicting, 2);
        assertThat(contradicting.err()).isEqualTo("dclink: --routing none contradicts --bgp-asn\n");
        CliTerms.assertError(unknownOption, 2);
        assertThat(unknownOption.err()).contains("providerOptions.colour");
        assertThat(emulator.requests().of("createLayer2Connection")).isEmpty();
        assertThat(emulator.requests().of("calculatePrice")).isEmpty();
    }

    private static String[] append(String[] args, String... more) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }
}
