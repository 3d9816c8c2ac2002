package io.dclink.core.internal;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The runtime's one shared thread, created on first use and shared by every client: a daemon
 * scheduler thread for delays, rate-limit permits, waiters and watches, which never block it. HTTP
 * requests run on each client's own threads.
 */
final class SharedThreads {

    private SharedThreads() {
    }

    static ScheduledExecutorService scheduler() {
        return Holder.SCHEDULER;
    }

    private static final class Holder {
        static final ScheduledExecutorService SCHEDULER = createScheduler();

        private static ScheduledExecutorService createScheduler() {
            ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, daemon("dclink-scheduler-"));
            executor.setRemoveOnCancelPolicy(true);
            return executor;
        }
    }

    private static ThreadFactory daemon(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
