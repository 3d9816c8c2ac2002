package io.dclink.spi;

/**
 * A provider plugin, discovered with {@link java.util.ServiceLoader}: register the implementation
 * in {@code META-INF/services/io.dclink.spi.DirectConnectProvider} and, on the module path, with
 * {@code provides io.dclink.spi.DirectConnectProvider with ...} in its {@code module-info}. The
 * implementation has a public no-argument constructor and is cheap to create; all it does is hand
 * out its descriptor. See {@code docs/writing-a-provider.md}.
 *
 * <p>Discovery asks every installed plugin for its {@link #id()} and {@link #spiVersion()}, and only
 * the plugin a client uses for its descriptor: a plugin that states both as constants, and builds its
 * descriptor on first use, costs the applications that use another provider nothing.
 */
public interface DirectConnectProvider {

    /** {@return the provider id, which must be its descriptor's; by default read from the descriptor} */
    default String id() {
        return descriptor().id();
    }

    /**
     * {@return the SPI version the plugin was compiled for, which must be its descriptor's; by default
     * read from the descriptor}
     */
    default SpiVersion spiVersion() {
        return descriptor().spiVersion();
    }

    /** {@return what the plugin is and does: the same descriptor instance on every call} */
    ProviderDescriptor descriptor();
}
