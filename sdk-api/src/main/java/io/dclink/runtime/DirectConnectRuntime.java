package io.dclink.runtime;

import io.dclink.ClientConfiguration;
import io.dclink.DirectConnect;
import io.dclink.ProviderInfo;
import io.dclink.auth.Secret;
import io.dclink.error.ErrorContext;
import io.dclink.error.ProviderDiscoveryException;
import io.dclink.hosted.HostedOrder;
import io.dclink.hosted.HostedOrderRequest;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * dclink's runtime, found by {@link io.dclink.DirectConnect#builder()} and
 * {@link io.dclink.hosted.HostedOrders} with {@link java.util.ServiceLoader}. Implemented by
 * sdk-core only; plugin authors do not implement it.
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
        List<DirectConnectRuntime> found = ServiceLoader.load(DirectConnectRuntime.class, loader).stream()
                .map(ServiceLoader.Provider::get)
                .collect(Collectors.toList());
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

    /**
     * Starts a hosted order ({@link io.dclink.hosted.HostedOrders#start}).
     *
     * @param partner the partner's client
     * @param cloud the cloud's client
     * @param request what to order
     * @return the order
     */
    HostedOrder startHostedOrder(DirectConnect partner, DirectConnect cloud, HostedOrderRequest request);

    /**
     * Resumes a hosted order ({@link io.dclink.hosted.HostedOrders#resume}).
     *
     * @param partner the partner's client
     * @param cloud the cloud's client
     * @param checkpoint the stored text
     * @param bgpAuthKey the cloud side's BGP key, which checkpoints never hold; or {@code null}
     * @return the order
     */
    HostedOrder resumeHostedOrder(DirectConnect partner, DirectConnect cloud, String checkpoint, Secret bgpAuthKey);
}
