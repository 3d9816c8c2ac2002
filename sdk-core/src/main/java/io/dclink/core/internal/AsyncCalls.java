package io.dclink.core.internal;

import io.dclink.error.ErrorContext;
import io.dclink.error.ProviderUnavailableException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * One client's small pool for its asynchronous calls: at most {@link #THREADS} named daemon
 * threads ({@code dclink-<provider>-call-N}), started on demand and ended after a minute idle,
 * calls beyond them queued; shut down with the client.
 */
final class AsyncCalls {

    static final int THREADS = 4;

    private final String provider;
    private final ThreadPoolExecutor pool;

    AsyncCalls(String provider) {
        this.provider = provider;
        AtomicInteger count = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(THREADS, THREADS, 1, TimeUnit.MINUTES, new LinkedBlockingQueue<>(), runnable -> {
            Thread thread = new Thread(runnable, "dclink-" + provider + "-call-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.pool.allowCoreThreadTimeOut(true);
    }

    <T> CompletableFuture<T> run(Supplier<T> call) {
        try {
            return CompletableFuture.supplyAsync(call, pool);
        } catch (RejectedExecutionException closed) {
            return CompletableFuture.failedFuture(new ProviderUnavailableException("The client is closed: build a new one "
                    + "to call " + provider + " again", ErrorContext.of(provider), false, null));
        }
    }

    void close() {
        pool.shutdown();
    }
}
