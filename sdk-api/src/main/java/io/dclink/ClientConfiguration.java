package io.dclink;

import io.dclink.auth.Credentials;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

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

    ClientConfiguration(DirectConnectBuilder builder) {
        this.providerId = builder.providerId;
        this.region = builder.region;
        this.credentials = builder.credentials;
        this.endpoint = builder.endpoint;
        this.insecureHttpAllowed = builder.insecureHttpAllowed;
        this.clock = builder.clock;
        this.properties = Map.copyOf(builder.properties);
        this.classLoader = builder.classLoader;
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

    @Override
    public String toString() {
        return "ClientConfiguration[provider=" + providerId + ", region=" + region + ", credentials="
                + credentials + ", endpoint=" + endpoint + ", insecureHttpAllowed=" + insecureHttpAllowed
                + ", properties=" + properties.keySet() + "]";
    }
}
