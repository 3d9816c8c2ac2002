package io.dclink;

import java.time.Duration;

/**
 * How the runtime retries failed calls: at most {@code maxAttempts} attempts in total, with
 * exponential backoff and full jitter between {@code baseDelay} and {@code maxDelay}. A
 * {@code Retry-After} from the provider replaces the computed delay; if it is longer than
 * {@code maxDelay} the call fails instead of waiting. Only retryable errors are retried, and a call
 * that may already have taken effect only if it is idempotent or carries a client token.
 *
 * @param maxAttempts attempts in total, at least 1 (1 disables retries)
 * @param baseDelay the backoff unit
 * @param maxDelay the longest delay between attempts
 */
public record RetryOptions(int maxAttempts, Duration baseDelay, Duration maxDelay) {

    /**
     * Validates the components.
     *
     * @param maxAttempts attempts in total
     * @param baseDelay the backoff unit
     * @param maxDelay the longest delay
     */
    public RetryOptions {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        if (baseDelay.isNegative() || maxDelay.compareTo(baseDelay) < 0) {
            throw new IllegalArgumentException("need 0 <= baseDelay <= maxDelay, got " + baseDelay + " and " + maxDelay);
        }
    }

    /** {@return the defaults: four attempts, 200 ms backoff unit, at most 20 s between attempts} */
    public static RetryOptions defaults() {
        return new RetryOptions(4, Duration.ofMillis(200), Duration.ofSeconds(20));
    }

    /** {@return no retries: one attempt only} */
    public static RetryOptions disabled() {
        return new RetryOptions(1, Duration.ZERO, Duration.ZERO);
    }
}
