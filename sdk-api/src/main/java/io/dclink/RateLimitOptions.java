package io.dclink;

/**
 * The client-side rate limit of one client (one provider and region): calls wait, without holding
 * a thread, until a permit is free.
 *
 * @param permitsPerSecond calls per second, at least 1
 */
public record RateLimitOptions(int permitsPerSecond) {

    /**
     * Validates the component.
     *
     * @param permitsPerSecond calls per second
     */
    public RateLimitOptions {
        if (permitsPerSecond < 1) {
            throw new IllegalArgumentException("permitsPerSecond must be at least 1, was " + permitsPerSecond);
        }
    }

    /**
     * Twenty calls per second, the common per-action default of the providers' APIs.
     *
     * @return the defaults
     */
    public static RateLimitOptions defaults() {
        return new RateLimitOptions(20);
    }
}
