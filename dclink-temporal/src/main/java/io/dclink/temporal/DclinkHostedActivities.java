package io.dclink.temporal;

import static io.dclink.temporal.Failures.mapped;

import io.dclink.DirectConnect;
import io.dclink.hosted.HandOff;
import io.dclink.hosted.HostedOrder;
import io.dclink.hosted.HostedOrderRequest;
import io.dclink.hosted.HostedOrders;
import io.dclink.model.CreateVirtualInterfaceRequest;
import java.util.Objects;

/** The hosted order's activities, on the worker's dclink clients. */
public final class DclinkHostedActivities implements HostedActivities {

    private final WorkerClients clients;
    private final PrivateInputs privateInputs;

    /**
     * Activities on the worker's clients.
     *
     * @param clients the client for each provider id the workflows name
     * @param privateInputs where the cloud side's BGP key comes from
     */
    public DclinkHostedActivities(WorkerClients clients, PrivateInputs privateInputs) {
        this.clients = Objects.requireNonNull(clients, "clients");
        this.privateInputs = Objects.requireNonNull(privateInputs, "privateInputs");
    }

    /** The cloud side gets the worker's BGP key here, so that the order's checkpoint knows it withholds one. */
    @Override
    public HostedView startHosted(HostedLineOrder order) {
        HostedOrderRequest request = order.request();
        CreateVirtualInterfaceRequest cloudSide = request.cloudSide();
        HostedOrderRequest keyed = privateInputs.bgpKey(order.cloudProvider(), cloudSide)
                .map(key -> new HostedOrderRequest(request.partnerSide(), WithBgpKey.of(cloudSide, key),
                        request.idempotencyKey()))
                .orElse(request);
        return mapped(() -> HostedView.of(HostedOrders.start(clients.of(order.partnerProvider()),
                clients.of(order.cloudProvider()), keyed)));
    }

    @Override
    public HostedView refreshHosted(HostedLineOrder order, String checkpoint) {
        return mapped(() -> HostedView.of(resume(order, checkpoint).refresh()));
    }

    @Override
    public HostedView provideHandOff(HostedLineOrder order, String checkpoint, HandOff handOff) {
        return mapped(() -> HostedView.of(resume(order, checkpoint).provideHandOff(handOff)));
    }

    @Override
    public HostedView tearDownHosted(HostedLineOrder order, String checkpoint) {
        return mapped(() -> HostedView.of(resume(order, checkpoint).tearDown()));
    }

    private HostedOrder resume(HostedLineOrder order, String checkpoint) {
        DirectConnect partner = clients.of(order.partnerProvider());
        DirectConnect cloud = clients.of(order.cloudProvider());
        return privateInputs.bgpKey(order.cloudProvider(), order.request().cloudSide())
                .map(key -> HostedOrders.resume(partner, cloud, checkpoint, key))
                .orElseGet(() -> HostedOrders.resume(partner, cloud, checkpoint));
    }
}
