package io.dclink.core.internal.http;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Marks the requests a thread starts while it runs a waiter's or a watch's poll: the rate limiter
 * lets the application's own calls go first. A poll's first request is started on the polling
 * thread; requests a plugin chains after it count as the application's.
 */
public final class Background {

    private static final ThreadLocal<Boolean> POLLING = new ThreadLocal<>();

    private Background() {
    }

    /**
     * Runs a poll's read.
     *
     * @param <T> what it reads
     * @param read the read
     * @return what it returned, or a failed future if it threw
     */
    public static <T> CompletableFuture<T> poll(Supplier<CompletableFuture<T>> read) {
        Boolean outer = POLLING.get();
        POLLING.set(Boolean.TRUE);
        try {
            return read.get();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        } finally {
            if (outer == null) {
                POLLING.remove();
            }
        }
    }

    static boolean active() {
        return POLLING.get() != null;
    }
}
