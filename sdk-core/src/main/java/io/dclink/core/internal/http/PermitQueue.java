package io.dclink.core.internal.http;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The rate limit of one action: a token bucket refilled evenly ({@code 1 / rate} per permit) that
 * holds at most {@code burst} permits. A caller that finds none free queues, without holding a
 * thread, and is granted its permit on the scheduler when the bucket has one: first the calls of
 * the application in order, then background polls in order. Nothing ever fails for want of a
 * permit, and a cancelled waiter gives its turn away.
 */
final class PermitQueue {

    /** Runs a task after a delay, without blocking (the runtime's scheduler). */
    @FunctionalInterface
    interface Delays {
        void after(long nanos, Runnable task);
    }

    private static final CompletableFuture<Void> GRANTED = CompletableFuture.completedFuture(null);

    private final long nanosPerPermit;
    private final long capacityNanos;
    private final Delays delays;
    private final LongSupplier nanoTime;
    private final ArrayDeque<CompletableFuture<Void>> calls = new ArrayDeque<>();
    private final ArrayDeque<CompletableFuture<Void>> polls = new ArrayDeque<>();
    private long creditNanos;
    private long refilledAt;
    private boolean grantScheduled;

    PermitQueue(int permitsPerSecond, int burst, Delays delays, LongSupplier nanoTime) {
        this.nanosPerPermit = TimeUnit.SECONDS.toNanos(1) / permitsPerSecond;
        this.capacityNanos = nanosPerPermit * burst;
        this.delays = delays;
        this.nanoTime = nanoTime;
        this.refilledAt = nanoTime.getAsLong();
        this.creditNanos = capacityNanos;
    }

    /**
     * A permit for one attempt.
     *
     * @param background whether the attempt is a background poll, which yields to the application's calls
     * @return completes when the permit is granted
     */
    CompletableFuture<Void> acquire(boolean background) {
        synchronized (this) {
            refill();
            if (calls.isEmpty() && polls.isEmpty() && creditNanos >= nanosPerPermit) {
                creditNanos -= nanosPerPermit;
                return GRANTED;
            }
            CompletableFuture<Void> turn = new CompletableFuture<>();
            (background ? polls : calls).add(turn);
            scheduleGrant();
            return turn;
        }
    }

    /** Fails every waiter: the client is closed. */
    void failAll(RuntimeException error) {
        List<CompletableFuture<Void>> waiting;
        synchronized (this) {
            waiting = new ArrayList<>(calls);
            waiting.addAll(polls);
            calls.clear();
            polls.clear();
        }
        waiting.forEach(turn -> turn.completeExceptionally(error));
    }

    private void grant() {
        List<CompletableFuture<Void>> granted = new ArrayList<>();
        synchronized (this) {
            grantScheduled = false;
            refill();
            while (creditNanos >= nanosPerPermit) {
                CompletableFuture<Void> next = calls.isEmpty() ? polls.poll() : calls.poll();
                if (next == null) {
                    break;
                }
                if (!next.isDone()) {
                    creditNanos -= nanosPerPermit;
                    granted.add(next);
                }
            }
            if (!calls.isEmpty() || !polls.isEmpty()) {
                scheduleGrant();
            }
        }
        granted.forEach(turn -> turn.complete(null));
    }

    private void scheduleGrant() {
        if (!grantScheduled) {
            grantScheduled = true;
            delays.after(Math.max(0, nanosPerPermit - creditNanos), this::grant);
        }
    }

    private void refill() {
        long now = nanoTime.getAsLong();
        long elapsed = now - refilledAt;
        refilledAt = now;
        creditNanos = elapsed >= capacityNanos - creditNanos ? capacityNanos : creditNanos + Math.max(0, elapsed);
    }
}
