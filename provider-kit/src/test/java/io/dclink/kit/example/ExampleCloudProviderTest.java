package io.dclink.kit.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.dclink.Capability;
import io.dclink.auth.Credentials;
import io.dclink.error.ErrorContext;
import io.dclink.error.InvalidStateException;
import io.dclink.error.ResourceNotFoundException;
import io.dclink.lifecycle.ConnectionState;
import io.dclink.lifecycle.RequiredAction;
import io.dclink.model.Connection;
import io.dclink.model.CreateConnectionRequest;
import io.dclink.spi.HttpCall;
import io.dclink.spi.HttpResult;
import io.dclink.spi.OperationTable;
import io.dclink.spi.PageRequest;
import io.dclink.spi.ProviderContext;
import io.dclink.spi.ProviderOperation;
import io.dclink.spi.ResponseContext;
import io.dclink.spi.SigningRequest;
import io.dclink.spi.Transport;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The example plugin of docs/writing-a-provider.md works: its descriptor derives its capabilities
 * from its operations, and its handlers talk to a loopback "Example Cloud" through a bare transport
 * that signs and classifies as the runtime's does.
 */
class ExampleCloudProviderTest {

    private HttpServer cloud;
    private ScheduledExecutorService scheduler;
    private OperationTable<?>.Bound client;

