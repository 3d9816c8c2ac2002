package io.dclink.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.dclink.DirectConnect;
import io.dclink.RateLimitOptions;
import io.dclink.auth.Credentials;
import io.dclink.core.testplugin.PluginClassLoaders;
import io.dclink.core.testserver.LiveThreads;
import io.dclink.core.testserver.RecordingScheduler;
import io.dclink.core.testserver.TinyServer;
import io.dclink.core.testserver.TinyServer.Answer;
import io.dclink.error.ProviderUnavailableException;
import io.dclink.interceptor.AttemptContext;
import io.dclink.interceptor.Interceptor;
import io.dclink.lifecycle.ConnectionState;
import io.dclink.model.Connection;
import io.dclink.wait.WaitResult;
import io.dclink.wait.WaitSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Waits and the client-side rate limit, over real HTTP on loopback. */
class WaitQueueingTest {

    private static final WaitSpec<ConnectionState> UNTIL_ACTIVE = WaitSpec.until(ConnectionState.ACTIVE)
            .polling(Duration.ofSeconds(1), Duration.ofSeconds(2)).timeout(Duration.ofHours(1));

    @TempDir
    Path dir;

    private TinyServer server;
    private final RecordingScheduler scheduler = new RecordingScheduler();
    private final Set<String> attemptThreads = ConcurrentHashMap.newKeySet();
    private DirectConnect client;

    @BeforeEach
    void start() throws IOException {
        server = new TinyServer();
        server.handler(request -> Answer.ok("{\"id\":\"" + request.path().substring("/connections/".length())
                + "\",\"name\":\"line\",\"key\":\"k\"}"));
    }

    @AfterEach
    void stop() {
        if (client != null) {
            client.close();
        }
        server.close();
        scheduler.shutdownNow();
    }

    private DirectConnect client(RateLimitOptions rateLimit) {
        client = DirectConnect.builder().classLoader(PluginClassLoaders.withGamma(dir)).provider("gamma").region("r1")
                .credentials(Credentials.accessKey("GAMMAKEYID", "gamma-secret-0123456789")).endpoint(server.uri())
                .scheduler(scheduler).rateLimit(rateLimit)
                .interceptor(new Interceptor() {
                    @Override
                    public void beforeAttempt(AttemptContext attempt) {
                        attemptThreads.add(Thread.currentThread().getName());
                    }
                })
                .build();
        return client;
    }

    /**
     * At one call per second, the last of 400 waits gets its first permit after 400 s: the old
     * limiter gave up after 5 minutes and failed the waits with a ThrottledException at once.
     */
    @Test
    void waitsBeyondTheRateQueueForAPermitInsteadOfFailing() throws InterruptedException {
        client(new RateLimitOptions(1));
        List<CompletableFuture<WaitResult<Connection>>> waits = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            waits.add(client.connections().waitAsync("g-" + i, UNTIL_ACTIVE));
        }

        assertThat(LiveThreads.eventually(() -> server.count("GET") >= 2, 100, () -> { })).isTrue();

        assertThat(waits).as("waits that failed").noneMatch(CompletableFuture::isDone);
        assertThat(scheduler.delaysMillis()).as("the limiter asked for the next permit a second later")
                .anyMatch(delay -> delay >= 900 && delay <= 1000);
        client.close();
        assertThat(waits).as("waits the closed client cancelled")
                .allMatch(wait -> wait.handle((result, failure) -> failure).join() instanceof ProviderUnavailableException);
    }

    @Test
    void firstPollsAreSpreadOverTheFirstIntervalAndSentOffTheCallersThread() throws InterruptedException {
        client(new RateLimitOptions(10_000));
        for (int i = 0; i < 100; i++) {
            client.connections().waitAsync("g-" + i, UNTIL_ACTIVE);
        }

        List<Long> firstPolls = scheduler.delaysMillis().subList(0, 100);
        assertThat(firstPolls).allMatch(delay -> delay >= 0 && delay <= 1000);
        assertThat(firstPolls.stream().distinct().count()).as("distinct first-poll delays").isGreaterThan(50);
        assertThat(LiveThreads.eventually(() -> server.count("GET") >= 100, 100, () -> { })).isTrue();
        assertThat(attemptThreads).as("threads that sent polls").noneMatch(name -> name.equals(Thread.currentThread().getName()));
    }
}
