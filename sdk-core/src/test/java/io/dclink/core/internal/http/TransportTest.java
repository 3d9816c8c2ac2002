package io.dclink.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dclink.CircuitBreakerOptions;
import io.dclink.DirectConnect;
import io.dclink.DirectConnectBuilder;
import io.dclink.RateLimitOptions;
import io.dclink.RetryOptions;
import io.dclink.auth.Credentials;
import io.dclink.core.testplugin.GammaTokenProvider;
import io.dclink.core.testplugin.PluginClassLoaders;
import io.dclink.core.testserver.GammaCloud;
import io.dclink.core.testserver.MutableClock;
import io.dclink.core.testserver.RecordingScheduler;
import io.dclink.core.testserver.TinyServer;
import io.dclink.core.testserver.TinyServer.Answer;
import io.dclink.core.testserver.TinyServer.Delay;
import io.dclink.core.testserver.TinyServer.Drop;
import io.dclink.core.testserver.TinyServer.Pass;
import io.dclink.core.testserver.TinyServer.Respond;
import io.dclink.error.AuthenticationException;
import io.dclink.error.ProtocolException;
import io.dclink.error.OutcomeUnknownException;
import io.dclink.error.ProviderUnavailableException;
import io.dclink.error.ResourceNotFoundException;
import io.dclink.error.ThrottledException;
import io.dclink.model.Connection;
import io.dclink.model.CreateConnectionRequest;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The transport and the idempotent create, over real HTTP on loopback. */
class TransportTest {

    private static final String SECRET = "gamma-Secret-Key-0123456789";
    private static final String THROTTLED = "{\"error\":{\"code\":\"Throttled\",\"message\":\"slow down\"}}";
    private static final String CONNECTION = "{\"id\":\"g-1\",\"name\":\"line\",\"key\":\"k\"}";

    @TempDir
    Path dir;

    private TinyServer server;
    private final GammaCloud cloud = new GammaCloud();
    private final RecordingScheduler scheduler = new RecordingScheduler();
    private DirectConnect client;

    @BeforeEach
    void start() throws IOException {
        server = new TinyServer();
        server.handler(cloud::handle);
        cloud.put("g-1", CONNECTION);
    }

    @AfterEach
    void stop() {
        if (client != null) {
            client.close();
        }
        server.close();
        scheduler.shutdownNow();
    }

    private DirectConnect client(String provider, Consumer<DirectConnectBuilder> settings) {
        DirectConnectBuilder builder = DirectConnect.builder().classLoader(PluginClassLoaders.withGamma(dir))
                .provider(provider).region("r1").credentials(Credentials.accessKey("GAMMAKEYID", SECRET))
                .endpoint(server.uri()).scheduler(scheduler)
                .retry(new RetryOptions(4, Duration.ofMillis(2), Duration.ofSeconds(20)))
                .idempotencyWindow(Duration.ofMillis(300));
        settings.accept(builder);
        client = builder.build();
        return client;
    }

    private DirectConnect client() {
        return client("gamma", b -> { });
    }

    private static CreateConnectionRequest create(String key) {
        return CreateConnectionRequest.builder().name("line").accessPointId("ap").idempotencyKey(key).build();
    }

    @Test
    void throttledReadsAreRetriedUntilTheySucceed() {
        server.then(new Respond(Answer.ok(THROTTLED)), new Respond(new Answer(429, Map.of(), "")));

        Connection found = client().connections().get("g-1");

        assertThat(found.id()).isEqualTo("g-1");
        assertThat(server.count("GET")).isEqualTo(3);
        assertThat(server.received()).extracting(r -> r.header("Authorization"))
                .allMatch(auth -> auth.startsWith("GAMMA GAMMAKEYID:"));
    }

    @Test
    void aThrottledCreateIsRetriedBecauseItProvablyDidNotTakeEffect() {
        server.then(new Pass(), new Respond(Answer.ok(THROTTLED)));

        Connection created = client().connections().create(create("key-throttled"));

        assertThat(server.count("POST")).isEqualTo(2);
        assertThat(cloud.size()).isEqualTo(2);
        assertThat(created.tags()).containsEntry("idempotency-key", "key-throttled");
    }

    @Test
    void retriesStopAtMaxAttemptsWithTheLastError() {
        server.then(new Respond(Answer.ok(THROTTLED)), new Respond(Answer.ok(THROTTLED)),
                new Respond(Answer.ok(THROTTLED)), new Respond(Answer.ok(THROTTLED)));

        assertThatThrownBy(() -> client().connections().get("g-1"))
                .isInstanceOf(ThrottledException.class)
                .hasMessageContaining("code=Throttled");
        assertThat(server.count("GET")).isEqualTo(4);
    }

    @Test
    void anIdempotentReadIsRetriedAfterTheConnectionDrops() {
        server.then(new Drop(true));

        assertThat(client().connections().get("g-1").id()).isEqualTo("g-1");
        assertThat(server.count("GET")).isEqualTo(2);
    }

