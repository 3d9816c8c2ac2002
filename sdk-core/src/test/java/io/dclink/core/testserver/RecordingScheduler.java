package io.dclink.core.testserver;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A real single-thread scheduler that records every delay it is asked for, so tests can check
 * backoff and Retry-After decisions without measuring wall-clock time.
 */
public final class RecordingScheduler extends ScheduledThreadPoolExecutor {

    private final List<Long> delaysMillis = new CopyOnWriteArrayList<>();

    public RecordingScheduler() {
        super(1, runnable -> {
            Thread thread = new Thread(runnable, "recording-scheduler");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        delaysMillis.add(unit.toMillis(delay));
        return super.schedule(command, delay, unit);
    }

    @Override
    public <V> ScheduledFuture<V> schedule(java.util.concurrent.Callable<V> callable, long delay, TimeUnit unit) {
        delaysMillis.add(unit.toMillis(delay));
        return super.schedule(callable, delay, unit);
    }

    public List<Long> delaysMillis() {
        return List.copyOf(delaysMillis);
    }
}
