package io.dclink;

import io.dclink.auth.Credentials;
import io.dclink.event.StateChangeListener;
import io.dclink.interceptor.Interceptor;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The settings a {@link DirectConnectBuilder} collected, handed to the runtime. Immutable. Its
 * {@code toString()} never shows secrets.
 */
public final class ClientConfiguration {

    private final String providerId;
    private final String region;
    private final Credentials credentials;
    private final URI endpoint;
    private final boolean insecureHttpAllowed;
    private final Clock clock;
    private final Map<String, String> properties;
    private final ClassLoader classLoader;
    private final HttpClient httpClient;
    private final Executor executor;
    private final ScheduledExecutorService scheduler;
    private final Duration connectTimeout;
    private final Duration requestTimeout;
    private final Duration idempotencyWindow;
    private final RetryOptions retry;
    private final RateLimitOptions rateLimit;
    private final ConcurrencyOptions concurrency;
    private final CircuitBreakerOptions circuitBreaker;
    private final List<StateChangeListener> listeners;
    private final List<Interceptor> interceptors;
    private final Map<String, String> environment;

    ClientConfiguration(DirectConnectBuilder builder) {
        this.providerId = builder.providerId;
        this.region = builder.region;
        this.credentials = builder.credentials;
        this.endpoint = builder.endpoint;
        this.insecureHttpAllowed = builder.insecureHttpAllowed;
        this.clock = builder.clock;
        this.properties = Map.copyOf(builder.properties);
        this.classLoader = builder.classLoader;
        this.httpClient = builder.httpClient;
        this.executor = builder.executor;
        this.scheduler = builder.scheduler;
        this.connectTimeout = builder.connectTimeout;
        this.requestTimeout = builder.requestTimeout;
        this.idempotencyWindow = builder.idempotencyWindow;
        this.retry = builder.retry;
        this.rateLimit = builder.rateLimit;
        this.concurrency = builder.concurrency;
        this.circuitBreaker = builder.circuitBreaker;
        this.listeners = List.copyOf(builder.listeners);
        this.interceptors = List.copyOf(builder.interceptors);
        this.environment = builder.environment;
    }

    /**
     * The requested provider id.
     *
     * @return the id, or empty to let discovery choose (the only installed provider, or the
     *     {@code dclink.provider} system property)
     */
    public Optional<String> providerId() {
        return Optional.ofNullable(providerId);
    }

    /**
     * The region.
     *
     * @return the region id, or empty when none was given
     */
    public Optional<String> region() {
        return Optional.ofNullable(region);
    }

    /**
     * Explicit credentials.
     *
     * @return the credentials, or empty to read the provider's usual environment variables
     */
    public Optional<Credentials> credentials() {
        return Optional.ofNullable(credentials);
    }

    /**
     * The endpoint override.
     *
     * @return the base URI to use instead of the provider's, if any
     */
    public Optional<URI> endpoint() {
        return Optional.ofNullable(endpoint);
    }

    /**
     * Whether plain {@code http://} is allowed to hosts other than loopback.
     *
     * @return the opt-in flag
     */
    public boolean insecureHttpAllowed() {
        return insecureHttpAllowed;
    }

    /**
     * The clock used for signing and waiting.
     *
     * @return the clock
     */
    public Clock clock() {
        return clock;
    }

    /**
     * Provider-specific settings.
     *
     * @return the properties
     */
    public Map<String, String> properties() {
        return properties;
    }

    /**
     * The class loader plugins are discovered with.
     *
     * @return the class loader
     */
    public ClassLoader classLoader() {
        return classLoader;
    }

    /**
     * The user's HTTP client.
     *
     * @return it, or empty to let the runtime build one
     */
    public Optional<HttpClient> httpClient() {
        return Optional.ofNullable(httpClient);
    }

    /**
     * The executor for the short tasks of the runtime's HTTP client.
     *
     * @return it, or empty for one thread of the client's own
     */
    public Optional<Executor> executor() {
        return Optional.ofNullable(executor);
    }

    /**
     * The user's scheduler.
     *
     * @return it, or empty for the runtime's shared one
     */
    public Optional<ScheduledExecutorService> scheduler() {
        return Optional.ofNullable(scheduler);
    }

    /**
     * The connect timeout.
     *
     * @return the timeout
     */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /**
     * The timeout of one attempt.
     *
     * @return the timeout
     */
    public Duration requestTimeout() {
        return requestTimeout;
    }

    /**
     * How long a create whose outcome is unknown is looked for before it is ordered again.
     *
     * @return the window
     */
    public Duration idempotencyWindow() {
        return idempotencyWindow;
    }

    /**
     * The retry policy.
     *
     * @return the policy
     */
    public RetryOptions retry() {
        return retry;
    }

    /**
     * The client-side rate limit.
     *
     * @return the limit
     */
    public RateLimitOptions rateLimit() {
        return rateLimit;
    }

    /**
     * The bounds on requests in flight.
     *
     * @return the bounds
     */
    public ConcurrencyOptions concurrency() {
        return concurrency;
    }

    /**
     * The circuit breaker options.
     *
     * @return the options
     */
    public CircuitBreakerOptions circuitBreaker() {
        return circuitBreaker;
    }

    /**
     * The state-change listeners.
     *
     * @return the listeners
     */
    public List<StateChangeListener> listeners() {
        return listeners;
    }

    /**
     * The interceptors, in registration order.
     *
     * @return the interceptors
     */
    public List<Interceptor> interceptors() {
        return interceptors;
    }

    @Override
    public String toString() {
        return "ClientConfiguration[provider=" + providerId + ", region=" + region + ", credentials="
                + credentials + ", endpoint=" + endpoint + ", insecureHttpAllowed=" + insecureHttpAllowed
                + ", properties=" + properties.keySet() + "]";
    }

    /**
     * Where the provider's credential variables are read when no credentials were given.
     *
     * @return the variables given to the builder, or else the process environment
     */
    public Map<String, String> environment() {
        return environment != null ? environment : System.getenv();
    }
}
