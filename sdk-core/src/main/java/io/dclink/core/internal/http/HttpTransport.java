package io.dclink.core.internal.http;

import io.dclink.ClientConfiguration;
import io.dclink.core.internal.Interceptors;
import io.dclink.error.DirectConnectException;
import io.dclink.error.ErrorContext;
import io.dclink.kit.http.ProviderErrors;
import io.dclink.error.ProviderUnavailableException;
import io.dclink.spi.HttpCall;
import io.dclink.spi.HttpResult;
import io.dclink.spi.Idempotency;
import io.dclink.spi.SigningRequest;
import io.dclink.spi.Transport;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The runtime's {@link Transport}, one per client. Every attempt of a call takes a permit of its
 * action's rate limit, then a place among the requests in flight, then its endpoint's circuit
 * breaker's leave; it is signed afresh and sent on one of the client's own threads, which also
 * classifies the answer. Failed attempts are retried by {@link RetryRules}; debug logs have secrets
 * redacted, and everything that fails is a typed error. Closing it fails what waits and ends the
 * threads and the HTTP client it made.
 */
public final class HttpTransport implements Transport, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger("io.dclink.http");

    private final String provider;
    private final ClientConfiguration configuration;
    private final Clock clock;
    private final ScheduledExecutorService scheduler;
    private final Supplier<SecretScrubber> scrubber;
    private final Interceptors interceptors;
    private final ClientThreads threads;
    private final HttpBackend backend;
    private final RateLimits rateLimits;
    private final InFlightLimit inFlight;
    private final Map<String, EndpointBreaker> breakers = new ConcurrentHashMap<>();
    private volatile boolean closed;

    /**
     * Creates the transport. Nothing is started before the first call or {@link #warmUp()}.
     *
     * @param provider the provider id
     * @param configuration the client's settings: HTTP client or executor, timeouts, clock, retry,
     *     rate limit, bounds on requests in flight, circuit breaker
     * @param scheduler the scheduler for delays
     * @param scrubber the secrets to keep out of logs and errors, those of the credentials current for each call
     * @param interceptors the client's interceptors, told of every attempt
     */
    public HttpTransport(String provider, ClientConfiguration configuration, ScheduledExecutorService scheduler,
            Supplier<SecretScrubber> scrubber, Interceptors interceptors) {
        this.provider = provider;
        this.configuration = configuration;
        this.clock = configuration.clock();
        this.scheduler = scheduler;
        this.scrubber = scrubber;
        this.interceptors = interceptors;
        this.threads = new ClientThreads(provider);
        this.backend = new HttpBackend(threads, Optional.ofNullable(configuration.httpClient()), configuration.connectTimeout(),
                Optional.ofNullable(configuration.executor()), configuration.concurrency().maxRequestsInFlight(),
                configuration.endpoint() != null && "http".equalsIgnoreCase(configuration.endpoint().getScheme()));
        this.rateLimits = new RateLimits(configuration.rateLimit(), scheduler, new LimiterTime(clock));
        this.inFlight = new InFlightLimit(configuration.concurrency());
    }

    @Override
    public CompletableFuture<HttpResult> send(HttpCall call) {
        if (closed) {
            return CompletableFuture.failedFuture(closedError());
        }
        SecretScrubber callScrubber = scrubber.get().with(call.sensitiveValues());
        boolean background = Background.active();
        WriteWitness witness = WriteWitness.current();
        String endpoint = call.uri().getScheme() + "://" + call.uri().getRawAuthority();
        return new CallAttempts(call, configuration.retry(), scheduler,
                number -> rateLimits.acquire(call.operation(), background)
                        .thenCompose(permitted -> inFlight.acquire(endpoint))
                        .thenCompose(admitted -> dispatch(call, callScrubber, number, endpoint, witness)))
                .start();
    }

    /**
     * Starts making the HTTP client in the background, so that the first call finds it ready.
     *
     * @return this transport
     */
    public HttpTransport warmUp() {
        backend.warmUp();
        return this;
    }

    /** The name every thread this transport starts begins with ({@code dclink-<provider>-<n>-}). */
    public String threadPrefix() {
        return threads.prefix();
    }

    @Override
    public void close() {
        closed = true;
        DirectConnectException error = closedError();
        rateLimits.failAll(error);
        inFlight.failAll(error);
        backend.close();
    }

    /**
     * Sends one admitted attempt on a sender thread, unless its endpoint's breaker is open; the answer
     * is completed with the operation's write witness set, and tells it when a write was accepted.
     */
    private CompletableFuture<HttpResult> dispatch(HttpCall call, SecretScrubber callScrubber, int number, String endpoint,
            WriteWitness witness) {
        EndpointBreaker breaker = breakers.computeIfAbsent(endpoint,
                name -> new EndpointBreaker(configuration.circuitBreaker(), clock));
        if (!breaker.tryAcquire()) {
            inFlight.release(endpoint);
            return CompletableFuture.failedFuture(new ProviderUnavailableException(
                    "Calls to " + endpoint + " are suspended: most recent calls failed, so the circuit breaker is open "
                            + "for " + breaker.openMillis() + " ms; retry later",
                    ErrorContext.of(provider), false, null));
        }
        CompletableFuture<HttpResult> outcome = new CompletableFuture<>();
        try {
            backend.execute(() -> {
                HttpResult result = null;
                Throwable failure = null;
                try {
                    result = exchange(call, callScrubber, number);
                } catch (RuntimeException | Error e) {
                    failure = e;
                }
                breaker.record(failure instanceof ProviderUnavailableException);
                inFlight.release(endpoint);
                if (failure == null && witness != null && call.idempotency() != Idempotency.IDEMPOTENT) {
                    witness.writeAccepted();
                }
                HttpResult answer = result;
                Throwable error = failure;
                WriteWitness.completeWith(witness,
                        () -> {
                            if (error == null) {
                                outcome.complete(answer);
                            } else {
                                outcome.completeExceptionally(error);
                            }
                        });
            });
        } catch (RejectedExecutionException e) {
            breaker.record(false);
            inFlight.release(endpoint);
            outcome.completeExceptionally(closedError());
        }
        return outcome;
    }

    /** One attempt, on a sender thread: sign, send, wait for the whole answer, classify it. */
    private HttpResult exchange(HttpCall call, SecretScrubber callScrubber, int number) {
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
            throw e;
        }
        long started = System.nanoTime();
        HttpResponse<byte[]> response = null;
        Exception failure = null;
        try {
            response = backend.send(request);
        } catch (IOException e) {
            failure = e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = e;
        }
        long nanos = System.nanoTime() - started;
        long millis = TimeUnit.NANOSECONDS.toMillis(nanos);
        if (observed != null) {
            observed.ended(failure == null ? response.statusCode() : 0, nanos, failure);
            interceptors.afterAttempt(observed);
        }
        if (failure != null) {
            DirectConnectException error = failure instanceof InterruptedException || closed
                    ? closedError() : transportFailure(call, failure, callScrubber);
            LOG.debug("<- {} failed after {} ms: {}", call.operation(), millis, error.getMessage());
            throw error;
        }
        return received(call, response, millis, callScrubber);
    }

    private DirectConnectException closedError() {
        return new ProviderUnavailableException("The client is closed: build a new one to call " + provider + " again",
                ErrorContext.of(provider), false, null);
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
                .timeout(configuration.requestTimeout())
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
            error = Optional.of(ProviderErrors.fromStatus(result.statusCode(), responseContext));
        }
        if (error.isPresent()) {
            throw error.get();
        }
        return result;
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
}
