package io.dclink.core.pair;

import static io.dclink.core.pair.Lines.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.dclink.error.ErrorContext;
import io.dclink.error.ProviderUnavailableException;
import io.dclink.error.ResourceNotFoundException;
import io.dclink.error.WaitFailedException;
import io.dclink.error.WaitTimeoutException;
import io.dclink.lifecycle.ConnectionState;
import io.dclink.lifecycle.RequiredAction;
import io.dclink.model.CreateConnectionRequest;
import io.dclink.pair.PairAction;
import io.dclink.pair.PairCheckpoint;
import io.dclink.pair.PairGuarantees;
import io.dclink.pair.PairPlan;
import io.dclink.pair.PairState;
import io.dclink.pair.PairWaitSpec;
import io.dclink.pair.RedundantPair;
import io.dclink.pair.Resilience;
import io.dclink.core.testserver.MinutePerReadingClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PairWaiterTest {

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final ExecutorService calls = Executors.newSingleThreadExecutor(task -> new Thread(task, "client-call"));

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
        calls.shutdownNow();
    }

    /** A waiter whose clock moves a minute each time it is read, so a deadline falls due after a known number of polls. */
    private PairWaiter waiter(Function<PairCheckpoint, RedundantPair> poll) {
        Clock ticking = new MinutePerReadingClock(Instant.EPOCH);
        return new PairWaiter(poll, scheduler, task -> CompletableFuture.runAsync(task, calls), ticking,
                ErrorContext.of("test"));
    }

    private static final PairCheckpoint START = new PairCheckpoint("test", null, "k", new PairPlan(
            Resilience.TWO_ACCESS_POINTS, "m", List.of("ap-1", "ap-2"), null), CreateConnectionRequest.builder().name("n")
            .build(), "a", null);
    private static final PairWaitSpec QUICK = PairWaitSpec.untilActive().polling(Duration.ofMillis(1), Duration.ofMillis(4));

    private static RedundantPair pair(PairState state, PairCheckpoint checkpoint) {
        return new RedundantPair("test", "k", checkpoint.plan(), line("a", ConnectionState.ACTIVE, RequiredAction.NONE),
                null, state, state == PairState.FAILED ? new PairAction(RequiredAction.CONTACT_PROVIDER, "a", "lost")
                        : PairAction.NONE, PairGuarantees.NOT_REPORTED, checkpoint);
    }

    /** Answers each poll with the next outcome: a state, or an error to throw. */
    private static Function<PairCheckpoint, RedundantPair> script(Object... outcomes) {
        Deque<Object> left = new ArrayDeque<>(List.of(outcomes));
        return checkpoint -> {
            Object next = left.size() == 1 ? left.peek() : left.poll();
            if (next instanceof RuntimeException e) {
                throw e;
            }
            return pair((PairState) next, next == PairState.ORDERING ? checkpoint : checkpoint.withSecond("b"));
        };
    }

    private static Throwable cause(Throwable thrown) {
        return thrown instanceof CompletionException ? thrown.getCause() : thrown;
    }

    @Test
    void pollsThroughUnknownAndRetryableErrorsUntilThePairIsActiveHandingOutEachCheckpoint() {
        List<PairCheckpoint> stored = new ArrayList<>();
        ProviderUnavailableException flaky = new ProviderUnavailableException("down", ErrorContext.of("test").withRetryable(true), false, null);

        RedundantPair done = waiter(script(PairState.ORDERING, flaky, PairState.UNKNOWN, PairState.PROVISIONING,
                PairState.ACTIVE)).start(START, QUICK.onCheckpoint(stored::add)).join();

        assertThat(done.state()).isEqualTo(PairState.ACTIVE);
        assertThat(stored).hasSize(4);
        assertThat(stored.get(0).secondId()).isNull();
        assertThat(stored.get(3).secondId()).isEqualTo("b");
    }

    @Test
    void pollsRunOnTheClientsCallThreadsAndAClientThatTakesNoMoreCallsEndsTheWait() {
        List<String> threads = new ArrayList<>();
        Function<PairCheckpoint, RedundantPair> script = script(PairState.PROVISIONING, PairState.ACTIVE);
        waiter(checkpoint -> {
            threads.add(Thread.currentThread().getName());
            return script.apply(checkpoint);
        }).start(START, QUICK).join();
        ProviderUnavailableException closed = new ProviderUnavailableException("The client is closed",
                ErrorContext.of("test"), false, null);

        Throwable ended = catchThrowable(() -> new PairWaiter(script(PairState.ACTIVE), scheduler,
                task -> CompletableFuture.failedFuture(closed), Clock.systemUTC(), ErrorContext.of("test"))
                .start(START, QUICK).get(10, TimeUnit.SECONDS));

        assertThat(threads).containsOnly("client-call").hasSize(2);
        assertThat(ended).isInstanceOf(ExecutionException.class).hasCause(closed);
    }

    @Test
    void aFailedPairANonRetryableErrorAndTheDeadlineEndTheWait() {
        Throwable failed = catchThrowable(() -> waiter(script(PairState.PROVISIONING, PairState.FAILED))
                .start(START, QUICK).join());
        Throwable gone = catchThrowable(() -> waiter(script(new ResourceNotFoundException("gone",
                ErrorContext.of("test"), null))).start(START, QUICK).join());
        AtomicInteger polls = new AtomicInteger();
        Function<PairCheckpoint, RedundantPair> provisioning = script(PairState.PROVISIONING);
        Throwable late = catchThrowable(() -> waiter(checkpoint -> {
            polls.incrementAndGet();
            return provisioning.apply(checkpoint);
        }).start(START, QUICK.timeout(Duration.ofMinutes(3))).join());

        assertThat(cause(failed)).isInstanceOf(WaitFailedException.class).hasMessageContaining("lost");
        assertThat(cause(gone)).isInstanceOf(ResourceNotFoundException.class);
        assertThat(cause(late)).isInstanceOf(WaitTimeoutException.class).hasMessageContaining("[ACTIVE]");
        assertThat(polls).as("the deadline is read once at the start and once after each poll, a minute apart")
                .hasValue(3);
    }

    @Test
    void awaitingFailureItselfSucceedsOnIt() {
        RedundantPair done = waiter(script(PairState.FAILED)).start(START, PairWaitSpec.until(PairState.FAILED, PairState.ACTIVE).polling(Duration.ofMillis(1),
                        Duration.ofMillis(2))).join();

        assertThat(done.state()).isEqualTo(PairState.FAILED);
    }
}
