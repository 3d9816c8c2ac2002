package io.dclink.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dclink.DirectConnect;
import io.dclink.DirectConnectBuilder;
import io.dclink.auth.AccessKeyCredentials;
import io.dclink.auth.Credentials;
import io.dclink.core.testplugin.AlphaStore;
import io.dclink.error.Problem;
import io.dclink.error.ValidationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default chain, link by link: explicit credentials, then the system properties
 * {@code dclink.alpha.*}, then the alpha plugin's environment variables, then its tool's profile
 * file under the home directory (a temporary one, never the real home); the region likewise.
 */
class DefaultChainTest {

    private static final Map<String, String> ENV = Map.of("ALPHA_TEST_KEY_ID", "env-id", "ALPHA_TEST_KEY_SECRET",
            "env-secret", "ALPHA_REGION", "env-region");
    private static final Map<String, String> PROPERTIES = Map.of("dclink.alpha.accessKeyId", "property-id",
            "dclink.alpha.secretKey", "property-secret", "dclink.alpha.region", "property-region");

    @TempDir
    Path home;

    private final AlphaStore store = AlphaStore.create();

    private DirectConnectBuilder builder() {
        return DirectConnect.builder().provider("alpha").property("store", store.id).home(home)
                .environment(Map.of()).systemProperties(Map.of());
    }

    private void profile(String text) throws IOException {
        Files.createDirectories(home.resolve(".alpha"));
        Files.writeString(home.resolve(".alpha/profile"), text);
    }

    private AccessKeyCredentials credentialsOf(DirectConnectBuilder builder) {
        try (DirectConnect client = builder.build()) {
            client.connections().list().stream().count();
            return (AccessKeyCredentials) store.lastContext.credentials();
        }
    }

    private String regionOf(DirectConnectBuilder builder) {
        try (DirectConnect client = builder.build()) {
            return client.region().orElseThrow();
        }
    }

    @Test
    void explicitCredentialsAndRegionWinOverEveryOtherLink() throws IOException {
        profile("access_key=profile-id\nsecret_key=profile-secret\nregion=profile-region\n");
        DirectConnectBuilder everything = builder().credentials(Credentials.accessKey("explicit-id", "explicit-secret"))
                .region("explicit-region").systemProperties(PROPERTIES).environment(ENV);

        assertThat(credentialsOf(everything).accessKeyId()).isEqualTo("explicit-id");
        assertThat(regionOf(everything)).isEqualTo("explicit-region");
    }

    @Test
    void systemPropertiesComeBeforeTheEnvironmentAndTheProfile() throws IOException {
        profile("access_key=profile-id\nsecret_key=profile-secret\nregion=profile-region\n");
        DirectConnectBuilder chain = builder().systemProperties(PROPERTIES).environment(ENV);

        assertThat(credentialsOf(chain).accessKeyId()).isEqualTo("property-id");
        assertThat(regionOf(chain)).isEqualTo("property-region");
    }

    @Test
    void aTemporaryKeyInSystemPropertiesKeepsItsToken() {
        AccessKeyCredentials temporary = credentialsOf(builder().region("r").systemProperties(Map.of(
                "dclink.alpha.accessKeyId", "sts-id", "dclink.alpha.secretKey", "sts-secret",
                "dclink.alpha.securityToken", "sts-token")));

        assertThat(temporary.accessKeyId()).isEqualTo("sts-id");
        assertThat(temporary.securityToken().reveal()).isEqualTo("sts-token");
    }

    @Test
    void theEnvironmentComesBeforeTheProfile() throws IOException {
        profile("access_key=profile-id\nsecret_key=profile-secret\nregion=profile-region\n");
        DirectConnectBuilder chain = builder().environment(ENV);

        assertThat(credentialsOf(chain).accessKeyId()).isEqualTo("env-id");
        assertThat(regionOf(chain)).isEqualTo("env-region");
    }

    @Test
    void theProfileIsTheLastLink() throws IOException {
        profile("access_key=profile-id\nsecret_key=profile-secret\nregion=profile-region\n");

        assertThat(credentialsOf(builder()).accessKeyId()).isEqualTo("profile-id");
        assertThat(regionOf(builder())).isEqualTo("profile-region");
    }

    @Test
    void aHalfSetLinkIsSkippedNotMixedWithTheNext() throws IOException {
        profile("access_key=profile-id\nsecret_key=profile-secret\nregion=profile-region\n");
        DirectConnectBuilder half = builder().systemProperties(Map.of("dclink.alpha.accessKeyId", "lonely-id"))
                .environment(Map.of("ALPHA_TEST_KEY_SECRET", "lonely-secret"));

        AccessKeyCredentials found = credentialsOf(half);

        assertThat(found.accessKeyId()).isEqualTo("profile-id");
        assertThat(found.secretKey().reveal()).isEqualTo("profile-secret");
    }

    @Test
    void nothingFoundAnywhereNamesEveryPlaceLookedAt() {
        assertThatThrownBy(() -> builder().build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(Problem::field).containsExactly("region", "credentials"))
                .hasMessageContaining("the system properties dclink.alpha.region, the environment variables "
                        + "ALPHA_REGION and the profile files in " + home.resolve(".alpha"))
                .hasMessageContaining("the system properties dclink.alpha.*, the environment variables "
                        + "ALPHA_TEST_KEY_ID, ALPHA_TEST_KEY_SECRET and the profile files in " + home.resolve(".alpha"));
    }

    @Test
    void anUnreadableProfileIsAValidationErrorNamingTheFileAndNoSecret() throws IOException {
        profile("access_key=profile-id\nsecret_key=s3cr3t-in-a-broken-file\nthis line is broken\n");

        assertThatThrownBy(() -> builder().build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(Problem::field).containsExactly("credentials"))
                .hasMessageContaining(home.resolve(".alpha/profile").toString())
                .hasMessageNotContaining("s3cr3t");
    }
}
