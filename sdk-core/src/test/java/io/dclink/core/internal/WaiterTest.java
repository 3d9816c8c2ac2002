package io.dclink.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dclink.DirectConnect;
import io.dclink.auth.Credentials;
import io.dclink.core.testplugin.AlphaStore;
import io.dclink.error.AuthenticationException;
import io.dclink.error.ErrorContext;
import io.dclink.error.ThrottledException;
import io.dclink.event.StateChangeEvent;
import io.dclink.event.Watch;
import io.dclink.lifecycle.ConnectionState;
import io.dclink.lifecycle.RequiredAction;
import io.dclink.lifecycle.TransitionKind;
import io.dclink.model.Connection;
import io.dclink.model.ProviderState;
import io.dclink.wait.Observation;
import io.dclink.wait.WaitCheckpoint;
import io.dclink.error.WaitFailedException;
import io.dclink.wait.WaitResult;
import io.dclink.wait.WaitSpec;
import io.dclink.error.WaitTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WaiterTest {

    private static final WaitSpec<ConnectionState> UNTIL_ACTIVE = WaitSpec.until(ConnectionState.ACTIVE)
            .polling(Duration.ofMillis(1), Duration.ofMillis(4)).timeout(Duration.ofSeconds(30));

    private final AlphaStore store = AlphaStore.create();
    private final List<StateChangeEvent> events = new CopyOnWriteArrayList<>();
    private DirectConnect client = newClient();

    private DirectConnect newClient() {
        return DirectConnect.builder().provider("alpha").region("r1").credentials(Credentials.accessKey("id", "secret"))
                .property("store", store.id).listener(events::add).build();
    }

    @AfterEach
    void close() {
        client.close();
    }

    private static Connection line(String id, ConnectionState state, String raw, RequiredAction action) {
        return Connection.builder().provider("alpha").id(id).state(state).requiredAction(action)
                .providerState(ProviderState.of(raw)).build();
    }

    private static Connection line(String id, ConnectionState state) {
        return line(id, state, state.name().toLowerCase(), RequiredAction.NONE);
    }

    @Test
    void aWaitFollowsTheLineToItsTargetAndReportsTheTimeline() {
        store.script("c1", line("c1", ConnectionState.PENDING_APPROVAL), line("c1", ConnectionState.PENDING_APPROVAL),
                line("c1", ConnectionState.PENDING_PAYMENT), line("c1", ConnectionState.ACTIVE));

        WaitResult<Connection> result = client.connections().waitUntil("c1", UNTIL_ACTIVE);

        assertThat(result.resource().state()).isEqualTo(ConnectionState.ACTIVE);
        assertThat(result.attempts()).isEqualTo(4);
        assertThat(result.timeline()).extracting(Observation::state).containsExactly(
                ConnectionState.PENDING_APPROVAL, ConnectionState.PENDING_PAYMENT, ConnectionState.ACTIVE);
        assertThat(result.timeline()).extracting(Observation::kind).containsExactly(
                TransitionKind.FIRST_OBSERVATION, TransitionKind.EXPECTED, TransitionKind.EXPECTED);
        assertThat(events).extracting(StateChangeEvent::to).containsExactly(
                ConnectionState.PENDING_APPROVAL, ConnectionState.PENDING_PAYMENT, ConnectionState.ACTIVE);
        assertThat(result.checkpoint().attempts()).isEqualTo(4);
    }

    @Test
    void missedStatesAreReportedAsSkipped() {
        store.script("c1", line("c1", ConnectionState.PENDING_APPROVAL), line("c1", ConnectionState.ACTIVE));

        WaitResult<Connection> result = client.connections().waitUntil("c1", UNTIL_ACTIVE);

        StateChangeEvent last = events.get(events.size() - 1);
        assertThat(last.kind()).isEqualTo(TransitionKind.SKIPPED);
        assertThat(last.skipped()).hasSize(1);
        assertThat(result.timeline().get(1).kind()).isEqualTo(TransitionKind.SKIPPED);
    }

    @Test
    void unknownStatesAndTransientErrorsDoNotStopTheWait() {
        store.script("c1", line("c1", ConnectionState.PROVISIONING),
                line("c1", ConnectionState.UNKNOWN, "UNDOCUMENTED_STATE", RequiredAction.UNKNOWN),
                new ThrottledException("throttled", ErrorContext.of("alpha").withRetryable(true), null),
                line("c1", ConnectionState.ACTIVE));

        WaitResult<Connection> result = client.connections().waitUntil("c1", UNTIL_ACTIVE);

        assertThat(result.timeline()).extracting(Observation::kind).containsExactly(
                TransitionKind.FIRST_OBSERVATION, TransitionKind.UNRECOGNISED, TransitionKind.RECOVERED);
        assertThat(result.timeline().get(1).providerState().value()).isEqualTo("UNDOCUMENTED_STATE");
        assertThat(result.attempts()).isEqualTo(4);
    }

    @Test
    void aRejectedApplicationEndsTheWaitSayingWhatToDo() {
        store.script("c1", line("c1", ConnectionState.PENDING_APPROVAL),
                line("c1", ConnectionState.REJECTED, "REJECTED", RequiredAction.RESUBMIT));

        assertThatThrownBy(() -> client.connections().waitUntil("c1", UNTIL_ACTIVE))
                .isInstanceOfSatisfying(WaitFailedException.class, e -> {
                    assertThat((Object) e.resource().orElseThrow().state()).isEqualTo(ConnectionState.REJECTED);
                    assertThat(e.checkpoint().timeline()).hasSize(2);
                })
                .hasMessageContaining("Connection c1 is REJECTED (provider state REJECTED)")
                .hasMessageContaining("correct and resubmit the rejected application");
    }

    @Test
    void aStateFromWhichTheTargetCannotFollowEndsTheWait() {
        store.script("c1", line("c1", ConnectionState.CANCELLED));

        assertThatThrownBy(() -> client.connections().waitUntil("c1", UNTIL_ACTIVE)).isInstanceOf(WaitFailedException.class);
        assertThat(store.calls("connections.get")).isEqualTo(1);
    }

    @Test
    void explicitFailureStatesReplaceTheDefaultRule() {
        store.script("c1", line("c1", ConnectionState.PENDING_PAYMENT, "TOPAY", RequiredAction.PAY));

        assertThatThrownBy(() -> client.connections().waitUntil("c1", UNTIL_ACTIVE.failOn(ConnectionState.PENDING_PAYMENT)))
                .isInstanceOf(WaitFailedException.class).hasMessageContaining("pay the outstanding order");
    }

    @Test
    void theDeadlineEndsTheWaitWithACheckpointToResumeFrom() {
        store.script("c1", line("c1", ConnectionState.PROVISIONING, "BUILDING", RequiredAction.WAIT_FOR_PROVIDER));

        assertThatThrownBy(() -> client.connections().waitUntil("c1",
                        WaitSpec.until(ConnectionState.ACTIVE).polling(Duration.ofMillis(5), Duration.ofMillis(10))
                                .timeout(Duration.ofMillis(150))))
                .isInstanceOfSatisfying(WaitTimeoutException.class, e -> {
                    assertThat(e.checkpoint().attempts()).isGreaterThan(1);
                    assertThat(e.checkpoint().lastObservation()).map(Observation::state).contains(ConnectionState.PROVISIONING);
                })
                .hasMessageContaining("did not reach [ACTIVE]")
                .hasMessageContaining("last seen PROVISIONING (provider state BUILDING), required action WAIT_FOR_PROVIDER");
    }

    @Test
    void aWaitForDeletionSucceedsWhenTheResourceIsGone() {
        store.script("c1", line("c1", ConnectionState.DELETING), AlphaStore.GONE);

        WaitResult<Connection> result = client.connections().waitUntil("c1",
                WaitSpec.until(ConnectionState.DELETED).polling(Duration.ofMillis(1), Duration.ofMillis(2)));

        assertThat(result.gone()).isTrue();
        assertThat(result.timeline()).extracting(Observation::state).containsExactly(ConnectionState.DELETING, ConnectionState.DELETED);
    }

    @Test
    void aNonRetryableReadErrorEndsTheWaitWithThatError() {
        store.script("c1", new AuthenticationException("bad key", ErrorContext.of("alpha"), null));

        CompletableFuture<WaitResult<Connection>> wait = client.connections().waitAsync("c1", UNTIL_ACTIVE);

        assertThatThrownBy(wait::join).hasCauseInstanceOf(AuthenticationException.class);
    }

    @Test
    void aFailingListenerDoesNotDisturbTheWait() {
        client.close();
        client = DirectConnect.builder().provider("alpha").region("r1").credentials(Credentials.accessKey("id", "secret"))
                .property("store", store.id).listener(event -> {
                    throw new IllegalStateException("listener bug");
                }).listener(events::add).build();
        store.script("c1", line("c1", ConnectionState.PROVISIONING), line("c1", ConnectionState.ACTIVE));

        assertThat(client.connections().waitUntil("c1", UNTIL_ACTIVE).resource().state()).isEqualTo(ConnectionState.ACTIVE);
        assertThat(events).hasSize(2);
    }

    @Test
    void aWaitResumesFromAStoredCheckpointAfterARestartAndFlagsAnAnomalyInBetween() {
        store.script("c1", line("c1", ConnectionState.PENDING_PAYMENT), line("c1", ConnectionState.ACTIVE),
                line("c1", ConnectionState.ACTIVE));
        AtomicReference<String> stored = new AtomicReference<>();
        WaitResult<Connection> first = client.connections().waitUntil("c1",
                WaitSpec.until(ConnectionState.ACTIVE).polling(Duration.ofMillis(1), Duration.ofMillis(2))
                        .onCheckpoint(checkpoint -> stored.set(checkpoint.encode())));
        assertThat(first.attempts()).isEqualTo(2);
        assertThat(stored.get()).isNotNull();

        client.close();
        client = newClient();
        events.clear();
        store.script("c1", line("c1", ConnectionState.PENDING_APPROVAL), line("c1", ConnectionState.PROVISIONING),
                line("c1", ConnectionState.ACTIVE));
        WaitCheckpoint checkpoint = WaitCheckpoint.decode(first.checkpoint().encode());

        WaitResult<Connection> resumed = client.connections().resumeAsync(checkpoint, UNTIL_ACTIVE).join();

        assertThat(resumed.attempts()).isEqualTo(2 + 3);
        assertThat(resumed.timeline()).extracting(Observation::state).containsExactly(ConnectionState.PENDING_PAYMENT,
                ConnectionState.ACTIVE, ConnectionState.PENDING_APPROVAL, ConnectionState.PROVISIONING, ConnectionState.ACTIVE);
        assertThat(events.get(0).isAnomaly()).as("ACTIVE -> PENDING_APPROVAL across the restart").isTrue();
        assertThat(resumed.checkpoint().startedAt()).isEqualTo(checkpoint.startedAt());
        assertThat(resumed.checkpoint().deadline()).isEqualTo(checkpoint.deadline());
    }

    @Test
    void aCheckpointOfAnotherResourceTypeOrProviderIsRefused() {
        WaitCheckpoint gateway = new WaitCheckpoint(io.dclink.lifecycle.ResourceType.GATEWAY, "alpha", "g", java.time.Instant.EPOCH,
                java.time.Instant.EPOCH, 0, List.of());

        assertThatThrownBy(() -> client.connections().resumeAsync(gateway, UNTIL_ACTIVE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("GATEWAY");
    }

    @Test
    void aWatchReportsChangesUntilTheLineReachesATerminalState() throws Exception {
        store.script("c1", line("c1", ConnectionState.ACTIVE), line("c1", ConnectionState.DELETING), AlphaStore.GONE);
        List<StateChangeEvent> watched = new CopyOnWriteArrayList<>();

        Watch watch = client.connections().watch("c1", Duration.ofMillis(2), watched::add);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (watch.isActive() && System.nanoTime() < deadline) {
            Thread.sleep(2);
        }

        assertThat(watch.isActive()).isFalse();
        assertThat(watched).extracting(StateChangeEvent::to)
                .containsExactly(ConnectionState.ACTIVE, ConnectionState.DELETING, ConnectionState.DELETED);
        assertThat(events).hasSize(3);
    }

    @Test
    void closingTheClientStopsItsWatches() {
        store.script("c1", line("c1", ConnectionState.PROVISIONING));
        Watch watch = client.connections().watch("c1", Duration.ofMillis(5), event -> { });

        client.close();

        assertThat(watch.isActive()).isFalse();
    }

    /** Every live thread of the JVM, as ThreadMXBean.getThreadCount() counts them (java.base only). */
    private static int liveThreads() {
        return Thread.getAllStackTraces().size();
    }

    /** Ten thousand waits at once run on the runtime's fixed threads: no thread per waiter. */
    @Test
    void tenThousandConcurrentWaitsUseABoundedNumberOfThreads() throws Exception {
        store.script("warm", line("warm", ConnectionState.ACTIVE));
        client.connections().waitUntil("warm", WaitSpec.until(ConnectionState.ACTIVE)
                .polling(Duration.ofMillis(1), Duration.ofMillis(1)));
        int before = liveThreads();
        int count = 10_000;
        List<CompletableFuture<WaitResult<Connection>>> waits = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String id = "line-" + i;
            store.script(id, line(id, ConnectionState.PENDING_APPROVAL), line(id, ConnectionState.PROVISIONING),
                    line(id, ConnectionState.PROVISIONING), line(id, ConnectionState.ACTIVE));
            waits.add(client.connections().waitAsync(id, WaitSpec.until(ConnectionState.ACTIVE)
                    .polling(Duration.ofMillis(1), Duration.ofMillis(8)).timeout(Duration.ofMinutes(5))));
        }
        CompletableFuture<Void> all = CompletableFuture.allOf(waits.toArray(CompletableFuture[]::new));
        int peak = before;
        while (!all.isDone()) {
            peak = Math.max(peak, liveThreads());
            Thread.sleep(1);
        }
        all.join();

        assertThat(waits).allSatisfy(w -> assertThat(w.join().resource().state()).isEqualTo(ConnectionState.ACTIVE));
        assertThat(store.calls("connections.get")).isEqualTo(1 + 4 * count);
        assertThat(peak - before).as("threads added while 10,000 waits ran").isLessThanOrEqualTo(2);
    }
}
