package io.dclink.core.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The runtime's few shared threads, created on first use and shared by every client: one
 * scheduler thread for delays, waiters and watches (which never block), and a small pool for HTTP
 * completions. All are daemon threads.
 */
final class SharedThreads {

    private static final int HTTP_THREADS = 4;

    private SharedThreads() {
    }

    static ScheduledExecutorService scheduler() {
        return Holder.SCHEDULER;
    }

    static ExecutorService http() {
        return Holder.HTTP;
    }

    private static final class Holder {
        static final ScheduledExecutorService SCHEDULER = createScheduler();
        static final ExecutorService HTTP = Executors.newFixedThreadPool(HTTP_THREADS, daemon("dclink-http-"));

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
