package io.dclink;

import java.time.Duration;

/**
 * The circuit breaker of each endpoint (host): when at least {@code failureRatePercent} of the last
 * {@code windowSize} calls (once {@code minimumCalls} were made) failed because the provider was
 * unavailable, further calls fail fast for {@code openDuration}; then a few trial calls decide
 * whether to close it again. Provider errors that are answers (4xx) do not count as failures.
 *
 * @param failureRatePercent the failure rate that opens the breaker, 1 to 100
 * @param windowSize how many recent calls are considered
 * @param minimumCalls how many calls are needed before the rate counts
 * @param openDuration how long calls fail fast once open
 */
public record CircuitBreakerOptions(int failureRatePercent, int windowSize, int minimumCalls, Duration openDuration) {

    /**
     * Validates the components.
     *
     * @param failureRatePercent the opening failure rate
     * @param windowSize the window
     * @param minimumCalls the minimum calls
     * @param openDuration the open period
     */
    public CircuitBreakerOptions {
        if (failureRatePercent < 1 || failureRatePercent > 100 || windowSize < 1 || minimumCalls < 1
                || openDuration.isNegative() || openDuration.isZero()) {
            throw new IllegalArgumentException("invalid circuit breaker options");
        }
    }

    /** {@return the defaults: open at 50 % failures over the last 20 calls (at least 10), for 30 seconds} */
    public static CircuitBreakerOptions defaults() {
        return new CircuitBreakerOptions(50, 20, 10, Duration.ofSeconds(30));
    }
}
