package io.dclink.core.internal;

import io.dclink.auth.Credentials;
import io.dclink.spi.ProviderContext;
import io.dclink.spi.Transport;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;

/** The context a plugin builds its client from. */
record DefaultProviderContext(
        Optional<String> chosenRegion, Optional<URI> endpointOverride, Supplier<Credentials> currentCredentials, Clock clock,
        ScheduledExecutorService scheduler, Transport transport, Map<String, String> properties,
        Map<String, String> environment)
        implements ProviderContext {

    @Override
    public Credentials credentials() {
        return currentCredentials.get();
    }

    @Override
    public String region() {
        return chosenRegion.orElseThrow(() -> new IllegalStateException(
                "this provider declared itself regionless; it has no region to ask for"));
    }

    /** {@return the region, endpoint and property names: never a credential (not even fetched) nor a variable} */
    @Override
    public String toString() {
        return "ProviderContext[region=" + chosenRegion.orElse("(none)") + ", endpoint=" + endpointOverride.orElse(null)
                + ", properties=" + properties.keySet() + "]";
    }
}
