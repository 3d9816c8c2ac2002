package io.dclink;

import io.dclink.auth.Credentials;
import java.net.URI;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

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
