package io.dclink.core.internal.http;

import com.github.mizosoft.methanol.Methanol;
import io.dclink.CircuitBreakerOptions;
import io.dclink.RateLimitOptions;
import io.dclink.RetryOptions;
import io.dclink.core.internal.Interceptors;
import io.dclink.spi.ErrorCategory;
import io.dclink.error.DirectConnectException;
import io.dclink.error.ErrorContext;
import io.dclink.error.ProviderUnavailableException;
import io.dclink.error.ThrottledException;
import io.dclink.spi.HttpCall;
import io.dclink.spi.HttpResult;
import io.dclink.spi.Idempotency;
import io.dclink.spi.SigningRequest;
import io.dclink.spi.Transport;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The runtime's {@link Transport}, one per client: a rate limiter for the client (its provider and
 * region), a circuit breaker per endpoint, retries by {@link RetryRules}, a fresh signature per
 * attempt, debug logs with secrets redacted, and typed errors for everything that fails.
 */
public final class HttpTransport implements Transport {

    private static final Logger LOG = LoggerFactory.getLogger("io.dclink.http");

    private final String provider;
    private final HttpClient http;
    private final Clock clock;
    private final ScheduledExecutorService scheduler;
    private final Supplier<SecretScrubber> scrubber;
    private final RetryOptions retryOptions;
    private final RateLimiter rateLimiter;
    private final CircuitBreakerConfig breakerConfig;
    private final Map<String, CircuitBreaker> breakers = new ConcurrentHashMap<>();
    private final Map<Idempotency, RetryConfig> retryConfigs = new ConcurrentHashMap<>();
    private final Interceptors interceptors;

    /**
     * Creates the transport.
     *
     * @param provider the provider id
     * @param backend the HTTP client to send with
     * @param requestTimeout the timeout of one attempt
     * @param clock the clock for signing and the circuit breaker
     * @param scheduler the scheduler for delays
     * @param scrubber the secrets to keep out of logs and errors, those of the credentials current for each call
     * @param retry the retry policy
     * @param rateLimit the rate limit
     * @param circuitBreaker the circuit breaker options
     * @param interceptors the client's interceptors, told of every attempt
     */
    public HttpTransport(String provider, HttpClient backend, Duration requestTimeout, Clock clock,
            ScheduledExecutorService scheduler, Supplier<SecretScrubber> scrubber, RetryOptions retry, RateLimitOptions rateLimit,
            CircuitBreakerOptions circuitBreaker, Interceptors interceptors) {
        this.provider = provider;
        this.interceptors = interceptors;
        this.http = Methanol.newBuilder(backend).requestTimeout(requestTimeout).autoAcceptEncoding(false).build();
        this.clock = clock;
        this.scheduler = scheduler;
        this.scrubber = scrubber;
        this.retryOptions = retry;
        this.rateLimiter = RateLimiter.of(provider, RateLimiterConfig.custom()
                .limitForPeriod(rateLimit.permitsPerSecond())
                .limitRefreshPeriod(Duration.ofSeconds(1))
                .timeoutDuration(Duration.ofMinutes(5))
                .build());
        this.breakerConfig = CircuitBreakerConfig.custom()
                .failureRateThreshold(circuitBreaker.failureRatePercent())
                .slidingWindowSize(circuitBreaker.windowSize())
                .minimumNumberOfCalls(circuitBreaker.minimumCalls())
                .waitDurationInOpenState(circuitBreaker.openDuration())
                .permittedNumberOfCallsInHalfOpenState(Math.min(3, circuitBreaker.minimumCalls()))
                .clock(clock)
                .build();
    }

    @Override
    public CompletableFuture<HttpResult> send(HttpCall call) {
        SecretScrubber callScrubber = scrubber.get().with(call.sensitiveValues());
        Retry retry = Retry.of(call.operation(), retryConfigs.computeIfAbsent(call.idempotency(), this::retryConfig));
        AtomicInteger attempts = new AtomicInteger();
        return Retry.decorateCompletionStage(retry, scheduler,
                        () -> permit().thenCompose(ready -> guarded(call, callScrubber, attempts.incrementAndGet())))
                .get()
                .toCompletableFuture()
                .exceptionallyCompose(failure -> CompletableFuture.failedFuture(unwrap(failure)));
    }

