package io.dclink.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dclink.DirectConnect;
import io.dclink.auth.Credentials;
import io.dclink.core.testplugin.AlphaStore;
import io.dclink.error.Problem;
import io.dclink.error.ValidationException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClientSettingsTest {

    private final AlphaStore store = AlphaStore.create();

    @Test
    void everyMissingSettingIsReportedAtOnce() {
        assertThatThrownBy(() -> DirectConnect.builder().provider("alpha").property("store", store.id)
                        .endpoint(URI.create("http://10.1.2.3:8080")).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(Problem::field).containsExactly("region", "credentials", "endpoint"))
                .hasMessageContaining("the environment variables ALPHA_TEST_KEY_ID, ALPHA_TEST_KEY_SECRET")
                .hasMessageContaining("plain http:// is allowed only for loopback hosts");
    }

    @Test
    void credentialsComeFromTheEnvironmentTheBuilderWasGiven() {
        try (DirectConnect client = DirectConnect.builder().provider("alpha").region("r").property("store", store.id)
                .environment(Map.of("ALPHA_TEST_KEY_ID", "from-env", "ALPHA_TEST_KEY_SECRET", "s")).build()) {
            assertThat(client.provider().id()).isEqualTo("alpha");
        }
        assertThatThrownBy(() -> DirectConnect.builder().provider("alpha").region("r").property("store", store.id)
                        .environment(Map.of("ALPHA_TEST_KEY_ID", "only-half")).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(Problem::field).containsExactly("credentials"));
    }

    @Test
    void credentialsWithABlankPartAreRefusedBeforeAnyCallNamingEachPartAndNoSecret() {
        assertThatThrownBy(() -> DirectConnect.builder().provider("alpha").region("r").property("store", store.id)
                        .credentials(Credentials.temporaryAccessKey(" ", "", "  ")).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(Problem::field).containsExactly("credentials", "credentials", "credentials"))
                .hasMessageContaining("the access key id is blank")
                .hasMessageContaining("the secret key is blank")
                .hasMessageContaining("the security token is blank");
        assertThatThrownBy(() -> DirectConnect.builder().provider("alpha").region("r").property("store", store.id)
                        .credentials(Credentials.accessKey("key-id", " \t")).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(Problem::message).containsExactly("the secret key is blank"));
    }

    @Test
    void plainHttpIsAcceptedForLoopbackAndWithAnExplicitOptIn() {
        for (String endpoint : new String[] {"http://127.0.0.1:1", "http://localhost:1", "http://[::1]:1"}) {
            try (DirectConnect client = DirectConnect.builder().provider("alpha").region("r")
                    .credentials(Credentials.accessKey("a", "b")).property("store", store.id)
                    .endpoint(URI.create(endpoint)).build()) {
                assertThat(client.provider().id()).isEqualTo("alpha");
            }
        }
        try (DirectConnect client = DirectConnect.builder().provider("alpha").region("r")
                .credentials(Credentials.accessKey("a", "b")).property("store", store.id)
                .endpoint(URI.create("http://10.1.2.3:8080")).allowInsecureHttp().build()) {
            assertThat(client.region()).hasValue("r");
        }
    }

    @Test
    void anEndpointWithoutSchemeOrHostIsRefused() {
        assertThatThrownBy(() -> DirectConnect.builder().provider("alpha").region("r")
                        .credentials(Credentials.accessKey("a", "b")).property("store", store.id)
                        .endpoint(URI.create("ftp://host/x")).build())
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("endpoint: must be an absolute http(s) URI with a host");
    }

    @Test
    void theSettingsOwnProblemsComeWithTheProvidersInOneError() {
        assertThatThrownBy(() -> DirectConnect.builder().provider("alpha").property("store", store.id)
                        .credentials(Credentials.accessKey("a", "b")).idempotencyWindow(Duration.ZERO)
                        .requestTimeout(Duration.ofMillis(-1)).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(Problem::field).containsExactly("region", "requestTimeout", "idempotencyWindow"))
                .hasMessageContaining("idempotencyWindow: must be positive, was PT0S");
    }
}
