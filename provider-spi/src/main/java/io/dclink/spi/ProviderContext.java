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
     * The region the client works in.
     *
     * @return the region id
     * @throws IllegalStateException for a provider that declared itself
     *     {@linkplain ProviderDescriptor.Builder#regionless() regionless}
     */
    String region();

    /**
     * A base URI to use instead of the provider's endpoint (an emulator, a proxy).
     *
     * @return the override, if any
     */
    Optional<URI> endpointOverride();

    /**
     * The credentials to sign with now. Refreshing credentials change over a client's life: ask for
     * them for each request (a signer takes {@code context::credentials}), never keep them.
     *
     * @return the current credentials
     * @throws io.dclink.error.AuthenticationException if they expired and could not be fetched again
     */
    Credentials credentials();

    /**
     * The clock to take request timestamps from.
     *
     * @return the clock
     */
    Clock clock();

    /**
     * The runtime's scheduler, for the short pauses a plugin needs between calls (polling an
     * asynchronous provider step before the next one). Never block on it.
     *
     * @return the scheduler
     */
    ScheduledExecutorService scheduler();

    /**
     * The runtime's HTTP transport for this client.
     *
     * @return the transport
     */
    Transport transport();

    /**
     * Provider-specific settings the user passed to the builder.
     *
     * @return the properties
     */
    Map<String, String> properties();

    /**
     * The environment the client reads its settings from: the process environment, or the map the
     * user gave {@code DirectConnectBuilder.environment(...)}. A plugin reads its own variables here,
     * never from {@link System#getenv()}.
     *
     * @return the variables; by default the process environment
     * @since SPI 1.1
     */
    default Map<String, String> environment() {
        return System.getenv();
    }
}
