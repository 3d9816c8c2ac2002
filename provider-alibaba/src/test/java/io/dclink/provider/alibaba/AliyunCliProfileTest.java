package io.dclink.provider.alibaba;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dclink.DirectConnect;
import io.dclink.DirectConnectBuilder;
import io.dclink.auth.AccessKeyCredentials;
import io.dclink.error.Problem;
import io.dclink.error.ValidationException;
import io.dclink.testkit.alibaba.AlibabaEmulator;
import io.dclink.testkit.emulator.EmulatorOptions;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The last link of the credentials chain for Alibaba Cloud: the current profile of the aliyun
 * CLI's config.json, read from home directories in this module's test resources (never the real
 * home), with nothing else set.
 */
class AliyunCliProfileTest {

    private final AlibabaEmulator emulator = new AlibabaEmulator(EmulatorOptions.defaults());

    AliyunCliProfileTest() {
        emulator.start();
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private static Path home(String name) throws URISyntaxException {
        return Path.of(AliyunCliProfileTest.class.getResource("/profiles/" + name).toURI());
    }

    private DirectConnectBuilder onlyTheProfile(Path home) {
        return DirectConnect.builder().provider("alibaba").endpoint(emulator.baseUri()).clock(emulator.clock())
                .home(home).environment(Map.of()).systemProperties(Map.of());
    }

    @Test
    void theCurrentProfileNotTheFirstGivesTheKeyAndTheRegion() throws Exception {
        try (DirectConnect client = onlyTheProfile(home("aliyun")).build()) {
            assertThat(client.region()).contains("cn-hangzhou");
            assertThat(client.connections().list().stream().count()).isZero();
        }
        assertThat(emulator.requests().size()).as("a signed call the emulator accepted").isPositive();
    }

    @Test
    void anStsTokenProfileGivesATemporaryKey() throws Exception {
        AccessKeyCredentials temporary = (AccessKeyCredentials) new AliyunCliProfile().credentials(home("sts"))
                .orElseThrow();

        assertThat(temporary.accessKeyId()).isEqualTo("STS.DCLINKTEMPORARY0001");
        assertThat(temporary.securityToken().reveal()).isEqualTo("temporary-token");
        assertThat(new AliyunCliProfile().region(home("sts"))).contains("cn-shanghai");
    }

    @Test
    void theRegionVariableComesBeforeTheProfilesRegion() throws Exception {
        try (DirectConnect client = onlyTheProfile(home("aliyun"))
                .environment(Map.of("ALIBABA_CLOUD_REGION_ID", "cn-shenzhen")).build()) {
            assertThat(client.region()).contains("cn-shenzhen");
        }
    }

    @Test
    void aProfileThatAssumesARoleIsRefusedSayingWhichModesAreRead() throws Exception {
        Path roles = home("ramrole");

        assertThatThrownBy(() -> onlyTheProfile(roles).region("cn-hangzhou").build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(Problem::field).containsExactly("credentials"))
                .hasMessageContaining("is of mode RamRoleArn, which dclink does not read: only AK and StsToken")
                .hasMessageNotContaining("role-secret-value");
    }
}
