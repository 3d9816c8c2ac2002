package io.dclink;

/**
 * The client-side rate limit of each action of one client (one provider and region): the providers
 * limit API actions separately. Permits are spread evenly, {@code 1 / permitsPerSecond} apart,
 * with at most {@code burst} taken at once after a pause. A call that finds no free permit queues for one, without holding a thread and without
 * failing; the polls of waiters and watches queue behind the calls of the application.
 *
 * @param permitsPerSecond calls per second of each action, at least 1
 * @param burst how many permits can be taken at once after a pause, at least 1
 */
public record RateLimitOptions(int permitsPerSecond, int burst) {

    /**
     * Validates the components.
     *
     * @param permitsPerSecond calls per second of each action
     * @param burst permits that can be taken at once
     */
    public RateLimitOptions {
        if (permitsPerSecond < 1) {
            throw new IllegalArgumentException("permitsPerSecond must be at least 1, was " + permitsPerSecond);
        }
        if (burst < 1) {
            throw new IllegalArgumentException("burst must be at least 1, was " + burst);
        }
    }

    /**
     * A rate with a burst of 50 ms worth of permits (at least one).
     *
     * @param permitsPerSecond calls per second of each action, at least 1
     */
    public RateLimitOptions(int permitsPerSecond) {
        this(permitsPerSecond, Math.max(1, permitsPerSecond / 20));
    }

    /**
     * {@return the defaults: twenty calls per second of each action, one at a time (a call every 50 ms at most)} That
     * is the common per-action limit of the providers' APIs (none of them publishes one for its Direct Connect actions;
     * see docs/performance.md).
     */
    public static RateLimitOptions defaults() {
        // UNVERIFIED: no provider publishes a rate limit for its Direct Connect actions; 20/s is the usual figure.
        return new RateLimitOptions(20, 1);
    }
}
