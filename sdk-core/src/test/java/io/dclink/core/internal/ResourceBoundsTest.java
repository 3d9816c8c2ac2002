package io.dclink.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.dclink.ConcurrencyOptions;
import io.dclink.DirectConnect;
import io.dclink.DirectConnectBuilder;
import io.dclink.RateLimitOptions;
import io.dclink.auth.Credentials;
import io.dclink.core.testplugin.PluginClassLoaders;
import io.dclink.core.testserver.LiveThreads;
import io.dclink.core.testserver.MutableClock;
import io.dclink.core.testserver.TinyServer;
import io.dclink.core.testserver.TinyServer.Answer;
import io.dclink.core.testserver.VirtualTimeScheduler;
import io.dclink.lifecycle.ConnectionState;
import io.dclink.model.Connection;
import io.dclink.wait.WaitResult;
import io.dclink.wait.WaitSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The documented bounds on threads and connections (docs/performance.md), counted over real HTTP
 * on loopback with the default settings: no thread started per call, and 10,000 concurrent waits
 * that end with no failure on at most {@code maxRequestsInFlight + 2} threads and
 * {@code maxConnectionsPerEndpoint} connections. At the default rate limit (20 requests a second
 * per action) the 20,000 polls take over 1,000 s, so time is emulated: the scheduler moves the
 * client's clock, the requests are real. Emulated time runs ahead while requests are on the wire,
 * so the waits get a timeout of days rather than the default hour.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class ResourceBoundsTest {

    /** A client's threads: its senders and its HTTP client's selector, which also runs that client's own tasks. */
    private static final int MAX_THREADS = ConcurrencyOptions.defaults().maxRequestsInFlight() + 1;
    private static final int MAX_CONNECTIONS = ConcurrencyOptions.defaults().maxConnectionsPerEndpoint();
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    Path dir;

    private TinyServer server;
    private final Map<String, AtomicInteger> polls = new ConcurrentHashMap<>();
    private DirectConnect client;
    private final MutableClock clock = new MutableClock(START);
    private final VirtualTimeScheduler scheduler = new VirtualTimeScheduler(clock);

    @BeforeEach
    void start() throws IOException {
        server = new TinyServer();
        server.handler(request -> {
            String id = request.path().substring("/connections/".length());
            boolean active = polls.computeIfAbsent(id, key -> new AtomicInteger()).incrementAndGet() >= 2;
            return Answer.ok("{\"id\":\"" + id + "\",\"name\":\"line\",\"key\":\"k\""
                    + (active ? ",\"state\":\"ACTIVE\"" : "") + "}");
        });
    }

    @AfterEach
    void stop() {
        if (client != null) {
            client.close();
        }
        server.close();
        scheduler.shutdownNow();
    }

    private DirectConnectBuilder builder() {
        return DirectConnect.builder().classLoader(PluginClassLoaders.withGamma(dir)).provider("gamma").region("r1")
                .credentials(Credentials.accessKey("GAMMAKEYID", "gamma-secret-0123456789")).endpoint(server.uri())
                .clock(clock).scheduler(scheduler);
    }

    @Test
    void theDefaultBoundsAreTheDocumentedOnes() {
        assertThat(ConcurrencyOptions.defaults()).isEqualTo(new ConcurrencyOptions(12, 8));
        assertThat(MAX_THREADS).isLessThanOrEqualTo(16);
    }

    @Test
    void aThousandConcurrentCallsStartNoThreadPerCallAndStayWithinTheConnectionBound() throws Exception {
        int threadsBefore = LiveThreads.ofHttpClients();
        client = builder().build();
        ExecutorService callers = Executors.newFixedThreadPool(32);
        try {
            runCalls(callers, 64);
            long before = LiveThreads.mark();

            runCalls(callers, 1_000);

            long created = LiveThreads.createdBetween(before, LiveThreads.mark());
            assertThat(created).as("threads created by 1,000 calls from 32 threads (the client's, and the server's one "
                    + "per connection); a thread per call made over 1,000").isLessThanOrEqualTo(MAX_THREADS + MAX_CONNECTIONS);
            assertThat(LiveThreads.ofHttpClients() - threadsBefore).as("threads of the client").isLessThanOrEqualTo(MAX_THREADS);
            assertThat(server.peakOpenConnections()).as("connections open at once").isLessThanOrEqualTo(MAX_CONNECTIONS);
        } finally {
            callers.shutdownNow();
        }
    }

    private void runCalls(ExecutorService callers, int count) throws Exception {
        List<Future<Connection>> calls = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = "c-" + (i % 50);
            calls.add(callers.submit(() -> client.connections().get(id)));
        }
        for (Future<Connection> call : calls) {
            call.get();
        }
    }

    @Test
    void tenThousandConcurrentWaitsEndWithoutFailureOnBoundedThreadsAndConnections() throws InterruptedException {
        int threadsBefore = LiveThreads.ofHttpClients();
        client = builder().build();
        List<CompletableFuture<WaitResult<Connection>>> waits = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            waits.add(client.connections().waitAsync("w-" + i, WaitSpec.until(ConnectionState.ACTIVE).timeout(Duration.ofDays(30))));
        }
        CompletableFuture<Void> all = CompletableFuture.allOf(waits.toArray(CompletableFuture[]::new));
        int peakThreads = 0;
        while (!all.isDone()) {
            peakThreads = Math.max(peakThreads, LiveThreads.ofHttpClients() - threadsBefore);
            Thread.sleep(5);
        }

        assertThat(waits).as("failed waits").noneMatch(CompletableFuture::isCompletedExceptionally);
        assertThat(polls.values().stream().mapToInt(AtomicInteger::get).sum()).as("polls").isEqualTo(20_000);
        assertThat(scheduler.elapsedSince(START)).as("emulated time: the polls kept to 20 a second")
                .isGreaterThanOrEqualTo(Duration.ofSeconds(20_000 / 20 - 1));
        assertThat(peakThreads).as("threads of the client at the peak").isLessThanOrEqualTo(MAX_THREADS);
        assertThat(server.peakOpenConnections()).as("connections open at once").isLessThanOrEqualTo(MAX_CONNECTIONS);
    }

    /** Without the bound, 40 slow concurrent calls opened 40 connections. */
    @Test
    void requestsBeyondTheBoundWaitForOneInFlightToEnd() throws Exception {
        server.handler(request -> {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Answer.ok("{\"id\":\"" + request.path().substring("/connections/".length())
                    + "\",\"name\":\"line\",\"key\":\"k\"}");
        });
        client = builder().rateLimit(new RateLimitOptions(100_000)).concurrency(new ConcurrencyOptions(4, 3)).build();
        ExecutorService callers = Executors.newFixedThreadPool(40);
        try {
            runCalls(callers, 200);
        } finally {
            callers.shutdownNow();
        }

        assertThat(server.peakOpenConnections()).isLessThanOrEqualTo(3);
        assertThat(LiveThreads.count(name -> name.startsWith("dclink-gamma-") && name.contains("-send-")))
                .as("sender threads").isLessThanOrEqualTo(4);
    }
}
