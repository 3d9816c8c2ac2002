package io.dclink.orders.runtime;

import io.dclink.DirectConnect;
import io.dclink.auth.Secret;
import io.dclink.hosted.HostedOrder;
import io.dclink.hosted.HostedOrderRequest;
import io.dclink.pair.RedundantPairs;
import io.dclink.runtime.DirectConnectRuntime;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * dclink's redundant-pair and hosted orders, found by {@link RedundantPairs#of(DirectConnect)} and
 * {@link io.dclink.hosted.HostedOrders} with {@link ServiceLoader}. Implemented by sdk-core only; plugin
 * authors declare their provider's pairing and hand-off as data
 * ({@code io.dclink.spi.ProviderDescriptor.Builder.pairing(PairingRules)} and {@code handOff(...)}) and do
 * not implement it.
 */
public interface OrdersRuntime {

    /**
     * The one runtime on the thread's context class loader, else on this module's.
     *
     * @return the runtime
     * @throws io.dclink.error.ProviderDiscoveryException if there is none, or more than one
     */
    static OrdersRuntime locate() {
        ClassLoader own = OrdersRuntime.class.getClassLoader();
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        List<OrdersRuntime> found = load(context != null ? context : own);
        if (found.isEmpty() && context != null && context != own) {
            found = load(own);
        }
        return DirectConnectRuntime.only(found);
    }

    private static List<OrdersRuntime> load(ClassLoader loader) {
        return ServiceLoader.load(OrdersRuntime.class, loader).stream().map(ServiceLoader.Provider::get)
                .collect(Collectors.toList());
    }

    /**
     * The pair orders of a client this runtime built.
     *
     * @param client the client
     * @return the pair orders
     * @throws IllegalArgumentException if another runtime built the client
     */
    RedundantPairs pairs(DirectConnect client);

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
