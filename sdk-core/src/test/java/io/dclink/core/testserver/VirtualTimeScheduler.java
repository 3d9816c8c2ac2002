package io.dclink.core.testserver;

import java.time.Duration;
import java.time.Instant;
import java.util.PriorityQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.Delayed;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A scheduler on emulated time: a delayed task runs as soon as every task due before it has run,
 * and the {@link MutableClock} is moved forward to the time it was due. Hours of waits and rate
 * limiting run in seconds, while their HTTP requests stay real. Periodic tasks are not supported.
 */
public final class VirtualTimeScheduler extends ScheduledThreadPoolExecutor {

    private final MutableClock clock;
    private final PriorityQueue<Due<?>> due = new PriorityQueue<>();
    private long sequence;

    public VirtualTimeScheduler(MutableClock clock) {
        super(1, runnable -> {
            Thread thread = new Thread(runnable, "virtual-time-scheduler");
            thread.setDaemon(true);
            return thread;
        });
        this.clock = clock;
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        return enqueue(Executors.callable(command), delay, unit);
    }

    @Override
    public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
        return enqueue(callable, delay, unit);
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
        throw new UnsupportedOperationException("periodic tasks");
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
        throw new UnsupportedOperationException("periodic tasks");
    }

    /** How far the clock has been moved since {@code start}. */
    public Duration elapsedSince(Instant start) {
        return Duration.between(start, clock.instant());
    }

    private <V> ScheduledFuture<V> enqueue(Callable<V> task, long delay, TimeUnit unit) {
        Due<V> entry;
        synchronized (due) {
            entry = new Due<>(task, clock.instant().plusNanos(unit.toNanos(Math.max(0, delay))), sequence++);
            due.add(entry);
        }
        super.schedule(this::runEarliest, 0, TimeUnit.NANOSECONDS);
        return entry;
    }

    private void runEarliest() {
        Due<?> next;
        synchronized (due) {
            next = due.poll();
        }
        Instant now = clock.instant();
        if (next.at.isAfter(now)) {
            clock.advance(Duration.between(now, next.at));
        }
        next.run();
    }

    private final class Due<V> extends FutureTask<V> implements ScheduledFuture<V> {

        private final Instant at;
        private final long order;

        Due(Callable<V> task, Instant at, long order) {
            super(task);
            this.at = at;
            this.order = order;
        }

        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(Duration.between(clock.instant(), at));
        }

        @Override
        public int compareTo(Delayed other) {
            Due<?> that = (Due<?>) other;
            int byTime = at.compareTo(that.at);
            return byTime != 0 ? byTime : Long.compare(order, that.order);
        }
    }
}
