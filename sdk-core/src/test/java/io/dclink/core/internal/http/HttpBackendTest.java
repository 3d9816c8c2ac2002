package io.dclink.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dclink.core.testserver.TinyServer;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;

/** Which HTTP client sends what: TLS is set up only for a client that sends {@code https}. */
class HttpBackendTest {

    @Test
    void plainHttpIsSentByAClientThatLoadsNoTlsProviderAndHttpsByOneWithTheDefaultContext() throws Exception {
        try (TinyServer server = new TinyServer();
                HttpBackend backend = new HttpBackend(new ClientThreads("test"), Optional.empty(), Duration.ofSeconds(5),
                        Optional.empty(), 2, true)) {
            server.handler(received -> TinyServer.Answer.ok("{}"));

            assertThat(backend.send(HttpRequest.newBuilder(server.uri()).build()).statusCode()).isEqualTo(200);
            HttpClient plain = backend.clientFor(true);
            HttpClient tls = backend.clientFor(false);

            assertThat(tls).isNotSameAs(plain);
            assertThat(plain.sslContext()).isNotSameAs(SSLContext.getDefault());
            assertThat(plain.sslContext().getProvider()).as("no JSSE provider behind it").isNull();
            assertThatThrownBy(() -> plain.sslContext().createSSLEngine("example.com", 443))
                    .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("plain http");
            assertThat(tls.sslContext()).isSameAs(SSLContext.getDefault());
            assertThat(backend.clientFor(true)).as("made once").isSameAs(plain);
        }
    }

    @Test
    void aGivenHttpClientSendsBothSchemes() throws Exception {
        HttpClient given = HttpClient.newHttpClient();
        try (HttpBackend backend = new HttpBackend(new ClientThreads("test"), Optional.of(given), Duration.ofSeconds(5),
                Optional.empty(), 2, true)) {
            assertThat(backend.clientFor(true)).isSameAs(given);
            assertThat(backend.clientFor(false)).isSameAs(given);
        }
    }

    @Test
    void aTaskOfTheHttpClientThatFailsEndsNeitherTheSelectorThreadNorTheTasksAfterIt() {
        java.util.List<String> ran = new java.util.ArrayList<>();

        HttpBackend.runHere(() -> {
            ran.add("first");
            throw new IllegalStateException("a failing task");
        });
        HttpBackend.runHere(() -> ran.add("second"));

        assertThat(ran).containsExactly("first", "second");
    }
}