    @Test
    void aCreateThatMayHaveTakenEffectIsNotSentAgainWhenTheResultCannotBeChecked() {
        server.then(new Pass(), new Drop(true), new Respond(new Answer(400, Map.of(),
                "{\"error\":{\"code\":\"Broken\",\"message\":\"listing is broken\"}}")));

        assertThatThrownBy(() -> client().connections().create(create("key-ambiguous")))
                .isInstanceOfSatisfying(OutcomeUnknownException.class, e -> {
                    assertThat(e.idempotencyKey()).isEqualTo("key-ambiguous");
                    assertThat(e.isRetryable()).isTrue();
                    assertThat(e.getCause()).isInstanceOfSatisfying(ProviderUnavailableException.class,
                            cause -> assertThat(cause.requestMayHaveBeenProcessed()).isTrue());
                })
                .hasMessageContaining("repeat the same call with idempotency key 'key-ambiguous'");
        assertThat(server.count("POST")).as("the order was placed exactly once").isEqualTo(1);
        assertThat(server.count("GET")).as("the look before ordering, and one search, which failed").isEqualTo(2);
        assertThat(cloud.size()).isEqualTo(2);
    }

    @Test
    void findBeforeCreateReturnsWhatAnAmbiguousAttemptCreatedInsteadOfOrderingTwice() {
        server.then(new Drop(true));

        Connection created = client().connections().create(create("key-find"));

        assertThat(server.count("POST")).isEqualTo(1);
        assertThat(cloud.size()).as("one new connection, not two").isEqualTo(2);
        assertThat(created.tags()).containsEntry("idempotency-key", "key-find");
        assertThat(created.id()).isEqualTo("g-101");
    }

    @Test
    void whenTheSearchShowsNothingWasCreatedTheOrderIsPlacedAgainWithTheSameKey() {
        server.then(new Pass(), new Drop(false));

        Connection created = client().connections().create(create("key-again"));

        assertThat(server.received()).filteredOn(r -> r.method().equals("POST")).hasSize(2)
                .extracting(TinyServer.Received::body).allMatch(body -> body.contains("\"key\":\"key-again\""));
        assertThat(cloud.size()).isEqualTo(2);
        assertThat(created.tags()).containsEntry("idempotency-key", "key-again");
    }

    @Test
    void aCreateWithoutAKeyGetsAGeneratedOne() {
        Connection created = client().connections().create(create(null));

        assertThat(created.tags().get("idempotency-key")).matches("dclink-[0-9a-f]{32}");
    }

    @Test
    void aProviderWithClientTokensRetriesTheCreateWithTheSameToken() {
        server.then(new Drop(false));

        client(GammaTokenProvider.ID, b -> { }).connections().create(create("token-1"));

        assertThat(server.received()).filteredOn(r -> r.method().equals("POST")).hasSize(2)
                .extracting(TinyServer.Received::body).allMatch(body -> body.contains("token-1"));
        assertThat(server.count("GET")).as("no search: the token makes the retry safe").isZero();
    }

    @Test
    void retryAfterReplacesTheBackoffDelay() {
        server.then(new Respond(new Answer(429, Map.of("Retry-After", "2"), "")));

        client().connections().get("g-1");

        assertThat(server.count("GET")).isEqualTo(2);
        assertThat(scheduler.delaysMillis()).contains(2000L);
    }

    @Test
    void aRetryAfterLongerThanTheMaximumDelayFailsInsteadOfWaiting() {
        server.then(new Respond(new Answer(429, Map.of("Retry-After", "3600"), "")));

        assertThatThrownBy(() -> client().connections().get("g-1"))
                .isInstanceOfSatisfying(ThrottledException.class,
                        e -> assertThat(e.retryAfter()).contains(Duration.ofHours(1)));
        assertThat(server.count("GET")).isEqualTo(1);
    }

    @Test
    void backoffDelaysStayWithinTheExponentialCeiling() {
        server.then(new Respond(new Answer(503, Map.of(), "")), new Respond(new Answer(503, Map.of(), "")),
                new Respond(new Answer(503, Map.of(), "")));
        client("gamma", b -> b.retry(new RetryOptions(4, Duration.ofMillis(100), Duration.ofMillis(250)))
                .rateLimit(new RateLimitOptions(10_000)));

        client.connections().get("g-1");

        List<Long> delays = scheduler.delaysMillis();
        assertThat(delays).hasSize(3);
        assertThat(delays.get(0)).isBetween(0L, 100L);
        assertThat(delays.get(1)).isBetween(0L, 200L);
        assertThat(delays.get(2)).isBetween(0L, 250L);
    }

    @Test
    void aSlowResponseTimesOutAsAnAmbiguousFailure() {
        server.then(new Delay(3000), new Delay(3000));
        client("gamma", b -> b.requestTimeout(Duration.ofMillis(200))
                .retry(new RetryOptions(2, Duration.ofMillis(1), Duration.ofMillis(2))));

        assertThatThrownBy(() -> client.connections().get("g-1"))
                .isInstanceOfSatisfying(ProviderUnavailableException.class, e -> {
                    assertThat(e.requestMayHaveBeenProcessed()).isTrue();
                    assertThat(e.isRetryable()).isTrue();
                })
                .hasMessageContaining("timed out waiting for the response");
        assertThat(server.count("GET")).isEqualTo(2);
    }

