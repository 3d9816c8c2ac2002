package io.dclink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.dclink.testkit.tencent.TencentEmulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A wait shows every change it observes: of the neutral state, and of the provider's raw state alone. */
class WaitProgressTest {

    private final EmulatedCloud cloud = new EmulatedCloud(TencentEmulator::new, "TENCENTCLOUD_SECRET_ID",
            "TENCENTCLOUD_SECRET_KEY");

    @AfterEach
    void stop() {
        cloud.close();
    }

    @Test
    void aRawChangeWithinOneNeutralStateIsShownFromAndTo() throws Exception {
        String id = cloud.run("connections", "create", "--name", "cli-raw", "--access-point", "ap-guangzhou-a-th",
                "--carrier", "ChinaTelecom", "--port-type", "10GBase-LR", "--bandwidth", "1000", "-o", "json")
                .json().path("id").asText();
        cloud.emulator.operator().approve(id);
        cloud.emulator.operator().markPaid(id);

        BackgroundRun waiting = BackgroundRun.start(cloud.env, "connections", "wait", id, "--until", "ACTIVE",
                "--interval", "50ms", "--timeout", "1m", "-o", "json");
        waiting.awaitErr("(first seen) -> PROVISIONING  [PAID]");
        cloud.emulator.clock().advanceWorkingDays(1);
        waiting.awaitErr("PROVISIONING  [PAID -> BUILDING]");
        cloud.emulator.operator().completeConstruction(id);
        Run run = waiting.finish();

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.json().path("state").asText()).isEqualTo("ACTIVE");
        assertThat(run.err().lines()).filteredOn(line -> line.contains("connection " + id)).extracting(
                line -> line.replaceFirst("^\\s*\\d\\d:\\d\\d:\\d\\d\\s+", "").replaceAll("\\s+next: .*", ""))
                .containsExactly("connection " + id + "  (first seen) -> PROVISIONING  [PAID]",
                        "connection " + id + "  PROVISIONING  [PAID -> BUILDING]",
                        "connection " + id + "  PROVISIONING -> ACTIVE  [AVAILABLE]");
    }
}
