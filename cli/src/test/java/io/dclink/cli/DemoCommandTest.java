package io.dclink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code dclink demo}: the README's first command. */
class DemoCommandTest {

    private static final Map<String, String> ENV = Map.of("DCLINK_PLAIN", "1");

    @Test
    void everyEmulatedProviderWalksItsWholeLifecycleAndTearsDown() {
        Run run = Run.of(ENV, "demo");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out())
                .contains("== Tencent Cloud Direct Connect (tencent)", "== Alibaba Cloud Express Connect (alibaba)")
                .contains("PENDING_APPROVAL", "pay the outstanding order", "paid in the console (operator)")
                .contains("apply for the letter of authorisation", "submitted the construction report",
                        "confirmed the line", "paid through the API")
                .contains("-- LOA COMPLETED")
                .contains("session UP", "10.201.0.0/16 ACTIVE")
                .contains("terminating it first")
                .contains("== JD Cloud Direct Connection (jdcloud)", "in bgw-", "next: have your carrier build (or remove)")
                .contains("== Console Connect (consoleconnect)", "-- quote: ", "Layer 2 interface", "stays: consoleconnect")
                .contains("== Hosted order: Console Connect (consoleconnect) -> Tencent Cloud (tencent)")
                .containsPattern("PROVIDER\\s+RESULT");
        assertThat(run.out().lines().filter(line -> line.matches(
                "(tencent|alibaba|jdcloud|consoleconnect|consoleconnect\\+tencent)\\s+OK\\s+.*"))).hasSize(5);
        assertThat(run.out().indexOf("== Hosted order")).as("after the four providers")
                .isGreaterThan(run.out().indexOf("== Console Connect (consoleconnect)"));
    }

    @Test
    void theHostedOrderAloneShowsEveryStepFromNothingToActiveAndBack() {
        Run run = Run.of(ENV, "demo", "--hosted");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).doesNotContain("== Tencent Cloud Direct Connect", "== Console Connect (consoleconnect)");
        assertThat(run.out().lines().filter(line -> line.matches("   [A-Z_]+ .*")).map(String::strip)
                .map(line -> line.replaceAll(":.*", "").split("\\s+")).map(cells -> String.join(" ", cells)))
                .containsExactly(
                        "PARTNER_PROVISIONING WAIT_FOR_PROVIDER PARTNER",
                        "PARTNER_PROVISIONING WAIT_FOR_PROVIDER PARTNER",
                        "PARTNER_PROVISIONING WAIT_FOR_PROVIDER PARTNER",
                        "PARTNER_PROVISIONING WAIT_FOR_PROVIDER PARTNER",
                        "AWAITING_HAND_OFF PROVIDE_HAND_OFF CUSTOMER",
                        "AWAITING_HAND_OFF PROVIDE_HAND_OFF CUSTOMER",
                        "AWAITING_ACCEPTANCE WAIT_FOR_PARTNER PARTNER",
                        "ACTIVATING WAIT_FOR_PROVIDER CLOUD",
                        "ACTIVATING CONFIGURE_ROUTER CUSTOMER",
                        "ACTIVE NONE NOBODY",
                        "TEARING_DOWN WAIT_FOR_PROVIDER CLOUD",
                        "TEARING_DOWN WAIT_FOR_PROVIDER PARTNER",
                        "DELETED NONE NOBODY");
        assertThat(run.out()).contains("MANUAL", "e-mailed", "stored the checkpoint", "resumed the order",
                "COMFIRMING", "accepted tunnel dcx-");
        assertThat(run.out().lines().filter(line -> line.matches("consoleconnect\\+tencent\\s+OK\\s+dc-.*")))
                .hasSize(1);
    }

    @Test
    void theHostedOrderAndOneProviderAreTwoParts() {
        Run run = Run.of(ENV, "demo", "--hosted", "--provider", "tencent");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("give --provider or --hosted, not both");
    }

    @Test
    void oneProviderAndJsonOutputGiveOneSummaryDocument() {
        Run run = Run.of(ENV, "demo", "--provider", "tencent", "--output", "json");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        JsonNode summaries = run.json();
        assertThat(summaries).hasSize(1);
        assertThat(summaries.get(0).path("provider").asText()).isEqualTo("tencent");
        assertThat(summaries.get(0).path("result").asText()).isEqualTo("OK");
        assertThat(summaries.get(0).path("lineSteps").asInt()).isEqualTo(5);
        assertThat(summaries.get(0).path("virtualInterfaces").asInt()).isEqualTo(2);
        assertThat(run.err()).as("progress goes to stderr in json mode").contains("PENDING_APPROVAL", "line dc-");
    }

    @Test
    void aProviderWithoutEmulatorIsAUsageError() {
        Run run = Run.of(ENV, "demo", "-p", "nope");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no emulator for provider 'nope'");
    }
}
