package io.dclink.core.internal.http;

import io.dclink.RateLimitOptions;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/** The client-side rate limit of one client: one {@link PermitQueue} per action, made on first use. */
final class RateLimits {

    private final RateLimitOptions options;
    private final ScheduledExecutorService scheduler;
    private final LongSupplier nanoTime;
    private final Map<String, PermitQueue> actions = new ConcurrentHashMap<>();

    RateLimits(RateLimitOptions options, ScheduledExecutorService scheduler, LongSupplier nanoTime) {
        this.options = options;
        this.scheduler = scheduler;
        this.nanoTime = nanoTime;
    }

    CompletableFuture<Void> acquire(String action, boolean background) {
        return actions.computeIfAbsent(action,
                name -> new PermitQueue(options.permitsPerSecond(), options.burst(),
                        (nanos, task) -> scheduler.schedule(task, nanos, TimeUnit.NANOSECONDS), nanoTime))
                .acquire(background);
    }

    void failAll(RuntimeException error) {
        actions.values().forEach(queue -> queue.failAll(error));
    }
}
