package io.dclink.core.internal;

import java.time.Clock;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;

/** What waiters and watches of one client share: scheduler, clock, listeners, the waits and watches running. */
final class RuntimeServices {

    private final ScheduledExecutorService scheduler;
    private final Clock clock;
    private final Events events;
    private final Set<AutoCloseable> running = ConcurrentHashMap.newKeySet();

    RuntimeServices(ScheduledExecutorService scheduler, Clock clock, Events events) {
        this.scheduler = scheduler;
        this.clock = clock;
        this.events = events;
    }

    ScheduledExecutorService scheduler() {
        return scheduler;
    }

    Clock clock() {
        return clock;
    }

    Events events() {
        return events;
    }

    void started(AutoCloseable task) {
        running.add(task);
    }

    void ended(AutoCloseable task) {
        running.remove(task);
    }

    void closeAll() {
        for (AutoCloseable task : Set.copyOf(running)) {
            try {
                task.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
