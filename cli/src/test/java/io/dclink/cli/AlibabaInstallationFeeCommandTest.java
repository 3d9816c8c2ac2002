package io.dclink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.dclink.testkit.alibaba.AlibabaEmulator;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Alibaba's installation-fee order, the self-service guide's first step, from the command line and in the demo. */
class AlibabaInstallationFeeCommandTest {

    @Test
    void anAlibabaLineStartsWithTheInstallationFeeOrderWhenAsked() {
        try (EmulatedCloud cloud = new EmulatedCloud(AlibabaEmulator::new, "ALIBABA_CLOUD_ACCESS_KEY_ID",
                "ALIBABA_CLOUD_ACCESS_KEY_SECRET")) {
            String accessPoint = ((AlibabaEmulator) cloud.emulator).selfServiceAccessPoint();

            Run created = cloud.run("connections", "create", "--name", "cli-fee", "--access-point", accessPoint,
                    "--carrier", "CT", "--port-type", "10GBase-LR", "--bandwidth", "1000", "--address",
                    "Room 301, 3rd floor", "--option", "InstallationFee=AutoPay", "-o", "json");

            assertThat(created.exitCode()).as(created.toString()).isZero();
            assertThat(created.json().path("name").asText()).isEqualTo("cli-fee");
            assertThat(created.json().path("providerState").path("value").asText()).isEqualTo("Initial");
            assertThat(cloud.emulator.requests().count("CreatePhysicalConnectionSetupOrder")).isEqualTo(1);
            assertThat(cloud.emulator.requests().count("CreatePhysicalConnection")).isZero();
        }
    }

    @Test
    void theDemoOrdersAlibabasLineWithTheInstallationFeeFirst() {
        Run run = Run.of(Map.of("DCLINK_PLAIN", "1"), "demo", "--provider", "alibaba");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("with {InstallationFee=AutoPay}", "PENDING_APPROVAL",
                "apply for the letter of authorisation", "paid through the API");
        assertThat(run.out().lines().filter(line -> line.matches("alibaba\\s+OK\\s+.*"))).hasSize(1);
    }
}
