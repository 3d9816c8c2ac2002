package io.dclink;

import static org.assertj.core.api.Assertions.assertThat;

import io.dclink.auth.Credentials;
import io.dclink.auth.ExpiringCredentials;
import io.dclink.error.Problem;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClientConfigurationTest {

    @Test
    void nothingGivenResolvesTheDocumentedDefaultsAndHasNoProblem() {
        ClientConfiguration defaults = new ClientConfigurationBuilder().build();

        assertThat(defaults.validate()).isEmpty();
        assertThat(defaults.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(defaults.requestTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(defaults.idempotencyWindow()).isEqualTo(Duration.ofSeconds(60));
        assertThat(defaults.retry()).isEqualTo(RetryOptions.defaults());
        assertThat(defaults.rateLimit()).isEqualTo(RateLimitOptions.defaults());
        assertThat(defaults.concurrency()).isEqualTo(ConcurrencyOptions.defaults());
        assertThat(defaults.circuitBreaker()).isEqualTo(CircuitBreakerOptions.defaults());
        assertThat(defaults.environment()).isEqualTo(System.getenv());
        assertThat(defaults.systemProperties()).containsEntry("java.version", System.getProperty("java.version"));
        assertThat(defaults.home()).isEqualTo(Path.of(System.getProperty("user.home")));
        assertThat(defaults.providerId()).isNull();
        assertThat(defaults.listeners()).isEmpty();
    }

    @Test
    void validateNamesEveryProblemInComponentOrder() {
        ClientConfiguration settings = new ClientConfigurationBuilder()
                .credentials(Credentials.accessKey("id", "secret"))
                .credentialsSupplier(() -> new ExpiringCredentials(Credentials.accessKey("id", "s"), Instant.MAX))
                .endpoint(URI.create("http://10.1.2.3:8080"))
                .connectTimeout(Duration.ZERO)
                .requestTimeout(Duration.ofSeconds(-1))
                .idempotencyWindow(Duration.ZERO)
                .build();

        assertThat(settings.validate()).extracting(Problem::field)
                .containsExactly("credentials", "endpoint", "connectTimeout", "requestTimeout", "idempotencyWindow");
        assertThat(settings.validate()).extracting(Problem::message)
                .contains("must be positive, was PT0S", "must be positive, was PT-1S");
    }

    @Test
    void plainHttpIsAProblemOnlyOffLoopbackAndLoopbackIsRecognisedWithoutDns() {
        for (String host : new String[] {"127.0.0.1", "127.255.10.1", "LOCALHOST", "[0:0:0:0:0:0:0:1]", "[::1]"}) {
            assertThat(withEndpoint("http://" + host + ":1", false)).as(host).isEmpty();
        }
        for (String host : new String[] {"127.0.0.1.evil.example", "localhost.example", "10.0.0.1"}) {
            assertThat(withEndpoint("http://" + host + ":1", false)).as(host).extracting(Problem::message)
                    .containsExactly("plain http:// is allowed only for loopback hosts; use https://, "
                            + "or call DirectConnectBuilder.allowInsecureHttp() on a trusted network");
        }
        assertThat(withEndpoint("http://10.0.0.1:1", true)).isEmpty();
        assertThat(withEndpoint("ftp://host/x", true)).extracting(Problem::message)
                .containsExactly("must be an absolute http(s) URI with a host, was ftp://host/x");
    }

    @Test
    void collectionsAreCopiedAndToStringShowsNoSecretVariableOrPropertyValue() {
        Map<String, String> environment = new HashMap<>(Map.of("TENCENTCLOUD_SECRET_KEY", "env-secret-value"));
        ClientConfiguration settings = new ClientConfigurationBuilder()
                .providerId("tencent")
                .credentials(Credentials.accessKey("AKID", "key-secret-value"))
                .environment(environment)
                .systemProperties(Map.of("dclink.tencent.secretKey", "property-secret-value"))
                .properties(Map.of("token", "property-value"))
                .build();
        environment.clear();

        assertThat(settings.environment()).containsEntry("TENCENTCLOUD_SECRET_KEY", "env-secret-value");
        assertThat(settings.toString()).contains("provider=tencent", "properties=[token]")
                .doesNotContain("key-secret-value", "env-secret-value", "property-secret-value", "property-value");
    }

    private static java.util.List<Problem> withEndpoint(String endpoint, boolean insecureAllowed) {
        return new ClientConfigurationBuilder().endpoint(URI.create(endpoint)).insecureHttpAllowed(insecureAllowed).build()
                .validate();
    }
}
