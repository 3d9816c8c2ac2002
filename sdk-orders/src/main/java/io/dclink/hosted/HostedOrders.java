package io.dclink.hosted;

import io.dclink.DirectConnect;
import io.dclink.auth.Secret;
import io.dclink.orders.runtime.OrdersRuntime;
import java.util.Objects;

/**
 * Starts and resumes {@linkplain HostedOrder hosted orders}.
 *
 * <pre>{@code
 * HostedOrder order = HostedOrders.start(consoleConnect, tencent, new HostedOrderRequest(
 *         layer2ToTencentCloud, tunnelWithoutHandOff, "order-42"));
 * store(order.checkpoint());
 * // ... days later, in another process
 * HostedOrder same = HostedOrders.resume(consoleConnect, tencent, load());
 * same.provideHandOff(new HandOff("200000000100", "dc-a1b2c3d4", 2345));
 * same.waitUntil(HostedState.ACTIVE, Duration.ofDays(3));
 * }</pre>
 */
public final class HostedOrders {

    private HostedOrders() {
    }

    /**
     * Starts an order: checks both sides against their providers' rules (the cloud side without the
     * hand-off values), then orders the partner side with a key derived from the order's. Starting
     * the same order (same key) again returns it without ordering anything twice.
     *
     * @param partner the partner's client (for example Console Connect)
     * @param cloud the cloud's client (for example Tencent Cloud)
     * @param request what to order
     * @return the order
     * @throws io.dclink.error.ValidationException naming every problem of both sides; nothing is sent
     */
    public static HostedOrder start(DirectConnect partner, DirectConnect cloud, HostedOrderRequest request) {
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(cloud, "cloud");
        Objects.requireNonNull(request, "request");
        return OrdersRuntime.locate().startHostedOrder(partner, cloud, request);
    }

    /**
     * Resumes an order from its {@linkplain HostedOrder#checkpoint() checkpoint} and reads both sides.
     *
     * @param partner the partner's client
     * @param cloud the cloud's client
     * @param checkpoint the stored text
     * @return the order
     * @throws io.dclink.error.ValidationException if the text is not a checkpoint this version can
     *     read, was made with clients of other providers, or needs the cloud side's BGP key (use
     *     {@link #resume(DirectConnect, DirectConnect, String, Secret)})
     */
    public static HostedOrder resume(DirectConnect partner, DirectConnect cloud, String checkpoint) {
        return resume(partner, cloud, checkpoint, null);
    }

    /**
     * Resumes an order whose cloud side, not ordered yet, has a BGP authentication key: checkpoints
     * never hold it.
     *
     * @param partner the partner's client
     * @param cloud the cloud's client
     * @param checkpoint the stored text
     * @param bgpAuthKey the cloud side's BGP key, or {@code null}
     * @return the order
     */
    public static HostedOrder resume(DirectConnect partner, DirectConnect cloud, String checkpoint, Secret bgpAuthKey) {
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(cloud, "cloud");
        Objects.requireNonNull(checkpoint, "checkpoint");
        return OrdersRuntime.locate().resumeHostedOrder(partner, cloud, checkpoint, bgpAuthKey);
    }
}
