package io.dclink.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dclink.core.testserver.TinyServer;
import java.io.FileInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * TLS with the HTTP client's own tasks on its selector thread: handshakes and 100 KB answers from
 * several threads at once all complete, and a request's timeout still fires. The server's key is
 * made for the test by the JDK's {@code keytool}, and trusted through the default TLS context.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class HttpsOnSelectorThreadTest {

    private static final char[] PASSWORD = "changeit".toCharArray();
    private static final String ANSWER = "x".repeat(100 * 1024);

    @Test
    void manyHttpsCallsAtOnceAllCompleteAndATimeoutStillFires(@TempDir Path directory) throws Exception {
        KeyStore keys = selfSignedKey(directory);
        SSLContext server = SSLContext.getInstance("TLS");
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys, PASSWORD);
        server.init(keyManagers.getKeyManagers(), null, null);
        SSLContext client = SSLContext.getInstance("TLS");
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(keys);
        client.init(null, trust.getTrustManagers(), null);

        TinyServer https = new TinyServer(server);
        https.handler(request -> TinyServer.Answer.ok(ANSWER));
        SSLContext previousDefault = SSLContext.getDefault();
        SSLContext.setDefault(client);
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try (HttpBackend backend = new HttpBackend(new ClientThreads("tls-test"), Optional.empty(), Duration.ofSeconds(10),
                Optional.empty(), 8, false)) {
            URI uri = https.uri().resolve("/");
            List<Future<HttpResponse<byte[]>>> answers = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                answers.add(callers.submit(() -> backend.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                        .POST(HttpRequest.BodyPublishers.ofString("{}")).build())));
            }
            for (Future<HttpResponse<byte[]>> answer : answers) {
                HttpResponse<byte[]> response = answer.get(60, TimeUnit.SECONDS);
                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(ANSWER);
            }

            https.then(new TinyServer.Delay(3_000));
            assertThatThrownBy(() -> backend.send(HttpRequest.newBuilder(uri)
                    .timeout(Duration.ofMillis(500)).build())).isInstanceOf(HttpTimeoutException.class);
        } finally {
            SSLContext.setDefault(previousDefault);
            callers.shutdownNow();
            https.close();
        }
    }

    /** A key and certificate for 127.0.0.1, made by the JDK's keytool. */
    private static KeyStore selfSignedKey(Path directory) throws Exception {
        Path store = directory.resolve("server.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=localhost",
                "-ext", "SAN=ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12", "-keystore", store.toString(),
                "-storepass", new String(PASSWORD), "-keypass", new String(PASSWORD))
                .redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes());
        assertThat(keytool.waitFor()).as(output).isZero();
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = new FileInputStream(store.toFile())) {
            keys.load(in, PASSWORD);
        }
        Files.delete(store);
        return keys;
    }

}
