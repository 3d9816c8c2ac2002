package io.dclink.provider.jdcloud;

import static org.assertj.core.api.Assertions.assertThat;

import io.dclink.DirectConnect;
import io.dclink.DirectConnectBuilder;
import io.dclink.testkit.emulator.EmulatorOptions;
import io.dclink.testkit.jdcloud.JdCloudEmulator;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The last link of the credentials chain for JD Cloud: the current profile of the jdc CLI's INI
 * config, read from a home directory in this module's test resources (never the real home).
 */
class JdcProfileTest {

    private final JdCloudEmulator emulator = new JdCloudEmulator(EmulatorOptions.defaults());

    JdcProfileTest() {
        emulator.start();
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private static Path home(String name) throws URISyntaxException {
        return Path.of(JdcProfileTest.class.getResource("/profiles/" + name).toURI());
    }

    private DirectConnectBuilder onlyTheProfile(Path home) {
        return DirectConnect.builder().provider("jdcloud").endpoint(emulator.baseUri()).clock(emulator.clock())
                .home(home).environment(Map.of()).systemProperties(Map.of());
    }

    @Test
    void theProfileNamedCurrentGivesTheKeyAndTheRegion() throws Exception {
        try (DirectConnect client = onlyTheProfile(home("jdc")).build()) {
            assertThat(client.region()).contains("cn-north-1");
            assertThat(client.connections().list().stream().count()).isZero();
        }
        assertThat(emulator.requests().size()).as("a signed call the emulator accepted").isPositive();
    }

    @Test
    void theRegionVariableComesBeforeTheProfilesRegion() throws Exception {
        try (DirectConnect client = onlyTheProfile(home("jdc")).environment(Map.of("JDCLOUD_REGION", "cn-south-1"))
                .build()) {
            assertThat(client.region()).contains("cn-south-1");
        }
    }

    @Test
    void withoutAConfigThereIsNothingToRead(@TempDir Path empty) {
        assertThat(new JdcProfile().credentials(empty)).isEmpty();
        assertThat(new JdcProfile().region(empty)).isEmpty();
    }
}