    @Test
    void aRefusedConnectionIsReportedAsNeverSent() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        URI nowhere = URI.create("http://127.0.0.1:" + closedPort);
        client("gamma", b -> b.endpoint(nowhere).retry(RetryOptions.disabled()));

        assertThatThrownBy(() -> client.connections().get("g-1"))
                .isInstanceOfSatisfying(ProviderUnavailableException.class,
                        e -> assertThat(e.requestMayHaveBeenProcessed()).isFalse())
                .hasMessageContaining("could not connect; the request was not sent");
    }

    @Test
    void aMalformedBodyIsAProtocolErrorWithTheRequestIdAndWithoutTheBody() {
        server.then(new Respond(new Answer(200, Map.of("X-Request-Id", "req-malformed"), "{\"id\": \"g-1\", oops")));

        assertThatThrownBy(() -> client().connections().get("g-1"))
                .isInstanceOfSatisfying(ProtocolException.class, e -> {
                    assertThat(e.requestId()).contains("req-malformed");
                    assertThat(e.isRetryable()).isFalse();
                })
                .hasMessageContaining("the connection is malformed")
                .hasMessageNotContaining("oops");
        assertThat(server.count("GET")).isEqualTo(1);
    }

    @Test
    void providerErrorsBecomeTypedErrorsWithCodeAndRequestId() {
        assertThatThrownBy(() -> client().connections().get("missing"))
                .isInstanceOfSatisfying(ResourceNotFoundException.class, e -> {
                    assertThat(e.errorCode()).contains("NotFound");
                    assertThat(e.requestId()).contains("req-404");
                    assertThat(e.httpStatus()).hasValue(404);
                    assertThat(e.provider()).contains("gamma");
                })
                .hasMessageContaining("check the id and the region")
                .hasMessageContaining("The provider said: no such connection");
        assertThat(server.count("GET")).isEqualTo(1);
    }

    @Test
    void anUnexplainedStatusStillBecomesATypedError() {
        server.then(new Respond(new Answer(401, Map.of(), "")));

        assertThatThrownBy(() -> client().connections().get("g-1"))
                .isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("machine's clock");
    }

    @Test
    void theCircuitBreakerOpensOnFailuresAndRecoversAfterItsOpenPeriod() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-22T00:00:00Z"));
        client("gamma", b -> b.clock(clock).retry(RetryOptions.disabled())
                .circuitBreaker(new CircuitBreakerOptions(50, 4, 4, Duration.ofSeconds(30))));
        for (int i = 0; i < 4; i++) {
            server.then(new Respond(new Answer(500, Map.of(), "")));
        }
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> client.connections().get("g-1")).isInstanceOf(ProviderUnavailableException.class);
        }

        assertThatThrownBy(() -> client.connections().get("g-1"))
                .isInstanceOf(ProviderUnavailableException.class)
                .hasMessageContaining("circuit breaker is open");
        assertThat(server.count("GET")).as("the open breaker sent nothing").isEqualTo(4);

        clock.advance(Duration.ofSeconds(31));
        for (int i = 0; i < 5; i++) {
            assertThat(client.connections().get("g-1").id()).isEqualTo("g-1");
        }
        assertThat(server.count("GET")).isEqualTo(9);
    }

    @Test
    void providerAnswersThatAreErrorsDoNotOpenTheBreaker() {
        client("gamma", b -> b.retry(RetryOptions.disabled())
                .circuitBreaker(new CircuitBreakerOptions(50, 4, 4, Duration.ofSeconds(30))));
        for (int i = 0; i < 6; i++) {
            assertThatThrownBy(() -> client.connections().get("missing")).isInstanceOf(ResourceNotFoundException.class);
        }

        assertThat(client.connections().get("g-1").id()).isEqualTo("g-1");
        assertThat(server.count("GET")).isEqualTo(7);
    }

    @Test
    void theRateLimiterDelaysCallsBeyondItsRateWithoutBlocking() {
        client("gamma", b -> b.rateLimit(new RateLimitOptions(1)));

        IntStream.range(0, 3).forEach(i -> client.connections().get("g-1"));

        assertThat(scheduler.delaysMillis()).as("the second and third call waited for a permit")
                .filteredOn(delay -> delay > 100).hasSizeGreaterThanOrEqualTo(2);
        assertThat(server.count("GET")).isEqualTo(3);
    }

    @Test
    void aUserSuppliedHttpClientOrExecutorIsUsed() {
        AtomicInteger tasks = new AtomicInteger();
        Executor counting = command -> {
            tasks.incrementAndGet();
            Executors.newSingleThreadExecutor().execute(command);
        };
        client("gamma", b -> b.httpClient(HttpClient.newBuilder().executor(counting).build()));
        client.connections().get("g-1");
        assertThat(tasks.get()).as("tasks run on the injected client's executor").isPositive();

        client.close();
        tasks.set(0);
        client("gamma", b -> b.executor(counting));
        client.connections().get("g-1");
        assertThat(tasks.get()).as("tasks run on the builder's executor").isPositive();
    }
}
