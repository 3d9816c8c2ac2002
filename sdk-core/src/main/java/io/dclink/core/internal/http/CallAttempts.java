package io.dclink.core.internal.http;

import io.dclink.RetryOptions;
import io.dclink.spi.HttpCall;
import io.dclink.spi.HttpResult;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * The attempts of one call: the next one follows a retryable failure after the delay
 * {@link RetryRules} gives, on the scheduler, until the call succeeds, fails for good or has used
 * its attempts.
 */
final class CallAttempts {

    private final HttpCall call;
    private final RetryOptions options;
    private final ScheduledExecutorService scheduler;
    private final IntFunction<CompletableFuture<HttpResult>> attempt;
    private final CompletableFuture<HttpResult> result = new CompletableFuture<>();

    CallAttempts(HttpCall call, RetryOptions options, ScheduledExecutorService scheduler,
            IntFunction<CompletableFuture<HttpResult>> attempt) {
        this.call = call;
        this.options = options;
        this.scheduler = scheduler;
        this.attempt = attempt;
    }

    CompletableFuture<HttpResult> start() {
        run(1);
        return result;
    }

    private void run(int number) {
        CompletableFuture<HttpResult> outcome;
        try {
            outcome = attempt.apply(number);
        } catch (RuntimeException e) {
            outcome = CompletableFuture.failedFuture(e);
        }
        outcome.whenComplete((answer, failure) -> {
            if (failure == null) {
                result.complete(answer);
            } else {
                failed(number, unwrap(failure));
            }
        });
    }

    private void failed(int number, Throwable failure) {
        if (number >= options.maxAttempts() || !RetryRules.shouldRetry(failure, call.idempotency(), options)) {
            result.completeExceptionally(failure);
            return;
        }
        long delay = RetryRules.delayMillis(number, failure, options);
        try {
            scheduler.schedule(() -> run(number + 1), delay, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(failure);
        }
    }

    static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
