package io.dclink.testkit.emulator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.Delayed;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A client's scheduler on emulated time, as Temporal's test server skips time for workflows: a task
 * scheduled after a delay (the next poll of a wait, a retry's backoff) does not wait in real time;
 * the emulated clock jumps to the next moment anything can change — when the task is due, or, if
 * that is sooner, when the emulator's next lifecycle step is (a poll before it would see nothing
 * new) — running every step that falls due on the way, and the task runs at once. With no step
 * scheduled nothing changes until the test acts, so the clock jumps {@value #IDLE_JUMP_DAYS} days.
 * A wait for a lifecycle of working days so ends after a few polls, and a wait whose target never
 * comes ends with its timeout at once. Tasks run one at a time on one daemon thread, as soon as it
 * is free, the earliest due first among those waiting; a task scheduled without delay runs without
 * moving the clock. Periodic tasks
 * (watches) run in real time on their own daemon thread and move nothing.
 */
public final class TimeSkippingScheduler extends AbstractExecutorService implements ScheduledExecutorService {

    /** How far the clock jumps for a delayed task when no lifecycle step is scheduled. */
    static final int IDLE_JUMP_DAYS = 366;

    private static final AtomicInteger INSTANCES = new AtomicInteger();

    private final EmulatedClock clock;
    private final PriorityQueue<Timed<?>> queue = new PriorityQueue<>();
    private final ScheduledThreadPoolExecutor periodic;
    private final Thread dispatcher;
    private long sequence;
    private boolean shutdown;

    /**
     * A scheduler moving the given clock; its threads start at once.
     *
     * @param clock the emulated clock to move
     */
    public TimeSkippingScheduler(EmulatedClock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        int number = INSTANCES.incrementAndGet();
        this.periodic = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "dclink-emulated-time-periodic-" + number);
            thread.setDaemon(true);
            return thread;
        });
        this.periodic.setRemoveOnCancelPolicy(true);
        this.dispatcher = new Thread(this::dispatch, "dclink-emulated-time-" + number);
        this.dispatcher.setDaemon(true);
        this.dispatcher.start();
    }

    /** One task due at an emulated instant; earlier first, then in the order scheduled. */
    private final class Timed<V> extends FutureTask<V> implements ScheduledFuture<V> {
        private final Instant due;
        private final boolean delayed;
        private final long order;

        Timed(Callable<V> task, Instant due, boolean delayed, long order) {
            super(task);
            this.due = due;
            this.delayed = delayed;
            this.order = order;
        }

        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(Duration.between(clock.instant(), due));
        }

        @Override
        public int compareTo(Delayed other) {
            if (other instanceof Timed<?> timed) {
                int byDue = due.compareTo(timed.due);
                return byDue != 0 ? byDue : Long.compare(order, timed.order);
            }
            return Long.compare(getDelay(TimeUnit.NANOSECONDS), other.getDelay(TimeUnit.NANOSECONDS));
        }

        @Override
        public boolean equals(Object other) {
            return this == other;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    private void dispatch() {
        while (true) {
            Timed<?> next;
            synchronized (this) {
                while (queue.isEmpty() && !shutdown) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
                if (queue.isEmpty()) {
                    notifyAll();
                    return;
                }
                next = queue.poll();
            }
            if (next.isCancelled()) {
                continue;
            }
            Instant runAt = next.delayed ? nextChange(next.due) : next.due;
            Duration ahead = Duration.between(clock.instant(), runAt);
            if (!ahead.isNegative() && !ahead.isZero()) {
                clock.advance(ahead);
            }
            next.run();
        }
    }

    /** The task's due time, or the next lifecycle step after it: between the two nothing can change. */
    private Instant nextChange(Instant due) {
        Instant step = clock.nextStep().orElse(clock.instant().plus(Duration.ofDays(IDLE_JUMP_DAYS)));
        return step.isAfter(due) ? step : due;
    }

    private synchronized <V> Timed<V> enqueue(Callable<V> task, long delay, TimeUnit unit) {
        if (shutdown) {
            throw new RejectedExecutionException("the emulated-time scheduler is shut down");
        }
        Duration wait = Duration.ofNanos(Math.max(0, unit.toNanos(delay)));
        Timed<V> timed = new Timed<>(task, clock.instant().plus(wait), !wait.isZero(), sequence++);
        queue.add(timed);
        notifyAll();
        return timed;
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        return enqueue(Executors.callable(Objects.requireNonNull(command, "command")), delay, unit);
    }

    @Override
    public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
        return enqueue(callable, delay, unit);
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
        return periodic.scheduleAtFixedRate(command, initialDelay, period, unit);
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
        return periodic.scheduleWithFixedDelay(command, initialDelay, delay, unit);
    }

    @Override
    public void execute(Runnable command) {
        enqueue(Executors.callable(Objects.requireNonNull(command, "command")), 0, TimeUnit.NANOSECONDS);
    }

    @Override
    public synchronized void shutdown() {
        shutdown = true;
        periodic.shutdown();
        notifyAll();
    }

    @Override
    public List<Runnable> shutdownNow() {
        List<Runnable> pending;
        synchronized (this) {
            shutdown = true;
            pending = new ArrayList<>(queue);
            queue.clear();
            notifyAll();
        }
        pending.addAll(periodic.shutdownNow());
        return pending;
    }

    @Override
    public synchronized boolean isShutdown() {
        return shutdown;
    }

    @Override
    public boolean isTerminated() {
        return isShutdown() && !dispatcher.isAlive() && periodic.isTerminated();
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        dispatcher.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
        return periodic.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)
                && !dispatcher.isAlive();
    }
}
