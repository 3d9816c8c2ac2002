package io.dclink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.dclink.testkit.emulator.KeyRing;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code dclink emulator start} prints the exact lines to paste: exports of the provider, region
 * (where the provider has regions), endpoint and the provider's credential variables holding the
 * test key, then the command to run; pasted, they work.
 */
class EmulatorBannerTest {

    @Test
    void theTencentBannerExportsRegionAndKeyPairAndItsCommandRuns() throws Exception {
        ForegroundEmulator foreground = ForegroundEmulator.start(Map.of("DCLINK_PLAIN", "1"), "emulator", "start",
                "tencent");
        try (foreground) {
            String baseUrl = foreground.awaitBaseUrl();
            List<String> pasted = useIt(foreground.out());

            assertThat(pasted).containsExactly(
                    "export DCLINK_PROVIDER=tencent DCLINK_REGION=ap-guangzhou DCLINK_ENDPOINT=" + baseUrl,
                    "export TENCENTCLOUD_SECRET_ID=" + KeyRing.TEST_KEY_ID + " TENCENTCLOUD_SECRET_KEY="
                            + KeyRing.TEST_SECRET,
                    "dclink connections list");
            Run run = paste(pasted);
            assertThat(run.exitCode()).as(run.toString()).isZero();
            assertThat(run.out()).contains("(none)");
        }
    }

    @Test
    void aProviderWithoutRegionsGetsNoRegionAndItsOneKeyVariable() throws Exception {
        ForegroundEmulator foreground = ForegroundEmulator.start(Map.of("DCLINK_PLAIN", "1"), "emulator", "start",
                "consoleconnect");
        try (foreground) {
            String baseUrl = foreground.awaitBaseUrl();
            List<String> pasted = useIt(foreground.out());

            assertThat(pasted).containsExactly(
                    "export DCLINK_PROVIDER=consoleconnect DCLINK_ENDPOINT=" + baseUrl,
                    "export CONSOLECONNECT_API_KEY=" + KeyRing.TEST_KEY_ID,
                    "dclink connections list");
            Run run = paste(pasted);
            assertThat(run.exitCode()).as(run.toString()).isZero();
        }
    }

    @Test
    void theCommandPrintedIsHowTheUserRunsDclink() throws Exception {
        ForegroundEmulator foreground = ForegroundEmulator.start(Map.of("DCLINK_PLAIN", "1", "DCLINK_COMMAND",
                "./dclink"), "emulator", "start", "tencent");
        try (foreground) {
            String baseUrl = foreground.awaitBaseUrl();

            assertThat(useIt(foreground.out())).last().isEqualTo("./dclink connections list");
            assertThat(foreground.out()).contains("operate:  ./dclink emulator --endpoint " + baseUrl + " approve ID");
        }
    }

    /** The indented lines after "use it:". */
    private static List<String> useIt(String banner) {
        List<String> lines = new ArrayList<>();
        boolean in = false;
        for (String line : banner.lines().toList()) {
            if (line.equals("use it:")) {
                in = true;
            } else if (in && line.startsWith("  ")) {
                lines.add(line.strip());
            } else if (in) {
                break;
            }
        }
        return lines;
    }

    /** Runs the pasted lines as a shell would: the exports into a fresh environment, then the command. */
    private static Run paste(List<String> lines) {
        Map<String, String> env = new HashMap<>(Map.of("DCLINK_PLAIN", "1"));
        List<String> command = List.of();
        for (String line : lines) {
            if (line.startsWith("export ")) {
                for (String assignment : line.substring("export ".length()).split(" ")) {
                    env.put(assignment.substring(0, assignment.indexOf('=')),
                            assignment.substring(assignment.indexOf('=') + 1));
                }
            } else {
                command = List.of(line.split(" "));
            }
        }
        assertThat(command).first().isEqualTo("dclink");
        return Run.of(env, command.subList(1, command.size()).toArray(String[]::new));
    }
}
