package io.dclink;

import io.dclink.auth.Credentials;
import io.dclink.event.StateChangeListener;
import io.dclink.interceptor.Interceptor;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Builds a {@link DirectConnect}. Only the region is usually needed besides the provider;
 * credentials default to the provider's usual environment variables.
 */
public final class DirectConnectBuilder {

    String providerId;
    String region;
    Credentials credentials;
    URI endpoint;
    boolean insecureHttpAllowed;
    Clock clock = Clock.systemUTC();
    final Map<String, String> properties = new HashMap<>();
    ClassLoader classLoader = RuntimeLocator.defaultClassLoader();
    HttpClient httpClient;
    Executor executor;
    ScheduledExecutorService scheduler;
    Duration connectTimeout = Duration.ofSeconds(10);
    Duration requestTimeout = Duration.ofSeconds(30);
    Duration idempotencyWindow = Duration.ofSeconds(60);
    RetryOptions retry = RetryOptions.defaults();
    RateLimitOptions rateLimit = RateLimitOptions.defaults();
    ConcurrencyOptions concurrency = ConcurrencyOptions.defaults();
    CircuitBreakerOptions circuitBreaker = CircuitBreakerOptions.defaults();
    final List<StateChangeListener> listeners = new ArrayList<>();
    final List<Interceptor> interceptors = new ArrayList<>();
    Map<String, String> environment;

    DirectConnectBuilder() {
    }

    /**
     * Selects the provider plugin by id (e.g. {@code tencent}, {@code alibaba}). When omitted, the
     * {@code dclink.provider} system property decides, or the only installed plugin.
     *
     * @param id the provider id
     * @return this builder
     */
    public DirectConnectBuilder provider(String id) {
        this.providerId = Objects.requireNonNull(id, "id");
        return this;
    }

    /**
     * Sets the region (e.g. {@code ap-guangzhou}, {@code cn-hangzhou}, {@code cn-north-1}).
     * Required for a provider with regions; refused for one without (see
     * {@link ProviderInfo#regional()}).
     *
     * @param id the region id
     * @return this builder
     */
    public DirectConnectBuilder region(String id) {
        this.region = Objects.requireNonNull(id, "id");
        return this;
    }

    /**
     * Sets explicit credentials instead of the provider's environment variables.
     *
     * @param value the credentials
     * @return this builder
     */
    public DirectConnectBuilder credentials(Credentials value) {
        this.credentials = Objects.requireNonNull(value, "credentials");
        return this;
    }

    /**
     * Sends every request to this base URI instead of the provider's endpoint (an emulator, a
     * proxy, a private endpoint). Plain {@code http://} is accepted only for loopback hosts unless
     * {@link #allowInsecureHttp()} is called.
     *
     * @param uri the base URI
     * @return this builder
     */
    public DirectConnectBuilder endpoint(URI uri) {
        this.endpoint = Objects.requireNonNull(uri, "uri");
        return this;
    }

    /**
     * Allows plain {@code http://} endpoints on non-loopback hosts. Credentials-derived signatures
     * then cross the network unencrypted; use only on trusted networks.
     *
     * @return this builder
     */
    public DirectConnectBuilder allowInsecureHttp() {
        this.insecureHttpAllowed = true;
        return this;
    }

    /**
     * Sets the clock used for request timestamps and waiting (tests use a fixed or emulated one).
     *
     * @param value the clock
     * @return this builder
     */
    public DirectConnectBuilder clock(Clock value) {
        this.clock = Objects.requireNonNull(value, "clock");
        return this;
    }

    /**
     * Sets a provider-specific property (listed per provider in docs/providers.md).
     *
     * @param key the property name
     * @param value the value
     * @return this builder
     */
    public DirectConnectBuilder property(String key, String value) {
        properties.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
        return this;
    }

    /**
     * Sets the class loader used to discover the runtime and provider plugins.
     *
     * @param loader the class loader
     * @return this builder
     */
    public DirectConnectBuilder classLoader(ClassLoader loader) {
        this.classLoader = Objects.requireNonNull(loader, "loader");
        return this;
    }

    /**
     * Uses this HTTP client instead of one the runtime builds; then {@link #connectTimeout(Duration)}
     * and {@link #executor(Executor)} do not apply, and closing the {@link DirectConnect} leaves it
     * open.
     *
     * @param client the client
     * @return this builder
     */
    public DirectConnectBuilder httpClient(HttpClient client) {
        this.httpClient = Objects.requireNonNull(client, "client");
        return this;
    }