    private RetryConfig retryConfig(Idempotency idempotency) {
        return RetryConfig.<HttpResult>custom()
                .maxAttempts(retryOptions.maxAttempts())
                .retryOnException(failure -> RetryRules.shouldRetry(unwrap(failure), idempotency, retryOptions))
                .intervalBiFunction((attempt, outcome) -> RetryRules.delayMillis(
                        attempt, outcome.isLeft() ? unwrap(outcome.getLeft()) : null, retryOptions))
                .failAfterMaxAttempts(false)
                .build();
    }

    /** Completes when the rate limiter grants a permit, without holding a thread while waiting. */
    private CompletableFuture<Void> permit() {
        long waitNanos = rateLimiter.reservePermission();
        if (waitNanos == 0) {
            return CompletableFuture.completedFuture(null);
        }
        if (waitNanos < 0) {
            return CompletableFuture.failedFuture(new ThrottledException(
                    "The client-side rate limit of provider '" + provider + "' is exhausted for the next minutes: "
                            + "lower the request rate or raise DirectConnectBuilder.rateLimit",
                    ErrorContext.of(provider), null));
        }
        CompletableFuture<Void> ready = new CompletableFuture<>();
        scheduler.schedule(() -> ready.complete(null), waitNanos, TimeUnit.NANOSECONDS);
        return ready;
    }

    private CompletableFuture<HttpResult> guarded(HttpCall call, SecretScrubber callScrubber, int number) {
        String endpoint = call.uri().getScheme() + "://" + call.uri().getRawAuthority();
        CircuitBreaker breaker = breakers.computeIfAbsent(endpoint, name -> CircuitBreaker.of(name, breakerConfig));
        if (!breaker.tryAcquirePermission()) {
            return CompletableFuture.failedFuture(new ProviderUnavailableException(
                    "Calls to " + endpoint + " are suspended: most recent calls failed, so the circuit breaker is open "
                            + "for " + breakerConfig.getWaitIntervalFunctionInOpenState().apply(1) + " ms; retry later",
                    ErrorContext.of(provider), false, null));
        }
        long started = System.nanoTime();
        return attempt(call, callScrubber, number).whenComplete((result, failure) -> {
            long elapsed = System.nanoTime() - started;
            Throwable cause = failure == null ? null : unwrap(failure);
            if (cause instanceof ProviderUnavailableException) {
                breaker.onError(elapsed, TimeUnit.NANOSECONDS, cause);
            } else {
                breaker.onSuccess(elapsed, TimeUnit.NANOSECONDS);
            }
        });
    }

    private CompletableFuture<HttpResult> attempt(HttpCall call, SecretScrubber callScrubber, int number) {
        Attempt observed = interceptors.none() ? null : new Attempt(provider, call, number);
        if (observed != null) {
            interceptors.beforeAttempt(observed);
        }
        HttpRequest request;
        try {
            request = request(call, callScrubber, observed);
        } catch (RuntimeException e) {
            if (observed != null) {
                observed.ended(0, 0, e);
                interceptors.afterAttempt(observed);
            }
            return CompletableFuture.failedFuture(e);
        }
        long started = System.nanoTime();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
                .handle((response, failure) -> {
                    long nanos = System.nanoTime() - started;
                    long millis = TimeUnit.NANOSECONDS.toMillis(nanos);
                    if (observed != null) {
                        observed.ended(failure == null ? response.statusCode() : 0, nanos,
                                failure == null ? null : unwrapRaw(failure));
                        interceptors.afterAttempt(observed);
                    }
                    if (failure != null) {
                        DirectConnectException error = transportFailure(call, unwrapRaw(failure), callScrubber);
                        LOG.debug("<- {} failed after {} ms: {}", call.operation(), millis, error.getMessage());
                        throw new CompletionException(error);
                    }
                    return received(call, response, millis, callScrubber);
                });
    }