    @BeforeEach
    void start() throws IOException {
        cloud = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        cloud.createContext("/", exchange -> {
            String action = exchange.getRequestURI().getPath().substring(1);
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            boolean signed = "Bearer k-123".equals(exchange.getRequestHeaders().getFirst("Authorization"));
            int status = 200;
            String answer;
            if (!signed) {
                status = 401;
                answer = "{\"error\":{\"code\":\"AuthRequired\",\"message\":\"no key\"},\"requestId\":\"r-0\"}";
            } else if (action.equals("GetLine") && body.contains("\"l-404\"")) {
                status = 404;
                answer = "{\"error\":{\"code\":\"NoSuchLine\",\"message\":\"no line\"},\"requestId\":\"r-1\"}";
            } else if (action.equals("CreateLine") && body.contains("\"busy\"")) {
                status = 409;
                answer = "{\"error\":{\"code\":\"Busy\",\"message\":\"try later\"},\"requestId\":\"r-2\"}";
            } else if (action.equals("ListLines")) {
                answer = body.contains("\"offset\":0")
                        ? "{\"lines\":[{\"id\":\"l-1\",\"name\":\"a\",\"status\":\"up\"}],\"total\":2}"
                        : "{\"lines\":[{\"id\":\"l-2\",\"name\":\"b\",\"status\":\"melting\"}],\"total\":2}";
            } else {
                answer = "{\"line\":{\"id\":\"l-9\",\"name\":\"new\",\"status\":\"reviewing\",\"site\":\"s-1\"}}";
            }
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        cloud.start();
        scheduler = Executors.newSingleThreadScheduledExecutor();
        URI endpoint = URI.create("http://127.0.0.1:" + cloud.getAddress().getPort());
        client = new ExampleCloudProvider().descriptor().operations().bind(context(endpoint), ExampleCloudProvider.ID);
    }

    @AfterEach
    void stop() {
        cloud.stop(0);
        scheduler.shutdownNow();
    }

    @Test
    void theCapabilitiesAreTheBoundOperations() {
        assertThat(new ExampleCloudProvider().descriptor().capabilities()).containsExactlyInAnyOrder(
                Capability.CONNECTION_LIST, Capability.CONNECTION_GET, Capability.CONNECTION_CREATE,
                Capability.NATIVE_IDEMPOTENCY);
    }

    @Test
    void linesAreListedPageByPageAndMappedThroughTheStateTable() {
        var first = client.call(ProviderOperation.CONNECTION_LIST, new PageRequest<>(null, null)).join();
        var second = client.call(ProviderOperation.CONNECTION_LIST, new PageRequest<>(null, first.nextPageToken())).join();

        assertThat(first.items()).extracting(Connection::state).containsExactly(ConnectionState.ACTIVE);
        assertThat(first.nextPageToken()).isEqualTo("1");
        assertThat(second.items()).extracting(Connection::state).containsExactly(ConnectionState.UNKNOWN);
        assertThat(second.nextPageToken()).isNull();
    }

    @Test
    void aCreateCarriesItsKeyAndIsMapped() {
        Connection line = client.call(ProviderOperation.CONNECTION_CREATE, CreateConnectionRequest.builder()
                .name("new").accessPointId("s-1").idempotencyKey("k-1").build()).join();

        assertThat(line.state()).isEqualTo(ConnectionState.PENDING_APPROVAL);
        assertThat(line.requiredAction()).isEqualTo(RequiredAction.WAIT_FOR_PROVIDER);
        assertThat(line.accessPointId()).isEqualTo("s-1");
    }

    @Test
    void errorsBecomeTheTypedErrorsOfTheTable() {
        assertThatThrownBy(() -> client.call(ProviderOperation.CONNECTION_GET, "l-404").join())
                .isInstanceOf(CompletionException.class).cause()
                .isInstanceOfSatisfying(ResourceNotFoundException.class, e -> {
                    assertThat(e.errorCode()).contains("NoSuchLine");
                    assertThat(e.requestId()).contains("r-1");
                });
        assertThatThrownBy(() -> client.call(ProviderOperation.CONNECTION_CREATE, CreateConnectionRequest.builder()
                .name("busy").accessPointId("s-1").idempotencyKey("k-2").build()).join())
                .cause().isInstanceOfSatisfying(InvalidStateException.class, e -> assertThat(e.isRetryable()).isTrue());
    }

    @Test
    void itsValidatorNamesTheField() {
        var problems = new ExampleCloudProvider().descriptor().operations().validate(ProviderOperation.CONNECTION_CREATE,
                CreateConnectionRequest.builder().name("x".repeat(41)).accessPointId("s-1").build());

        assertThat(problems).singleElement().satisfies(problem -> assertThat(problem.field()).isEqualTo("name"));
    }

    private ProviderContext context(URI endpoint) {
        Transport transport = new BareTransport();
        return new ProviderContext() {
            @Override
            public String region() {
                return "any";
            }

            @Override
            public Optional<URI> endpointOverride() {
                return Optional.of(endpoint);
            }

            @Override
            public Credentials credentials() {
                return Credentials.apiKey("k-123");
            }

            @Override
            public Clock clock() {
                return Clock.systemUTC();
            }

            @Override
            public ScheduledExecutorService scheduler() {
                return scheduler;
            }

            @Override
            public Transport transport() {
                return transport;
            }

            @Override
            public Map<String, String> properties() {
                return Map.of();
            }
        };
    }

    /** Signs, sends and classifies once: what the runtime's transport does, without retries and limits. */
    private static final class BareTransport implements Transport {

        private final HttpClient http = HttpClient.newHttpClient();

        @Override
        public CompletableFuture<HttpResult> send(HttpCall call) {
            HttpRequest.Builder request = HttpRequest.newBuilder(call.uri())
                    .method(call.method(), HttpRequest.BodyPublishers.ofByteArray(call.body()));
            call.headers().forEach((name, values) -> values.forEach(value -> request.header(name, value)));
            call.signer().sign(new SigningRequest(call.method(), call.uri(), call.headers(), call.body(), Instant.now()))
                    .forEach(request::header);
            return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofByteArray()).thenApply(response -> {
                HttpResult result = new HttpResult(response.statusCode(), response.headers().map(), response.body());
                ResponseContext context = new ResponseContext() {
                    @Override
                    public ErrorContext errorContext() {
                        return ErrorContext.of(ExampleCloudProvider.ID).withHttpStatus(result.statusCode());
                    }

                    @Override
                    public String operation() {
                        return call.operation();
                    }

                    @Override
                    public String scrub(String text) {
                        return text;
                    }
                };
                call.classifier().classify(result, context).ifPresent(error -> {
                    throw new CompletionException(error);
                });
                return result;
            });
        }
    }
}
