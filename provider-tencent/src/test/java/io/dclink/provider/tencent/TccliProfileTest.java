package io.dclink.provider.tencent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dclink.DirectConnect;
import io.dclink.DirectConnectBuilder;
import io.dclink.error.Problem;
import io.dclink.error.ValidationException;
import io.dclink.testkit.emulator.EmulatorOptions;
import io.dclink.testkit.tencent.TencentEmulator;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The last link of the credentials chain for Tencent Cloud: tccli's profile, read from a home
 * directory in this module's test resources (never the real home), with nothing else set.
 */
class TccliProfileTest {

    private final TencentEmulator emulator = new TencentEmulator(EmulatorOptions.defaults());

    TccliProfileTest() {
        emulator.start();
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private static Path home(String name) throws URISyntaxException {
        return Path.of(TccliProfileTest.class.getResource("/profiles/" + name).toURI());
    }

    private DirectConnectBuilder onlyTheProfile(Path home) {
        return DirectConnect.builder().provider("tencent").endpoint(emulator.baseUri()).clock(emulator.clock())
                .home(home).environment(Map.of()).systemProperties(Map.of());
    }

    @Test
    void withNothingButTheTccliProfileTheClientSignsWithItsKeyInItsRegion() throws Exception {
        try (DirectConnect client = onlyTheProfile(home("tccli")).build()) {
            assertThat(client.region()).contains("ap-guangzhou");
            assertThat(client.connections().list().stream().count()).isZero();
        }
        assertThat(emulator.requests().size()).as("a signed call the emulator accepted").isPositive();
    }

    @Test
    void theRegionVariableComesBeforeTheProfilesRegion() throws Exception {
        try (DirectConnect client = onlyTheProfile(home("tccli")).environment(Map.of("TENCENTCLOUD_REGION", "ap-shanghai"))
                .build()) {
            assertThat(client.region()).contains("ap-shanghai");
        }
    }

    @Test
    void aProfileThatIsNotJsonIsRefusedNamingTheFileNeverItsContent() throws Exception {
        Path broken = home("broken");

        assertThatThrownBy(() -> onlyTheProfile(broken).region("ap-guangzhou").build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(Problem::field).containsExactly("credentials"))
                .hasMessageContaining(broken.resolve(".tccli/default.credential") + " is not valid JSON")
                .hasMessageNotContaining("broken-secret-value");
    }
}
