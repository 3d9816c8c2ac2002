package io.dclink.runtime;

import io.dclink.ClientConfiguration;
import io.dclink.DirectConnect;
import io.dclink.ProviderInfo;
import io.dclink.error.ErrorContext;
import io.dclink.error.ProviderDiscoveryException;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * dclink's runtime, found by {@link io.dclink.DirectConnect#builder()} with
 * {@link java.util.ServiceLoader}. Implemented by sdk-core only; plugin authors do not implement it.
 */
public interface DirectConnectRuntime {

    /**
     * The one runtime on a class path.
     *
     * @param loader where to look
     * @return the runtime
     * @throws ProviderDiscoveryException if there is none, or more than one
     */
    static DirectConnectRuntime locate(ClassLoader loader) {
        return only(ServiceLoader.load(DirectConnectRuntime.class, loader).stream()
                .map(ServiceLoader.Provider::get)
                .collect(Collectors.toList()));
    }

    /**
     * The one implementation of a runtime service that {@link ServiceLoader} found: this one, or
     * {@code io.dclink.orders}' bridge to the runtime.
     *
     * @param <S> the service
     * @param found the implementations found
     * @return the one found
     * @throws ProviderDiscoveryException if there is none, or more than one
     */
    static <S> S only(List<S> found) {
        if (found.isEmpty()) {
            throw new ProviderDiscoveryException(
                    "dclink's runtime is not on the class path: add the io.dclink:sdk-core artifact "
                            + "(every provider plugin depends on it, so adding a plugin such as "
                            + "io.dclink:provider-tencent is enough)",
                    ErrorContext.of(null));
        }
        if (found.size() > 1) {
            throw new ProviderDiscoveryException(
                    "more than one dclink runtime is on the class path ("
                            + found.stream().map(r -> r.getClass().getName()).collect(Collectors.joining(", "))
                            + "): keep exactly one version of io.dclink:sdk-core",
                    ErrorContext.of(null));
        }
        return found.get(0);
    }

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
