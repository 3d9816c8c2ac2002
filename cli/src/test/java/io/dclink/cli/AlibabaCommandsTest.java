package io.dclink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dclink.testkit.alibaba.AlibabaEmulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The LOA and the lifecycle actions, against the Alibaba emulator. */
class AlibabaCommandsTest {

    private final EmulatedCloud cloud = new EmulatedCloud(AlibabaEmulator::new, "ALIBABA_CLOUD_ACCESS_KEY_ID",
            "ALIBABA_CLOUD_ACCESS_KEY_SECRET");
    private final AlibabaEmulator emulator = (AlibabaEmulator) cloud.emulator;

    @AfterEach
    void stop() {
        cloud.close();
    }

    private String line(String name, String accessPoint) {
        Run created = cloud.run("connections", "create", "--name", name, "--access-point", accessPoint, "--carrier", "CT",
                "--port-type", "10GBase-LR", "--bandwidth", "1000", "-o", "json");
        assertThat(created.exitCode()).as(created.toString()).isZero();
        return created.json().path("id").asText();
    }

    @Test
    void theLoaIsAppliedForDownloadedAndCompletedAndTheLineConfirmedAndPaid(@TempDir Path dir) throws Exception {
        String id = line("cli-loa", emulator.selfServiceAccessPoint());
        emulator.operator().approve(id);
        emulator.clock().advance(Duration.ofHours(1));

        JsonNode applied = cloud.run("loa", "apply", id, "--company", "Example Networks Ltd", "--construction-company",
                "Hangzhou Installers", "--type", "fibre", "--time", "2030-01-15T02:00:00Z", "--engineer",
                "Li Lei,13800000000,ID_CARD,110101199001011234,MALE", "-o", "json").json();
        emulator.operator().issueLoa(id);
        Path saved = dir.resolve("loa.pdf");
        Run got = cloud.run("loa", "get", id, "--save", saved.toString());
        emulator.operator().completeConstruction(id);
        JsonNode completed = cloud.run("loa", "complete", id, "--line-code", "CT-1", "--cable-label", "B-12", "-o", "json")
                .json();
        JsonNode confirmed = cloud.run("connections", "confirm", id, "-o", "json").json();
        JsonNode enabled = cloud.run("connections", "enable", id, "--months", "12", "-o", "json").json();

        assertThat(applied.path("state").asText()).isEqualTo("IN_REVIEW");
        assertThat(applied.path("connectionId").asText()).isEqualTo(id);
        assertThat(applied.path("id").asText()).as("the contract's common fields").isEqualTo(id);
        assertThat(applied.path("provider").asText()).isEqualTo("alibaba");
        assertThat(applied.has("name")).isTrue();
        assertThat(applied.path("requiredAction").asText()).isEqualTo("WAIT_FOR_PROVIDER");
        assertThat(applied.path("providerState").path("value").asText()).isEqualTo("Applying");
        assertThat(applied.path("engineers").get(0).path("idNumber").asText()).isEqualTo("********");
        assertThat(got.exitCode()).as(got.toString()).isZero();
        assertThat(got.out()).contains("ISSUED", "documentUrl");
        assertThat(Files.readString(saved)).startsWith("%PDF-1.4").contains(id, "Example Networks Ltd");
        assertThat(completed.path("state").asText()).isEqualTo("COMPLETED");
        assertThat(completed.path("lineCode").asText()).isEqualTo("CT-1");
        assertThat(confirmed.path("requiredAction").asText()).isEqualTo("PAY");
        assertThat(enabled.path("state").asText()).isEqualTo("ACTIVE");
    }

    @Test
    void anLoaWithoutADocumentCannotBeSaved(@TempDir Path dir) {
        String id = line("cli-nodoc", emulator.selfServiceAccessPoint());

        Run run = cloud.run("loa", "get", id, "--save", dir.resolve("x.pdf").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("has no document yet", "NOT_REQUESTED");
    }

    @Test
    void aLineIsCancelledAndAnotherTerminatedAndDeleted() {
        String cancelled = line("cli-cancel", emulator.partnerAccessPoint());
        emulator.operator().approve(cancelled);
        String active = line("cli-end", emulator.selfServiceAccessPoint());
        emulator.operator().approve(active);
        emulator.clock().advance(Duration.ofHours(1));
        cloud.env.put("ENGINEER_PASSPORT", "E1234");
        for (String[] step : new String[][] {
                {"loa", "apply", active, "--company", "Co", "--construction-company", "Inst", "--type", "FIBRE", "--time",
                        "2030-01-15T02:00:00Z", "--engineer", "Li Lei,138,PASSPORT,env:ENGINEER_PASSPORT,FEMALE"},
                {"emulator-issues-the-loa"},
                {"loa", "complete", active, "--line-code", "L", "--cable-label", "C"},
                {"connections", "confirm", active}, {"connections", "pay", active}}) {
            if (step.length == 1) {
                emulator.operator().issueLoa(active);
                continue;
            }
            Run run = cloud.run(step);
            assertThat(run.exitCode()).as(run.toString()).isZero();
        }

        JsonNode cancelledLine = cloud.run("connections", "cancel", cancelled, "-o", "json").json();
        Run refusedDelete = cloud.run("connections", "delete", active);
        JsonNode terminating = cloud.run("connections", "terminate", active, "-o", "json").json();
        JsonNode terminated = cloud.run("connections", "get", active, "-o", "json").json();
        Run deleted = cloud.run("connections", "delete", active);

        assertThat(cancelledLine.path("state").asText()).isEqualTo("CANCELLED");
        assertThat(refusedDelete.exitCode()).isEqualTo(1);
        assertThat(refusedDelete.err()).contains("is ACTIVE", "Nothing was sent");
        assertThat(terminating.path("state").asText()).isEqualTo("SUSPENDED");
        assertThat(terminated.path("providerState").path("value").asText()).as("terminated once seen terminating")
                .isEqualTo("Terminated");
        assertThat(emulator.requests().of("ApplyPhysicalConnectionLOA")).singleElement().satisfies(call -> assertThat(
                call.request().query("PMInfo.1.PMCertificateNo")).isEqualTo("E1234"));
        assertThat(deleted.exitCode()).as(deleted.toString()).isZero();
        assertThat(cloud.run("connections", "list", "-o", "json").json()).extracting(line -> line.path("id").asText())
                .containsExactly(cancelled);
    }

    @Test
    void aProviderRefusalExitsOneWithTheProvidersCodeAndRequestId() {
        String id = line("cli-refused", emulator.selfServiceAccessPoint());
        emulator.operator().approve(id);

        Run run = cloud.run("connections", "cancel", id);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("code=Forbidden.NotAllowedInState", "requestId=", "http=400");
    }
}
