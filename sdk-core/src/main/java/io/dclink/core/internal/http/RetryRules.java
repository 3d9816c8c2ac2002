package io.dclink.core.internal.http;

import io.dclink.RetryOptions;
import io.dclink.error.DirectConnectException;
import io.dclink.error.ProviderUnavailableException;
import io.dclink.error.ThrottledException;
import io.dclink.spi.Idempotency;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When a failed attempt is repeated, and after how long.
 *
 * <ul>
 *   <li>Only errors the provider mapping marks retryable are retried.</li>
 *   <li>A call that provably did not take effect (throttled, or the connection was never made) is
 *       retried whatever its idempotency.</li>
 *   <li>A call that may have taken effect (timeout, connection lost, 5xx) is retried only if it is
 *       idempotent or carries a client token.</li>
 *   <li>The delay is the provider's {@code Retry-After} if given (no retry if that exceeds
 *       {@code maxDelay}), otherwise exponential backoff with full jitter.</li>
 * </ul>
 */
final class RetryRules {

    private RetryRules() {
    }

    static boolean shouldRetry(Throwable failure, Idempotency idempotency, RetryOptions options) {
        if (!(failure instanceof DirectConnectException error) || !error.isRetryable()) {
            return false;
        }
        if (error.retryAfter().filter(delay -> delay.compareTo(options.maxDelay()) > 0).isPresent()) {
            return false;
        }
        return idempotency != Idempotency.NOT_IDEMPOTENT || !mayHaveTakenEffect(error);
    }

    static boolean mayHaveTakenEffect(DirectConnectException error) {
        if (error instanceof ThrottledException) {
            return false;
        }
        return !(error instanceof ProviderUnavailableException unavailable) || unavailable.requestMayHaveBeenProcessed();
    }

    /** Milliseconds to wait before the attempt after {@code attempt} (1-based). */
    static long delayMillis(int attempt, Throwable failure, RetryOptions options) {
        if (failure instanceof DirectConnectException error && error.retryAfter().isPresent()) {
            return error.retryAfter().get().toMillis();
        }
        Duration ceiling = options.baseDelay().multipliedBy(1L << Math.min(attempt - 1, 30));
        long cap = Math.min(options.maxDelay().toMillis(), ceiling.toMillis());
        return cap <= 0 ? 0 : ThreadLocalRandom.current().nextLong(cap + 1);
    }
}
