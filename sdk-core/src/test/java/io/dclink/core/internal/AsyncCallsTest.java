package io.dclink.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dclink.DirectConnect;
import io.dclink.auth.Credentials;
import io.dclink.core.testplugin.AlphaStore;
import io.dclink.error.ProviderUnavailableException;
import io.dclink.error.ResourceNotFoundException;
import io.dclink.model.Connection;
import io.dclink.model.CreateConnectionRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every operation as a CompletableFuture, on the client's own small pool of named daemon threads. */
class AsyncCallsTest {

    private final AlphaStore store = AlphaStore.create();
    private final DirectConnect client = DirectConnect.builder().provider("alpha").region("r").property("store", store.id)
            .credentials(Credentials.accessKey("a", "b")).build();

    @AfterEach
    void close() {
        client.close();
    }

    private static CreateConnectionRequest line(String name) {
        return CreateConnectionRequest.builder().name(name).accessPointId("ap-1").carrier("CT").build();
    }

    @Test
    void aCallRunsOnANamedDaemonThreadOfTheClientAndGivesWhatTheBlockingCallGives() throws Exception {
        List<Thread> ranOn = new ArrayList<>();

        Connection created = client.async(c -> {
            ranOn.add(Thread.currentThread());
            return c.connections().create(line("async-line"));
        }).get(10, TimeUnit.SECONDS);

        assertThat(client.connections().get(created.id())).isEqualTo(created);
        assertThat(ranOn).singleElement().satisfies(thread -> {
            assertThat(thread.getName()).startsWith("dclink-alpha-call-");
            assertThat(thread.isDaemon()).isTrue();
        });
    }

    @Test
    void aFailedCallFailsTheFutureWithItsTypedError() {
        CompletableFuture<Connection> missing = client.async(c -> c.connections().get("ln-missing"));

        assertThatThrownBy(() -> missing.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void atMostFourCallsRunAtOnceAndTheRestWaitTheirTurn() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Set<String> threads = ConcurrentHashMap.newKeySet();
        List<CompletableFuture<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            int number = i;
            calls.add(client.async(c -> {
                threads.add(Thread.currentThread().getName());
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return number;
            }));
        }
        release.countDown();

        CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
        assertThat(calls).extracting(CompletableFuture::join).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(threads).hasSizeBetween(1, AsyncCalls.THREADS);
    }

    @Test
    void aClosedClientTakesNoMoreCalls() {
        client.close();

        assertThatThrownBy(() -> client.async(c -> c.connections().list()).join())
                .hasCauseInstanceOf(ProviderUnavailableException.class).hasMessageContaining("The client is closed");
    }
}
