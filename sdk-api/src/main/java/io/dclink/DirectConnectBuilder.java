package io.dclink;

import io.dclink.auth.Credentials;
import io.dclink.auth.CredentialsSupplier;
import io.dclink.event.StateChangeListener;
import io.dclink.interceptor.Interceptor;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
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
 * Builds a {@link DirectConnect}. Only the provider is usually needed: credentials and region
 * default to the chain in docs/architecture.md (explicit, then Java system properties, then the
 * provider's usual environment variables, then the profile file of its own command-line tool).
 */
public final class DirectConnectBuilder {

    private final ClientConfigurationBuilder configuration = new ClientConfigurationBuilder();
    private final Map<String, String> properties = new HashMap<>();
    private final List<StateChangeListener> listeners = new ArrayList<>();
    private final List<Interceptor> interceptors = new ArrayList<>();

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
        configuration.providerId(Objects.requireNonNull(id, "id"));
        return this;
    }

    /**
     * Sets the region (e.g. {@code ap-guangzhou}, {@code cn-hangzhou}, {@code cn-north-1}).
     * A provider with regions needs one: when none is set, it is read like the credentials (system
     * property {@code dclink.<provider>.region}, the provider's region variable, its tool's profile).
     * Refused for a provider without regions (see {@link ProviderInfo#regional()}).
     *
     * @param id the region id
     * @return this builder
     */
    public DirectConnectBuilder region(String id) {
        configuration.region(Objects.requireNonNull(id, "id"));
        return this;
    }

    /**
     * Sets explicit credentials instead of the provider's environment variables.
     *
     * @param value the credentials
     * @return this builder
     */
    public DirectConnectBuilder credentials(Credentials value) {
        configuration.credentials(Objects.requireNonNull(value, "credentials"));
        configuration.credentialsSupplier(null);
        return this;
    }

    /**
     * Sets credentials that expire, such as temporary (STS) keys: the client fetches them from the
     * supplier when it is built and again before they expire, and signs every request with the
     * current ones. Replaces {@link #credentials(Credentials)}.
     *
     * @param supplier what fetches fresh credentials
     * @return this builder
     */
    public DirectConnectBuilder refreshingCredentials(CredentialsSupplier supplier) {
        configuration.credentialsSupplier(Objects.requireNonNull(supplier, "supplier"));
        configuration.credentials(null);
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
        configuration.endpoint(Objects.requireNonNull(uri, "uri"));
        return this;
    }

    /**
     * Allows plain {@code http://} endpoints on non-loopback hosts. Credentials-derived signatures
     * then cross the network unencrypted; use only on trusted networks.
     *
     * @return this builder
     */
    public DirectConnectBuilder allowInsecureHttp() {
        configuration.insecureHttpAllowed(true);
        return this;
    }

    /**
     * Sets the clock used for request timestamps and waiting (tests use a fixed or emulated one).
     *
     * @param value the clock
     * @return this builder
     */
    public DirectConnectBuilder clock(Clock value) {
        configuration.clock(Objects.requireNonNull(value, "clock"));
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
        configuration.classLoader(Objects.requireNonNull(loader, "loader"));
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
        configuration.httpClient(Objects.requireNonNull(client, "client"));
        return this;
    }

    /**
     * Sets the executor the HTTP client the runtime builds runs its own short tasks on (by default
     * that client's selector thread). The runtime never blocks it: requests are sent, and responses
     * handled, on the client's own threads (see {@link ConcurrencyOptions}).
     *
     * @param value the executor
     * @return this builder
     */
    public DirectConnectBuilder executor(Executor value) {
        configuration.executor(Objects.requireNonNull(value, "executor"));
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
        configuration.scheduler(Objects.requireNonNull(value, "scheduler"));
        return this;
    }

    /**
     * Sets how long to wait for a connection to the provider (default 10 s).
     *
     * @param value the timeout
     * @return this builder
     */
    public DirectConnectBuilder connectTimeout(Duration value) {
        configuration.connectTimeout(Objects.requireNonNull(value, "connectTimeout"));
        return this;
    }

    /**
     * Sets how long one attempt may take from sending to the complete response (default 30 s).
     *
     * @param value the timeout
     * @return this builder
     */
    public DirectConnectBuilder requestTimeout(Duration value) {
        configuration.requestTimeout(Objects.requireNonNull(value, "requestTimeout"));
        return this;
    }

    /**
     * How long a create whose outcome is unknown (a timeout, a lost connection, an unreadable
     * answer) is looked for before it is ordered again, on providers without client tokens: the
     * order may still be in flight. 60 seconds by default.
     *
     * @param value the window; one that is not positive is a problem {@link #build()} reports
     * @return this builder
     */
    public DirectConnectBuilder idempotencyWindow(Duration value) {
        configuration.idempotencyWindow(Objects.requireNonNull(value, "idempotencyWindow"));
        return this;
    }

    /**
     * Sets the retry policy (default {@link RetryOptions#defaults()}).
     *
     * @param value the policy
     * @return this builder
     */
    public DirectConnectBuilder retry(RetryOptions value) {
        configuration.retry(Objects.requireNonNull(value, "retry"));
        return this;
    }

    /**
     * Sets the client-side rate limit (default {@link RateLimitOptions#defaults()}).
     *
     * @param value the limit
     * @return this builder
     */
    public DirectConnectBuilder rateLimit(RateLimitOptions value) {
        configuration.rateLimit(Objects.requireNonNull(value, "rateLimit"));
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
        configuration.concurrency(Objects.requireNonNull(value, "concurrency"));
        return this;
    }

    /**
     * Sets the circuit breaker of each endpoint (default {@link CircuitBreakerOptions#defaults()}).
     *
     * @param value the options
     * @return this builder
     */
    public DirectConnectBuilder circuitBreaker(CircuitBreakerOptions value) {
        configuration.circuitBreaker(Objects.requireNonNull(value, "circuitBreaker"));
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
        configuration.environment(Map.copyOf(Objects.requireNonNull(variables, "variables")));
        return this;
    }

    /**
     * Where to read the {@code dclink.<provider>.*} credential and region properties when none are
     * given; by default the JVM's system properties.
     *
     * @param properties the properties
     * @return this builder
     */
    public DirectConnectBuilder systemProperties(Map<String, String> properties) {
        configuration.systemProperties(Map.copyOf(Objects.requireNonNull(properties, "properties")));
        return this;
    }

    /**
     * The home directory the provider's command-line tool keeps its profile file under (for
     * example {@code .tccli/default.credential}); by default the {@code user.home} system property.
     *
     * @param directory the directory
     * @return this builder
     */
    public DirectConnectBuilder home(Path directory) {
        configuration.home(Objects.requireNonNull(directory, "directory"));
        return this;
    }

    /**
     * Builds the client.
     *
     * @return the client
     * @throws io.dclink.error.ProviderDiscoveryException if the provider cannot be found or the
     *     installed plugins are inconsistent
     * @throws io.dclink.error.ValidationException naming every problem, if the settings are invalid
     *     ({@link ClientConfiguration#validate()}) or do not suit the provider
     */
    public DirectConnect build() {
        ClientConfiguration settings = configuration.properties(properties).listeners(listeners).interceptors(interceptors).build();
        return RuntimeLocator.locate(settings.classLoader()).create(settings);
    }
}
