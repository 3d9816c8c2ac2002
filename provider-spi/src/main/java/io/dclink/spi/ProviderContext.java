package io.dclink.spi;

import io.dclink.auth.Credentials;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;

/** What the runtime hands a plugin when it builds a client. Implemented by the runtime. */
public interface ProviderContext {

    /**
     * {@return the id of the region the client works in}
     *
     * @throws IllegalStateException for a provider that declared itself
     *     {@linkplain ProviderDescriptor.Builder#regionless() regionless}
     */
    String region();

    /** {@return a base URI to use instead of the provider's endpoint (an emulator, a proxy), if any} */
    Optional<URI> endpointOverride();

    /**
     * {@return the credentials to sign with now} Refreshing credentials change over a client's life:
     * ask for them for each request (a signer takes {@code context::credentials}), never keep them.
     *
     * @throws io.dclink.error.AuthenticationException if they expired and could not be fetched again
     */
    Credentials credentials();

    /** {@return the clock to take request timestamps from} */
    Clock clock();

    /**
     * {@return the runtime's scheduler, for the short pauses a plugin needs between calls (polling an
     * asynchronous provider step before the next one)} Never block on it.
     */
    ScheduledExecutorService scheduler();

    /** {@return the runtime's HTTP transport for this client} */
    Transport transport();

    /** {@return the provider-specific settings the user passed to the builder} */
    Map<String, String> properties();

    /**
     * {@return the environment the client reads its settings from: the process environment (the default),
     * or the map the user gave {@code DirectConnectBuilder.environment(...)}} A plugin reads its own
     * variables here, never from {@link System#getenv()}.
     *
     * @since SPI 1.1
     */
    default Map<String, String> environment() {
        return System.getenv();
    }
}
