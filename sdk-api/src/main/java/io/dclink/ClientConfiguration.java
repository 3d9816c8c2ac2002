package io.dclink;

import io.dclink.auth.Credentials;
import io.dclink.auth.CredentialsSupplier;
import io.dclink.codegen.GenerateBuilder;
import io.dclink.error.Problem;
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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.regex.Pattern;

/**
 * The settings a {@link DirectConnectBuilder} collected, handed to the runtime. Immutable; a
 * {@code null} optional component means "not given", and every defaulted one is resolved here. Its
 * {@code toString()} never shows secrets, variables or properties.
 *
 * @param providerId the requested provider id, or {@code null} to let discovery choose (the only
 *     installed provider, or the {@code dclink.provider} system property)
 * @param region the region id, or {@code null} when none was given
 * @param credentials explicit credentials, or {@code null} to read them like the region
 * @param credentialsSupplier what fetches credentials that expire, or {@code null} when they do not
 * @param endpoint the base URI to use instead of the provider's, or {@code null}
 * @param insecureHttpAllowed whether plain {@code http://} is allowed to hosts other than loopback
 * @param clock the clock used for signing and waiting; the system's UTC clock by default
 * @param properties provider-specific settings
 * @param classLoader the class loader plugins are discovered with; the thread's context class
 *     loader by default
 * @param httpClient the user's HTTP client, or {@code null} to let the runtime build one
 * @param executor the executor for the short tasks of the runtime's HTTP client, or {@code null}
 *     for one thread of the client's own
 * @param scheduler the user's scheduler, or {@code null} for the runtime's shared one
 * @param connectTimeout how long to wait for a connection to the provider; 10 s by default
 * @param requestTimeout how long one attempt may take; 30 s by default
 * @param idempotencyWindow how long a create whose outcome is unknown is looked for before it is
 *     ordered again; 60 s by default
 * @param retry the retry policy; {@link RetryOptions#defaults()} by default
 * @param rateLimit the client-side rate limit; {@link RateLimitOptions#defaults()} by default
 * @param concurrency the bounds on requests in flight; {@link ConcurrencyOptions#defaults()} by default
 * @param circuitBreaker the circuit breaker of each endpoint; {@link CircuitBreakerOptions#defaults()}
 *     by default
 * @param listeners the state-change listeners
 * @param interceptors the interceptors, in registration order
 * @param environment where the provider's credential variables are read; the process environment
 *     by default
 * @param systemProperties where the {@code dclink.<provider>.*} credential and region properties are
 *     read; a copy of the JVM's system properties by default
 * @param home the home directory the provider's command-line tool keeps its profile file under;
 *     {@code user.home} by default
 */
