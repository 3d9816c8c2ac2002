package io.dclink.core.internal;

import io.dclink.auth.Credentials;
import io.dclink.spi.ProviderContext;
import io.dclink.spi.Transport;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;

/** The context a plugin builds its client from. */
record DefaultProviderContext(
        String region, Optional<URI> endpointOverride, Credentials credentials, Clock clock,
        ScheduledExecutorService scheduler, Transport transport, Map<String, String> properties)
        implements ProviderContext {

    @Override
    public String toString() {
        return "ProviderContext[region=" + region + ", endpoint=" + endpointOverride.orElse(null) + ", credentials="
                + credentials + "]";
    }
}
