package io.dclink;

import io.dclink.auth.*;
import io.dclink.event.StateChangeListener;
import io.dclink.interceptor.Interceptor;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.*;
import java.util.*;
import java.util.concurrent.*;

/** TEMP stand-in for the generated builder. */
public final class ClientConfigurationBuilder {
    private String providerId;
    private String region;
    private Credentials credentials;
    private CredentialsSupplier credentialsSupplier;
    private URI endpoint;
    private boolean insecureHttpAllowed;
    private Clock clock;
    private Map<String, String> properties;
    private ClassLoader classLoader;
    private HttpClient httpClient;
    private Executor executor;
    private ScheduledExecutorService scheduler;
    private Duration connectTimeout;
    private Duration requestTimeout;
    private Duration idempotencyWindow;
    private RetryOptions retry;
    private RateLimitOptions rateLimit;
    private ConcurrencyOptions concurrency;
    private CircuitBreakerOptions circuitBreaker;
    private List<StateChangeListener> listeners;
    private List<Interceptor> interceptors;
    private Map<String, String> environment;
    private Map<String, String> systemProperties;
    private Path home;
    ClientConfigurationBuilder() {}
    /**
     * Sets providerId.
     *
     * @param value v
     * @return this
     */
    public ClientConfigurationBuilder providerId(String value) { this.providerId = value; return this; }
    /**
     * Sets region.
     *
     * @param value v
     * @return this
     */
    public ClientConfigurationBuilder region(String value) { this.region = value; return this; }
    /**
     * Sets credentials.
     *
     * @param value v
     * @return this
     */
    public ClientConfigurationBuilder credentials(Credentials value) { this.credentials = value; return this; }
    /**
     * Sets credentialsSupplier.
     *
     * @param value v
     * @return this
     */
    public ClientConfigurationBuilder credentialsSupplier(CredentialsSupplier value) { this.credentialsSupplier = value; return this; }
    /**
     * Sets endpoint.
     *
     * @param value v
     * @return this
     */
    public ClientConfigurationBuilder endpoint(URI value) { this.endpoint = value; return this; }
    /**
     * Sets insecureHttpAllowed.
     *
     * @param value v
     * @return this
     */
    public ClientConfigurationBuilder insecureHttpAllowed(boolean value) { this.insecureHttpAllowed = value; return this; }
    /**
     * Sets clock.
     *
     * @param value v
     * @return this
     */
    public ClientConfigurationBuilder clock(Clock value) { this.clock = value; return this; }
    /**
     * Sets properties.
     *
     * @param value v
     * @return this
     */
    public ClientConfigurationBuilder properties(Map<String, String> value) { this.properties = value; return this; }
    /**
     * Sets classLoader.
     *
     * @param value v
     * @return this
     */
    public ClientConfigurationBuilder classLoader(ClassLoader value) { this.classLoader = value; return this; }
    /**
     * Sets httpClient.
     *
     * @param value v
     * @return this
     */
    public ClientConfigurationBuilder httpClient(HttpClient value) { this.httpClient = value; return this; }
    /**
     * Sets executor.
     *
     * @param value v
     * @return this
     */
    public ClientConfigurationBuilder executor(Executor value) { this.executor = value; return this; }
    /**
     * Sets scheduler.
     *
     * @param value v
     * @return this
     */
    public ClientConfigurationBuilder scheduler(ScheduledExecutorService value) { this.scheduler = value; return this; }
    /**
     * Sets connectTimeout.
     *
     * @param value v
     * @return this
     */
    public ClientConfigurationBuilder connectTimeout(Duration value) { this.connectTimeout = value; return this; }
    /**
     * Sets requestTimeout.
     *
     * @param value v
     * @return this
     */
    public ClientConfigurationBuilder requestTimeout(Duration value) { this.requestTimeout = value; return this; }
    /**
     * Sets idempotencyWindow.
     *
     * @param value v
     * @return this
     */
    public ClientConfigurationBuilder idempotencyWindow(Duration value) { this.idempotencyWindow = value; return this; }
    /**
     * Sets retry.
     *
     * @param value v
     * @return this
     */
    public ClientConfigurationBuilder retry(RetryOptions value) { this.retry = value; return this; }
    /**
     * Sets rateLimit.
     *
     * @param value v
     * @return this
     */
    public ClientConfigurationBuilder rateLimit(RateLimitOptions value) { this.rateLimit = value; return this; }
    /**
     * Sets concurrency.
     *
     * @param value v
     * @return this
     */
    public ClientConfigurationBuilder concurrency(ConcurrencyOptions value) { this.concurrency = value; return this; }
    /**
     * Sets circuitBreaker.
     *
     * @param value v
     * @return this
     */
    public ClientConfigurationBuilder circuitBreaker(CircuitBreakerOptions value) { this.circuitBreaker = value; return this; }
    /**
     * Sets listeners.
     *
     * @param value v
     * @return this
     */
    public ClientConfigurationBuilder listeners(List<StateChangeListener> value) { this.listeners = value; return this; }
    /**
     * Sets interceptors.
     *
     * @param value v
     * @return this
     */
    public ClientConfigurationBuilder interceptors(List<Interceptor> value) { this.interceptors = value; return this; }
    /**
     * Sets environment.
     *
     * @param value v
     * @return this
     */
    public ClientConfigurationBuilder environment(Map<String, String> value) { this.environment = value; return this; }
    /**
     * Sets systemProperties.
     *
     * @param value v
     * @return this
     */
    public ClientConfigurationBuilder systemProperties(Map<String, String> value) { this.systemProperties = value; return this; }
    /**
     * Sets home.
     *
     * @param value v
     * @return this
     */
    public ClientConfigurationBuilder home(Path value) { this.home = value; return this; }
    /** {@return built} */
    public ClientConfiguration build() { return new ClientConfiguration(providerId, region, credentials, credentialsSupplier, endpoint, insecureHttpAllowed, clock, properties, classLoader, httpClient, executor, scheduler, connectTimeout, requestTimeout, idempotencyWindow, retry, rateLimit, concurrency, circuitBreaker, listeners, interceptors, environment, systemProperties, home); }
}
