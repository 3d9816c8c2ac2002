package io.dclink.core.orders;

import io.dclink.DirectConnect;
import io.dclink.auth.Secret;
import io.dclink.core.internal.CoreRuntime;
import io.dclink.core.pair.PairOrders;
import io.dclink.hosted.HostedOrder;
import io.dclink.hosted.HostedOrderRequest;
import io.dclink.orders.runtime.OrdersRuntime;
import io.dclink.pair.RedundantPairs;

/** The runtime's redundant-pair and hosted orders, bound to {@code io.dclink.orders} through {@link java.util.ServiceLoader}. */
public final class CoreOrdersRuntime implements OrdersRuntime {

    /** Called by {@link java.util.ServiceLoader}. */
    public CoreOrdersRuntime() {
    }

    @Override
    public RedundantPairs pairs(DirectConnect client) {
        return PairOrders.of(client);
    }

    @Override
    public HostedOrder startHostedOrder(DirectConnect partner, DirectConnect cloud, HostedOrderRequest request) {
        return CoreRuntime.hostedOrders().start(partner, cloud, request);
    }

    @Override
    public HostedOrder resumeHostedOrder(DirectConnect partner, DirectConnect cloud, String checkpoint, Secret bgpAuthKey) {
        return CoreRuntime.hostedOrders().resume(partner, cloud, checkpoint, bgpAuthKey);
    }
}
