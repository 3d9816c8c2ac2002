package io.dclink.core.pair;

import io.dclink.error.DirectConnectException;
import io.dclink.error.ErrorContext;
import io.dclink.error.WaitFailedException;
import io.dclink.error.WaitTimeoutException;
import io.dclink.pair.PairCheckpoint;
import io.dclink.pair.PairWaitSpec;
import io.dclink.pair.RedundantPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Polls a pair until it reaches an awaited state: each poll reads both lines (ordering the second
 * when due) after a delay that doubles from the spec's first to its longest. The client's scheduler
 * times the delay and hands the poll, whose reads block, to the client's own call threads (never the
 * common pool, which on a small machine starts a thread per task), so no thread waits between polls
 * and the scheduler never blocks; a client that takes no more calls (closed) ends the wait with its error. The deadline is on the client's clock. Retryable read
 * errors and {@code UNKNOWN} keep it polling; the pair's {@code FAILED} state, a non-retryable error
 * or the deadline end it.
 */
final class PairWaiter {

    private final Function<PairCheckpoint, RedundantPair> poll;
    private final ScheduledExecutorService scheduler;
    private final Function<Runnable, CompletableFuture<?>> runner;
    private final Clock clock;
    private final ErrorContext context;

    PairWaiter(Function<PairCheckpoint, RedundantPair> poll, ScheduledExecutorService scheduler,
            Function<Runnable, CompletableFuture<?>> runner, Clock clock, ErrorContext context) {
        this.poll = poll;
        this.scheduler = scheduler;
        this.runner = runner;
        this.clock = clock;
        this.context = context;
    }

    CompletableFuture<RedundantPair> start(PairCheckpoint checkpoint, PairWaitSpec spec) {
        CompletableFuture<RedundantPair> result = new CompletableFuture<>();
        Instant deadline = clock.instant().plus(spec.timeout());
        schedule(checkpoint, spec, deadline, Duration.ZERO, spec.initialDelay(), result);
        return result;
    }

    private void schedule(PairCheckpoint checkpoint, PairWaitSpec spec, Instant deadline, Duration delay, Duration next,
            CompletableFuture<RedundantPair> result) {
        try {
            scheduler.schedule(() -> runner.apply(() -> pollOnce(checkpoint, spec, deadline, next, result))
                    .whenComplete((done, refused) -> {
                        if (refused != null) {
                            result.completeExceptionally(refused instanceof CompletionException && refused.getCause() != null
                                    ? refused.getCause() : refused);
                        }
                    }), delay.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(e);
        }
    }

    private void pollOnce(PairCheckpoint checkpoint, PairWaitSpec spec, Instant deadline, Duration delay,
            CompletableFuture<RedundantPair> result) {
        if (result.isDone()) {
            return;
        }
        PairCheckpoint latest = checkpoint;
        try {
            RedundantPair pair = poll.apply(checkpoint);
            latest = pair.checkpoint();
            spec.checkpoint(latest);
            if (spec.successStates().contains(pair.state())) {
                result.complete(pair);
                return;
            }
            if (spec.fails(pair.state())) {
                result.completeExceptionally(new WaitFailedException("the pair " + pair.key() + " failed: "
                        + pair.requiredAction().description(), context, pair.requiredAction().connectionId() == null
                                ? pair.first() : pair.lines().stream().filter(line -> line.id().equals(
                                        pair.requiredAction().connectionId())).findFirst().orElse(pair.first()), null));
                return;
            }
        } catch (DirectConnectException e) {
            if (!e.isRetryable()) {
                result.completeExceptionally(e);
                return;
            }
        } catch (RuntimeException e) {
            result.completeExceptionally(e);
            return;
        }
        if (!clock.instant().isBefore(deadline)) {
            result.completeExceptionally(new WaitTimeoutException("the pair " + checkpoint.key() + " did not reach "
                    + spec.successStates() + " in " + spec.timeout() + "; resume from its latest checkpoint", context, null));
            return;
        }
        Duration doubled = delay.multipliedBy(2);
        schedule(latest, spec, deadline, delay, doubled.compareTo(spec.maxDelay()) > 0 ? spec.maxDelay() : doubled, result);
    }
}
