package io.dclink.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.dclink.DirectConnect;
import io.dclink.RateLimitOptions;
import io.dclink.auth.Credentials;
import io.dclink.core.testplugin.PluginClassLoaders;
import io.dclink.core.testserver.GammaCloud;
import io.dclink.core.testserver.LiveThreads;
import io.dclink.core.testserver.TinyServer;
import io.dclink.interceptor.AttemptContext;
import io.dclink.interceptor.Interceptor;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Responses are handled on threads the client owns, over real HTTP on loopback: never on
 * {@code CompletableFuture}'s default executor, which starts a thread per task when the common pool
 * has one thread (machines with fewer than three CPUs, such as the 2-core machines this builds on).
 */
class ResponseThreadsTest {

    @TempDir
    Path dir;

    private final TinyServer server = start();
    private final GammaCloud cloud = new GammaCloud();
    private final Set<String> attemptThreads = ConcurrentHashMap.newKeySet();
    private DirectConnect client;

    private static TinyServer start() {
        try {
            return new TinyServer();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @BeforeEach
    void setUp() {
        server.handler(cloud::handle);
        cloud.put("g-1", "{\"id\":\"g-1\",\"name\":\"line\",\"key\":\"k\"}");
        client = DirectConnect.builder().classLoader(PluginClassLoaders.withGamma(dir)).provider("gamma").region("r1")
                .credentials(Credentials.accessKey("GAMMAKEYID", "gamma-secret-0123456789")).endpoint(server.uri())
                .rateLimit(new RateLimitOptions(100_000))
                .interceptor(new Interceptor() {
                    @Override
                    public void afterAttempt(AttemptContext attempt) {
                        attemptThreads.add(Thread.currentThread().getName());
                    }
                })
                .build();
    }

    @AfterEach
    void tearDown() {
        client.close();
        server.close();
    }

    @Test
    void callsStartNoThreadAndHandleTheirAnswerOnTheClientsOwnThreads() {
        for (int i = 0; i < 20; i++) {
            client.connections().get("g-1");
        }
        long before = LiveThreads.mark();

        for (int i = 0; i < 500; i++) {
            client.connections().get("g-1");
        }

        long created = LiveThreads.createdBetween(before, LiveThreads.mark());
        assertThat(created).as("threads created by 500 calls after a warm-up (a second sender thread may start "
                + "when a call comes before the first thread is idle again)").isLessThanOrEqualTo(2);
        assertThat(attemptThreads).as("threads the answers were handled on")
                .allMatch(name -> name.startsWith("dclink-gamma-") && name.contains("-send-"));
        assertThat(server.acceptedConnections()).as("one connection, reused").isEqualTo(1);
    }
}
