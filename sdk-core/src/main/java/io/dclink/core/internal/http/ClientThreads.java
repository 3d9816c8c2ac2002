package io.dclink.core.internal.http;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedTransferQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads one client owns, all daemon threads named {@code dclink-<provider>-<client>-…}: a
 * thread is started only when no idle one can take a task, up to a bound, and ends after a minute
 * without work.
 */
final class ClientThreads {

    private static final AtomicInteger CLIENTS = new AtomicInteger();
    private static final long IDLE_SECONDS = 60;

    private final String prefix;

    ClientThreads(String provider) {
        this.prefix = "dclink-" + provider + "-" + CLIENTS.incrementAndGet() + "-";
    }

    /** The name every thread of this client starts with. */
    String prefix() {
        return prefix;
    }

    /**
     * A pool of at most {@code max} threads that starts a thread only when none is idle; a task that
     * finds all of them busy waits in line.
     */
    ExecutorService pool(String role, int max) {
        HandOff queue = new HandOff();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(0, max, IDLE_SECONDS, TimeUnit.SECONDS, queue, named(role),
                (task, executor) -> {
                    if (!executor.isShutdown()) {
                        queue.add(task);
                    } else {
                        throw new java.util.concurrent.RejectedExecutionException("the client is closed");
                    }
                });
        return pool;
    }

    private ThreadFactory named(String role) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + role + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * Offers a task only to an idle thread, so that the pool starts a new thread (up to its bound)
     * rather than queueing behind busy ones; {@link #add} queues it when all are busy.
     */
    private static final class HandOff extends LinkedTransferQueue<Runnable> {

        private static final long serialVersionUID = 1L;

        @Override
        public boolean offer(Runnable task) {
            return tryTransfer(task);
        }
    }
}