    /** The signed request of one attempt, with the headers interceptors added, logged without secrets. */
    private HttpRequest request(HttpCall call, SecretScrubber callScrubber, Attempt observed) {
        byte[] body = call.body();
        Map<String, List<String>> headers = new LinkedHashMap<>(call.headers());
        call.signer().sign(new SigningRequest(call.method(), call.uri(), call.headers(), body, clock.instant()))
                .forEach((name, value) -> headers.put(name, List.of(value)));
        if (observed != null) {
            observed.addedHeaders().forEach((name, value) -> {
                if (headers.keySet().stream().noneMatch(existing -> existing.equalsIgnoreCase(name))) {
                    headers.put(name, List.of(value));
                } else {
                    LOG.warn("An interceptor's header {} would replace one of the signature's; not sent", name);
                }
            });
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(call.uri())
                .method(call.method(), body.length == 0
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if ("http".equalsIgnoreCase(call.uri().getScheme())) {
            request.version(HttpClient.Version.HTTP_1_1);
        }
        headers.forEach((name, values) -> values.forEach(value -> request.header(name, value)));
        if (LOG.isDebugEnabled()) {
            LOG.debug(callScrubber.scrub("-> " + call.operation() + " " + call.method() + " " + Redaction.uri(call.uri())
                    + " headers=" + Redaction.headers(headers)));
        }
        if (LOG.isTraceEnabled() && body.length > 0) {
            LOG.trace(callScrubber.scrub("-> " + call.operation() + " body: "
                    + Redaction.body(new String(body, java.nio.charset.StandardCharsets.UTF_8))));
        }
        return request.build();
    }

    private HttpResult received(HttpCall call, HttpResponse<byte[]> response, long millis, SecretScrubber callScrubber) {
        HttpResult result = new HttpResult(response.statusCode(), response.headers().map(), response.body());
        LOG.debug("<- {} HTTP {} in {} ms, {} bytes", call.operation(), result.statusCode(), millis, result.body().length);
        if (LOG.isTraceEnabled()) {
            LOG.trace(callScrubber.scrub("<- " + call.operation() + " body: " + Redaction.body(result.bodyText())));
        }
        ErrorContext context = ErrorContext.of(provider)
                .withHttpStatus(result.statusCode())
                .withRetryAfter(RetryAfter.parse(result.header("Retry-After").orElse(null), clock));
        DefaultResponseContext responseContext = new DefaultResponseContext(context, call.operation(), callScrubber);
        Optional<DirectConnectException> error = call.classifier().classify(result, responseContext);
        if (error.isEmpty() && result.statusCode() >= 400) {
            error = Optional.of(fromStatus(result.statusCode(), responseContext));
        }
        if (error.isPresent()) {
            throw new CompletionException(error.get());
        }
        return result;
    }

    private static DirectConnectException fromStatus(int status, DefaultResponseContext response) {
        ErrorCategory category = ErrorCategory.ofStatus(status);
        ErrorContext context = response.errorContext().withRetryable(category.retryableByDefault());
        return category.exception(category.remedy() + " (" + response.operation() + ", HTTP " + status + ")", context);
    }

    private DirectConnectException transportFailure(HttpCall call, Throwable failure, SecretScrubber callScrubber) {
        if (failure instanceof DirectConnectException known) {
            return known;
        }
        URI uri = call.uri();
        String where = call.operation() + " to " + uri.getScheme() + "://" + uri.getRawAuthority();
        boolean neverSent = failure instanceof HttpConnectTimeoutException || failure instanceof ConnectException
                || failure instanceof UnresolvedAddressException || failure.getCause() instanceof ConnectException
                || failure.getCause() instanceof UnresolvedAddressException;
        String what = failure instanceof HttpTimeoutException && !neverSent
                ? "timed out waiting for the response"
                : neverSent ? "could not connect" : "lost the connection (" + failure.getClass().getSimpleName() + ")";
        String message = callScrubber.scrub("Provider unreachable: " + where + " " + what
                + (neverSent ? "; the request was not sent" : "; the request may have taken effect")
                + ". Check the endpoint and network, or retry later");
        return new ProviderUnavailableException(message, ErrorContext.of(provider).withRetryable(true), !neverSent,
                failure instanceof IOException ? null : failure);
    }

    private static Throwable unwrapRaw(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static Throwable unwrap(Throwable failure) {
        return unwrapRaw(failure);
    }
}
