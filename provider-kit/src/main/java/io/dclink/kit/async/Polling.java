package io.dclink.kit.async;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Reads until a condition holds, pausing between reads on a scheduler (doubling from a first
 * pause up to a longest one), never blocking a thread. For the seconds-long asynchronous steps
 * inside one operation; days-long waits are the waiters' job.
 */
public final class Polling {

    private Polling() {
    }

    /**
     * Polls.
     *
     * @param read one read
     * @param done when to stop
     * @param scheduler where the pauses run
     * @param firstPause the pause after the first read that did not satisfy the condition
     * @param longestPause the longest pause
     * @param maxReads how many reads at most
     * @param <T> what is read
     * @return the first value that satisfies the condition, or the last one read when none did
     *     within {@code maxReads}; a failed read fails the result
     */
    public static <T> CompletableFuture<T> until(Supplier<CompletableFuture<T>> read, Predicate<T> done,
            ScheduledExecutorService scheduler, Duration firstPause, Duration longestPause, int maxReads) {
        if (maxReads < 1) {
            throw new IllegalArgumentException("maxReads must be at least 1, was " + maxReads);
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        attempt(read, done, scheduler, firstPause, longestPause, 1, maxReads, result);
        return result;
    }

    private static <T> void attempt(Supplier<CompletableFuture<T>> read, Predicate<T> done,
            ScheduledExecutorService scheduler, Duration pause, Duration longestPause, int number, int maxReads,
            CompletableFuture<T> result) {
        read.get().whenComplete((value, failure) -> {
            if (failure != null) {
                result.completeExceptionally(failure);
            } else if (done.test(value) || number >= maxReads) {
                result.complete(value);
            } else {
                Duration next = pause.multipliedBy(2).compareTo(longestPause) > 0 ? longestPause : pause.multipliedBy(2);
                scheduler.schedule(() -> attempt(read, done, scheduler, next, longestPause, number + 1, maxReads, result),
                        pause.toMillis(), TimeUnit.MILLISECONDS);
            }
        });
    }
}