    /**
     * Sets the executor the HTTP client the runtime builds runs its own short tasks on (by default
     * one thread of the client's). The runtime never blocks it: requests are sent, and responses
     * handled, on the client's own threads (see {@link ConcurrencyOptions}).
     *
     * @param value the executor
     * @return this builder
     */
    public DirectConnectBuilder executor(Executor value) {
        this.executor = Objects.requireNonNull(value, "executor");
        return this;
    }

    /**
     * Sets the scheduler for retries, rate limiting, waiters and watches, instead of the runtime's
     * shared one. The runtime never blocks its threads, and closing the {@link DirectConnect} leaves
     * it running.
     *
     * @param value the scheduler
     * @return this builder
     */
    public DirectConnectBuilder scheduler(ScheduledExecutorService value) {
        this.scheduler = Objects.requireNonNull(value, "scheduler");
        return this;
    }

    /**
     * Sets how long to wait for a connection to the provider (default 10 s).
     *
     * @param value the timeout
     * @return this builder
     */
    public DirectConnectBuilder connectTimeout(Duration value) {
        this.connectTimeout = Objects.requireNonNull(value, "connectTimeout");
        return this;
    }

    /**
     * Sets how long one attempt may take from sending to the complete response (default 30 s).
     *
     * @param value the timeout
     * @return this builder
     */
    public DirectConnectBuilder requestTimeout(Duration value) {
        this.requestTimeout = Objects.requireNonNull(value, "requestTimeout");
        return this;
    }

    /**
     * How long a create whose outcome is unknown (a timeout, a lost connection, an unreadable
     * answer) is looked for before it is ordered again, on providers without client tokens: the
     * order may still be in flight. 60 seconds by default.
     *
     * @param value the window; positive
     * @return this builder
     */
    public DirectConnectBuilder idempotencyWindow(Duration value) {
        this.idempotencyWindow = Objects.requireNonNull(value, "idempotencyWindow");
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("the idempotency window must be positive, was " + value);
        }
        return this;
    }

    /**
     * Sets the retry policy (default {@link RetryOptions#defaults()}).
     *
     * @param value the policy
     * @return this builder
     */
    public DirectConnectBuilder retry(RetryOptions value) {
        this.retry = Objects.requireNonNull(value, "retry");
        return this;
    }

    /**
     * Sets the client-side rate limit (default {@link RateLimitOptions#defaults()}).
     *
     * @param value the limit
     * @return this builder
     */
    public DirectConnectBuilder rateLimit(RateLimitOptions value) {
        this.rateLimit = Objects.requireNonNull(value, "rateLimit");
        return this;
    }

    /**
     * Sets how many requests the client has in flight at once, in all and to one endpoint (default
     * {@link ConcurrencyOptions#defaults()}).
     *
     * @param value the bounds
     * @return this builder
     */
    public DirectConnectBuilder concurrency(ConcurrencyOptions value) {
        this.concurrency = Objects.requireNonNull(value, "concurrency");
        return this;
    }

    /**
     * Sets the circuit breaker of each endpoint (default {@link CircuitBreakerOptions#defaults()}).
     *
     * @param value the options
     * @return this builder
     */
    public DirectConnectBuilder circuitBreaker(CircuitBreakerOptions value) {
        this.circuitBreaker = Objects.requireNonNull(value, "circuitBreaker");
        return this;
    }

    /**
     * Adds a listener for every state change that waiters and watches observe.
     *
     * @param listener the listener
     * @return this builder
     */
    public DirectConnectBuilder listener(StateChangeListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
        return this;
    }

    /**
     * Adds an interceptor of operations and HTTP attempts (metrics, tracing, extra headers). See
     * {@link Interceptor} for where each hook runs; the first added wraps the others.
     *
     * @param interceptor the interceptor
     * @return this builder
     */
    public DirectConnectBuilder interceptor(Interceptor interceptor) {
        interceptors.add(Objects.requireNonNull(interceptor, "interceptor"));
        return this;
    }

    /**
     * Where to read the provider's credential variables when no credentials are given; by default
     * the process environment.
     *
     * @param variables the variables
     * @return this builder
     */
    public DirectConnectBuilder environment(Map<String, String> variables) {
        this.environment = Map.copyOf(Objects.requireNonNull(variables, "variables"));
        return this;
    }

    /**
     * Builds the client.
     *
     * @return the client
     * @throws io.dclink.error.ProviderDiscoveryException if the provider cannot be found or the
     *     installed plugins are inconsistent
     * @throws io.dclink.error.ValidationException if the settings are invalid
     */
    public DirectConnect build() {
        return RuntimeLocator.locate(classLoader).create(new ClientConfiguration(this));
    }
}
