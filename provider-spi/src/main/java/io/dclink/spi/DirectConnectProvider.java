package io.dclink.spi;

/**
 * A provider plugin, discovered with {@link java.util.ServiceLoader}: register the implementation
 * in {@code META-INF/services/io.dclink.spi.DirectConnectProvider} and, on the module path, with
 * {@code provides io.dclink.spi.DirectConnectProvider with ...} in its {@code module-info}. The
 * implementation has a public no-argument constructor and is cheap to create; all it does is hand
 * out its descriptor. See {@code docs/writing-a-provider.md}.
 */
public interface DirectConnectProvider {

    /** {@return what the plugin is and does: the same descriptor instance on every call} */
    ProviderDescriptor descriptor();
}
