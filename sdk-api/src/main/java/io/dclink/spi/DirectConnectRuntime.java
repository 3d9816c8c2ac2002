package io.dclink.spi;

import io.dclink.ClientConfiguration;
import io.dclink.DirectConnect;
import io.dclink.ProviderInfo;
import java.util.List;

/**
 * dclink's runtime, found by {@link io.dclink.DirectConnect#builder()} with
 * {@link java.util.ServiceLoader}. Implemented by sdk-core only; plugin authors do not implement
 * it.
 */
public interface DirectConnectRuntime {

    /**
     * Builds a client: discovers the provider plugin, checks its SPI version and wires it to the
     * runtime.
     *
     * @param configuration the builder's settings
     * @return the client
     */
    DirectConnect create(ClientConfiguration configuration);

    /**
     * The installed provider plugins.
     *
     * @param classLoader where to look
     * @return the providers, sorted by id
     */
    List<ProviderInfo> installedProviders(ClassLoader classLoader);
}
