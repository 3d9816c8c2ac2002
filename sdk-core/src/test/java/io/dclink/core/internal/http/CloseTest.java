package io.dclink.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dclink.DirectConnect;
import io.dclink.DirectConnectBuilder;
import io.dclink.auth.Credentials;
import io.dclink.core.testplugin.PluginClassLoaders;
import io.dclink.core.testserver.GammaCloud;
import io.dclink.core.testserver.LiveThreads;
import io.dclink.core.testserver.TinyServer;
import io.dclink.error.ProviderUnavailableException;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Closing a client ends everything it made, and nothing it was given. */
class CloseTest {

    private static final java.util.function.Predicate<String> SELECTOR = name -> name.matches("HttpClient-\\d+-SelectorManager");

    @TempDir
    Path dir;

    private final TinyServer server = start();
    private final GammaCloud cloud = new GammaCloud();

    private static TinyServer start() {
        try {
            return new TinyServer();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private DirectConnectBuilder builder() {
        server.handler(cloud::handle);
        cloud.put("g-1", "{\"id\":\"g-1\",\"name\":\"line\",\"key\":\"k\"}");
        return DirectConnect.builder().classLoader(PluginClassLoaders.withGamma(dir)).provider("gamma").region("r1")
                .credentials(Credentials.accessKey("GAMMAKEYID", "gamma-secret-0123456789")).endpoint(server.uri());
    }

    /** The closed clients stay referenced, as an application's fields would hold them. */
    @Test
    void closeEndsTheClientsThreadsAndItsHttpClientsSelectorThread() throws InterruptedException {
        int before = LiveThreads.ofHttpClients();
        List<DirectConnect> closed = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            DirectConnect client = builder().build();
            client.connections().get("g-1");
            client.close();
            closed.add(client);
        }

        boolean released = LiveThreads.eventually(() -> LiveThreads.ofHttpClients() <= before, 300, System::gc);

        assertThat(released).as("threads of 10 closed clients still alive: " + (LiveThreads.ofHttpClients() - before))
                .isTrue();
        assertThat(closed).hasSize(10);
    }

    /**
     * Without a collection: a selector thread left in {@code epoll_wait} holds up the JVM's exit by
     * 300 ms (HotSpot waits that long for threads in native code), which every short-lived process,
     * such as a command-line call, would pay.
     */
    @Test
    void closeEndsTheHttpClientsSelectorThreadWithoutWaitingForACollection() throws InterruptedException {
        int before = LiveThreads.count(SELECTOR);
        DirectConnect client = builder().build();
        client.connections().get("g-1");
        assertThat(LiveThreads.count(SELECTOR)).as("the client's selector thread").isEqualTo(before + 1);

        client.close();

        assertThat(LiveThreads.eventually(() -> LiveThreads.count(SELECTOR) <= before, 50, () -> { })).isTrue();
    }

    @Test
    void aClientClosedBeforeItsFirstCallLeavesNoThread() throws InterruptedException {
        int before = LiveThreads.ofHttpClients();

        builder().build().close();

        assertThat(LiveThreads.eventually(() -> LiveThreads.ofHttpClients() <= before, 300, System::gc)).isTrue();
    }

    @Test
    void closeLeavesTheHttpClientExecutorAndSchedulerItWasGiven() throws Exception {
        ExecutorService executor = Executors.newFixedThreadPool(1);
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        try {
            DirectConnect given = builder().httpClient(http).scheduler(scheduler).build();
            given.connections().get("g-1");
            given.close();
            DirectConnect withExecutor = builder().executor(executor).scheduler(scheduler).build();
            withExecutor.connections().get("g-1");
            withExecutor.close();

            assertThat(executor.isShutdown()).isFalse();
            assertThat(scheduler.isShutdown()).isFalse();
            assertThat(http.send(HttpRequest.newBuilder(server.uri().resolve("/connections/g-1")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
            assertThatThrownBy(() -> given.connections().get("g-1"))
                    .isInstanceOf(ProviderUnavailableException.class).hasMessageContaining("client is closed");
        } finally {
            executor.shutdownNow();
            scheduler.shutdownNow();
            assertThat(executor.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }
    }
}
