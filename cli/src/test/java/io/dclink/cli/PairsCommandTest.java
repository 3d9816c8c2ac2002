package io.dclink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dclink.lifecycle.ResourceType;
import io.dclink.testkit.tencent.TencentEmulator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dclink pairs} against the Tencent emulator: a pair followed from its checkpoint file, and a refusal. */
class PairsCommandTest {

    @TempDir
    Path dir;

    private static String[] create(Path checkpoint, String... more) {
        String[] base = {"pairs", "create", "--name", "cli-pair", "--resilience", "TWO_ACCESS_POINTS", "--carrier",
            "ChinaTelecom", "--port-type", "10GBase-LR", "--bandwidth", "1000", "--address", "Room 301, 3rd floor",
            "--checkpoint", checkpoint.toString(), "-o", "json"};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @Test
    void aPairIsOrderedFollowedFromItsCheckpointFileAndAKeyedRepeatOrdersNoThirdLine() throws IOException {
        try (EmulatedCloud cloud = new EmulatedCloud(TencentEmulator::new, "TENCENTCLOUD_SECRET_ID",
                "TENCENTCLOUD_SECRET_KEY")) {
            Path checkpoint = dir.resolve("pair.txt");

            Run created = cloud.run(create(checkpoint, "--idempotency-key", "cli-pair-42"));
            Run repeated = cloud.run(create(checkpoint, "--idempotency-key", "cli-pair-42"));

            assertThat(created.exitCode()).as(created.toString()).isZero();
            assertThat(repeated.exitCode()).as(repeated.toString()).isZero();
            JsonNode pair = created.json();
            assertThat(pair.path("state").asText()).isEqualTo("PROVISIONING");
            assertThat(pair.path("requiredAction").asText()).isEqualTo("WAIT_FOR_PROVIDER");
            assertThat(pair.path("party").asText()).isEqualTo("PROVIDER");
            assertThat(pair.path("accessPoints").toString()).isEqualTo("[\"ap-guangzhou-a-th\",\"ap-guangzhou-b-kf\"]");
            assertThat(pair.path("lines").findValuesAsText("name")).containsExactly("cli-pair-1", "cli-pair-2");
            assertThat(repeated.json().path("lines").findValuesAsText("id"))
                    .isEqualTo(pair.path("lines").findValuesAsText("id"));
            assertThat(cloud.emulator.operator().count(ResourceType.CONNECTION)).isEqualTo(2);
            assertThat(Files.readString(checkpoint)).startsWith("dclink-pair-checkpoint/1\n").contains("key=cli-pair-42");

            String first = pair.path("lines").get(0).path("id").asText();
            cloud.emulator.operator().approve(first);
            JsonNode read = cloud.run("pairs", "get", checkpoint.toString(), "-o", "json").json();
            assertThat(read.path("requiredAction").asText() + " " + read.path("actionOn").asText())
                    .isEqualTo("PAY " + first);

            for (JsonNode line : pair.path("lines")) {
                String id = line.path("id").asText();
                if (!id.equals(first)) {
                    cloud.emulator.operator().approve(id);
                }
                cloud.emulator.operator().markPaid(id);
                cloud.emulator.operator().completeConstruction(id);
            }
            Run waited = cloud.run("pairs", "wait", checkpoint.toString(), "--timeout", "PT30S", "--interval", "PT0.05S",
                    "-o", "json");

            assertThat(waited.exitCode()).as(waited.toString()).isZero();
            assertThat(waited.json().path("state").asText()).isEqualTo("ACTIVE");
            assertThat(waited.json().path("requiredAction").asText()).isEqualTo("NONE");
            assertThat(waited.json().path("guarantees").path("differentAccessPoints").asText()).isEqualTo("HOLDS");
            assertThat(cloud.emulator.requests().count("CreateDirectConnect")).isEqualTo(2);
        }
    }

    @Test
    void aPairThatDoesNotFitIsRefusedWithTheReasonAndNothingIsOrdered() {
        try (EmulatedCloud cloud = new EmulatedCloud(TencentEmulator::new, "TENCENTCLOUD_SECRET_ID",
                "TENCENTCLOUD_SECRET_KEY")) {
            Path checkpoint = dir.resolve("none.txt");

            Run refused = cloud.run(create(checkpoint, "--city", "Chengdu"));

            assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(ExitCodes.USAGE);
            assertThat(refused.err()).contains("nothing was sent", "city: no access point of this region is in Chengdu");
            assertThat(cloud.emulator.requests().count("CreateDirectConnect")).isZero();
            assertThat(checkpoint).doesNotExist();
        }
    }
}
