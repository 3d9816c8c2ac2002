package io.dclink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.dclink.testkit.tencent.TencentEmulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The emulator's answers honour {@code --output} like every other command's: a table for people, JSON for programs. */
class EmulatorOutputTest {

    private final EmulatedCloud cloud = new EmulatedCloud(TencentEmulator::new, "TENCENTCLOUD_SECRET_ID",
            "TENCENTCLOUD_SECRET_KEY");

    @AfterEach
    void stop() {
        cloud.close();
    }

    @Test
    void theRequestLogIsATableByDefaultAndAJsonArrayOnRequest() {
        cloud.run("access-points", "list");
        cloud.emulator.faults().throttle("DescribeDirectConnects", 1);
        cloud.run("connections", "list");

        Run table = cloud.run("emulator", "requests");
        Run json = cloud.run("emulator", "requests", "-o", "json");

        assertThat(table.exitCode()).as(table.toString()).isZero();
        assertThat(table.out().lines().toList()).first().asString()
                .matches("OPERATION\\s+METHOD\\s+PATH\\s+STATUS\\s+FAULT");
        assertThat(table.out()).doesNotContain("{", "\"").containsPattern("DescribeDirectConnects\\s+POST\\s+/\\s+\\d+\\s+THROTTLE")
                .contains("DescribeAccessPoints");
        assertThat(json.json().isArray()).isTrue();
        assertThat(json.json()).extracting(request -> request.path("operation").asText())
                .contains("DescribeAccessPoints", "DescribeDirectConnects");
    }

    @Test
    void theHealthAndTheClockAreFieldsByDefaultAndJsonObjectsOnRequest() {
        Run table = cloud.run("emulator", "health");
        Run json = cloud.run("emulator", "health", "-o", "json");

        assertThat(table.out()).containsPattern("(?m)^provider\\s+tencent$").doesNotContain("{");
        assertThat(json.json().path("provider").asText()).isEqualTo("tencent");
    }
}
