package io.dclink.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dclink.DirectConnect;
import io.dclink.auth.Credentials;
import io.dclink.kit.http.Percent;
import io.dclink.core.testplugin.PluginClassLoaders;
import io.dclink.core.testserver.GammaCloud;
import io.dclink.core.testserver.TinyServer;
import io.dclink.core.testserver.TinyServer.Answer;
import io.dclink.core.testserver.TinyServer.Respond;
import io.dclink.error.AuthenticationException;
import io.dclink.error.ValidationException;
import io.dclink.model.CreateConnectionRequest;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Drives calls whose logs, errors and printed objects could carry secrets, then scans everything
 * it can see (the captured log file, exception texts, toString output) for the secret values.
 */
class SecretLeakTest {

    private static final String SECRET_KEY = "Leak+Check/Secret=Key-7f3a9c";
    private static final String PAIRING_KEY = "pairing-Secret-0b1c2d3e";
    private static final String CANARY = "canary-value-that-must-be-found-91";

    @TempDir
    Path dir;

    @Test
    void noSecretAppearsInLogsErrorsOrPrintedObjects() throws IOException {
        List<String> texts = new ArrayList<>();
        try (TinyServer server = new TinyServer();
                DirectConnect client = DirectConnect.builder().classLoader(PluginClassLoaders.withGamma(dir))
                        .provider("gamma").region("r1").credentials(Credentials.accessKey("LEAKKEYID", SECRET_KEY))
                        .endpoint(server.uri()).build()) {
            GammaCloud cloud = new GammaCloud();
            server.handler(cloud::handle);
            server.then(new Respond(new Answer(200, Map.of("X-Request-Id", "req-leak"),
                    "{\"error\":{\"code\":\"AuthFailure\",\"message\":\"signature mismatch: secret " + SECRET_KEY
                            + " encoded " + Percent.encode(SECRET_KEY) + "\"}}")));

            AuthenticationException refused = (AuthenticationException) catchThrowable(() -> client.connections().get("x"));
            texts.add(refused.getMessage());
            texts.add(refused.toString());
            texts.add(client.connections().create(CreateConnectionRequest.builder().name("n").accessPointId("ap")
                    .providerOptions(Map.of("pairingKey", PAIRING_KEY)).build()).toString());
            texts.add(client.toString());
            assertThat(server.received().get(1).body()).as("the sensitive value did reach the provider").contains(PAIRING_KEY);
        }
        texts.add(Credentials.accessKey("LEAKKEYID", SECRET_KEY).toString());

        List<String> secrets = List.of(SECRET_KEY, URLEncoder.encode(SECRET_KEY, StandardCharsets.UTF_8),
                Percent.encode(SECRET_KEY), PAIRING_KEY);
        List<String> log = Files.readAllLines(logFile());
        assertThat(log).as("debug and trace logs were captured").anyMatch(line -> line.contains("-> GetConnection"))
                .anyMatch(line -> line.contains("Authorization=****")).anyMatch(line -> line.contains("body:"));
        assertThat(findings(log, secrets)).isEmpty();
        assertThat(findings(texts, secrets)).isEmpty();
        assertThat(texts.get(0)).contains("signature mismatch: secret ****");
    }

    @Test
    void theScanFindsASecretThatLeaks() throws IOException {
        LoggerFactory.getLogger("io.dclink.test").info("leaking {} on purpose", CANARY);

        assertThat(findings(Files.readAllLines(logFile()), List.of(CANARY))).hasSize(1);
    }

    @Test
    void anUnknownProviderOptionIsAValidationErrorNamingTheSupportedOnes() throws IOException {
        try (TinyServer server = new TinyServer();
                DirectConnect client = DirectConnect.builder().classLoader(PluginClassLoaders.withGamma(dir))
                        .provider("gamma").region("r1").credentials(Credentials.accessKey("K", SECRET_KEY))
                        .endpoint(server.uri()).build()) {
            assertThatThrownBy(() -> client.connections().create(CreateConnectionRequest.builder().name("n")
                            .accessPointId("ap").providerOptions(Map.of("pairingKye", "x")).build()))
                    .isInstanceOf(ValidationException.class)
                    .hasMessageContaining("providerOptions.pairingKye: is not an option of this provider; options: [pairingKey]");
            assertThat(server.received()).isEmpty();
        }
    }

    private static Path logFile() {
        return Path.of(System.getProperty("org.slf4j.simpleLogger.logFile"));
    }

    private static List<String> findings(List<String> texts, List<String> secrets) {
        List<String> found = new ArrayList<>();
        for (String text : texts) {
            for (String secret : secrets) {
                if (text != null && text.contains(secret)) {
                    found.add(secret + " in: " + text);
                }
            }
        }
        return found;
    }

    private static Throwable catchThrowable(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("expected a failure");
    }
}