@GenerateBuilder(published = false)
public record ClientConfiguration(
        String providerId,
        String region,
        Credentials credentials,
        CredentialsSupplier credentialsSupplier,
        URI endpoint,
        boolean insecureHttpAllowed,
        Clock clock,
        Map<String, String> properties,
        ClassLoader classLoader,
        HttpClient httpClient,
        Executor executor,
        ScheduledExecutorService scheduler,
        Duration connectTimeout,
        Duration requestTimeout,
        Duration idempotencyWindow,
        RetryOptions retry,
        RateLimitOptions rateLimit,
        ConcurrencyOptions concurrency,
        CircuitBreakerOptions circuitBreaker,
        List<StateChangeListener> listeners,
        List<Interceptor> interceptors,
        Map<String, String> environment,
        Map<String, String> systemProperties,
        Path home) {

    private static final Pattern IPV4_LOOPBACK = Pattern.compile("127(\\.\\d{1,3}){3}");

    /**
     * Resolves the defaults and copies the collections.
     *
     * @param providerId the provider id, or {@code null}
     * @param region the region id, or {@code null}
     * @param credentials explicit credentials, or {@code null}
     * @param credentialsSupplier the refreshing credentials, or {@code null}
     * @param endpoint the endpoint override, or {@code null}
     * @param insecureHttpAllowed the plain-http opt-in
     * @param clock the clock, or {@code null}
     * @param properties provider-specific settings, or {@code null}
     * @param classLoader the class loader, or {@code null}
     * @param httpClient the user's HTTP client, or {@code null}
     * @param executor the HTTP client's executor, or {@code null}
     * @param scheduler the user's scheduler, or {@code null}
     * @param connectTimeout the connect timeout, or {@code null}
     * @param requestTimeout the attempt timeout, or {@code null}
     * @param idempotencyWindow the idempotency window, or {@code null}
     * @param retry the retry policy, or {@code null}
     * @param rateLimit the rate limit, or {@code null}
     * @param concurrency the in-flight bounds, or {@code null}
     * @param circuitBreaker the circuit breaker options, or {@code null}
     * @param listeners the listeners, or {@code null}
     * @param interceptors the interceptors, or {@code null}
     * @param environment the variables, or {@code null}
     * @param systemProperties the properties, or {@code null}
     * @param home the home directory, or {@code null}
     */
    public ClientConfiguration {
        clock = clock != null ? clock : Clock.systemUTC();
        properties = properties != null ? Map.copyOf(properties) : Map.of();
        classLoader = classLoader != null ? classLoader : RuntimeLocator.defaultClassLoader();
        connectTimeout = connectTimeout != null ? connectTimeout : Duration.ofSeconds(10);
        requestTimeout = requestTimeout != null ? requestTimeout : Duration.ofSeconds(30);
        idempotencyWindow = idempotencyWindow != null ? idempotencyWindow : Duration.ofSeconds(60);
        retry = retry != null ? retry : RetryOptions.defaults();
        rateLimit = rateLimit != null ? rateLimit : RateLimitOptions.defaults();
        concurrency = concurrency != null ? concurrency : ConcurrencyOptions.defaults();
        circuitBreaker = circuitBreaker != null ? circuitBreaker : CircuitBreakerOptions.defaults();
        listeners = listeners != null ? List.copyOf(listeners) : List.of();
        interceptors = interceptors != null ? List.copyOf(interceptors) : List.of();
        environment = Map.copyOf(environment != null ? environment : System.getenv());
        systemProperties = systemProperties != null ? Map.copyOf(systemProperties) : copyOfSystemProperties();
        home = home != null ? home : Path.of(System.getProperty("user.home", "."));
    }

    /**
     * Every problem these settings have on their own, whatever the provider; the runtime adds the
     * provider's (a region where it has none, credentials it does not take).
     *
     * @return the problems in component order; empty when there are none
     */
    public List<Problem> validate() {
        List<Problem> problems = new ArrayList<>();
        if (credentials != null && credentialsSupplier != null) {
            problems.add(new Problem("credentials", "give either credentials or refreshing credentials, not both"));
        }
        if (endpoint != null) {
            endpointProblem(endpoint, insecureHttpAllowed).ifPresent(message -> problems.add(new Problem("endpoint", message)));
        }
        positive("connectTimeout", connectTimeout, problems);
        positive("requestTimeout", requestTimeout, problems);
        positive("idempotencyWindow", idempotencyWindow, problems);
        return List.copyOf(problems);
    }

    /** {@return the provider id, settings and endpoint; never a secret, variable or property value} */
    @Override
    public String toString() {
        return "ClientConfiguration[provider=" + providerId + ", region=" + region + ", credentials="
                + credentials + ", endpoint=" + endpoint + ", insecureHttpAllowed=" + insecureHttpAllowed
                + ", properties=" + properties.keySet() + "]";
    }

    private static Optional<String> endpointProblem(URI endpoint, boolean insecureAllowed) {
        String scheme = endpoint.getScheme() == null ? "" : endpoint.getScheme().toLowerCase(Locale.ROOT);
        if (endpoint.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            return Optional.of("must be an absolute http(s) URI with a host, was " + endpoint);
        }
        if (scheme.equals("http") && !insecureAllowed && !isLoopback(endpoint.getHost())) {
            return Optional.of("plain http:// is allowed only for loopback hosts; use https://, "
                    + "or call DirectConnectBuilder.allowInsecureHttp() on a trusted network");
        }
        return Optional.empty();
    }

    /** Loopback names and literals, recognised without a DNS lookup. */
    private static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h.equals("localhost") || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1") || IPV4_LOOPBACK.matcher(h).matches();
    }

    private static void positive(String field, Duration value, List<Problem> problems) {
        if (value.isNegative() || value.isZero()) {
            problems.add(new Problem(field, "must be positive, was " + value));
        }
    }

    private static Map<String, String> copyOfSystemProperties() {
        Map<String, String> copy = new HashMap<>();
        System.getProperties().stringPropertyNames().forEach(name -> copy.put(name, System.getProperty(name)));
        return Map.copyOf(copy);
    }
}
