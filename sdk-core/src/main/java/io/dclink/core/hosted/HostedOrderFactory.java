package io.dclink.core.hosted;

import io.dclink.DirectConnect;
import io.dclink.auth.Secret;
import io.dclink.error.ErrorContext;
import io.dclink.error.Problem;
import io.dclink.error.ValidationException;
import io.dclink.hosted.HostedOrder;
import io.dclink.hosted.HostedOrderRequest;
import io.dclink.model.CreateVirtualInterfaceRequest;
import io.dclink.model.VirtualInterface;
import io.dclink.spi.ProviderDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Starts and resumes hosted orders for the runtime, which registers every client it builds with
 * its plugin's descriptor: a hosted order checks a side against its plugin's rules, and reads the
 * hand-off where its plugin declares it, without naming any provider.
 */
public final class HostedOrderFactory {

    private final KnownClients known;

    /**
     * Creates the factory.
     *
     * @param sharedRules the rules every provider shares for a new virtual interface, as the
     *     operation pipeline applies them before a plugin's own
     */
    public HostedOrderFactory(BiFunction<CreateVirtualInterfaceRequest, ProviderDescriptor, List<Problem>> sharedRules) {
        this.known = new KnownClients(sharedRules);
    }

    /**
     * Remembers the descriptor of a client the runtime built, for as long as the client lives.
     *
     * @param client the client
     * @param descriptor its plugin's descriptor
     */
    public void register(DirectConnect client, ProviderDescriptor descriptor) {
        known.register(client, descriptor);
    }

    /**
     * Starts an order: checks everything that can be checked before anything is ordered, orders the
     * partner side with the order's derived key and reads it.
     *
     * @param partner the partner's client
     * @param cloud the cloud's client
     * @param request what to order
     * @return the order
     */
    public HostedOrder start(DirectConnect partner, DirectConnect cloud, HostedOrderRequest request) {
        Clients clients = clients(partner, cloud);
        String key = SideKeys.orderKey(request);
        CreateVirtualInterfaceRequest partnerRequest = request.partnerSide().toBuilder()
                .idempotencyKey(SideKeys.partner(key)).build();
        List<Problem> problems = StartRules.check(request, key, partnerRequest, clients);
        if (!problems.isEmpty()) {
            throw new ValidationException(ErrorContext.of(null), problems);
        }
        VirtualInterface ordered = partner.virtualInterfaces().create(partnerRequest);
        return new DefaultHostedOrder(clients, key, request.cloudSide(), false, Side.created(partner, ordered), null,
                null, false, false).refresh();
    }

    /**
     * Resumes an order from its checkpoint and reads both sides.
     *
     * @param partner the partner's client
     * @param cloud the cloud's client
     * @param text the checkpoint
     * @param bgpAuthKey the cloud side's BGP key, which checkpoints never hold, or {@code null}
     * @return the order
     */
    public HostedOrder resume(DirectConnect partner, DirectConnect cloud, String text, Secret bgpAuthKey) {
        OrderCheckpoint checkpoint = OrderCheckpoint.decode(text, bgpAuthKey);
        List<Problem> problems = new ArrayList<>();
        sameProvider(problems, "partner", checkpoint.partnerProvider(), partner);
        sameProvider(problems, "cloud", checkpoint.cloudProvider(), cloud);
        boolean keyMissing = checkpoint.bgpKeyWithheld() && bgpAuthKey == null;
        if (keyMissing && checkpoint.cloudId() == null && !checkpoint.tearingDown()) {
            problems.add(new Problem("bgpAuthKey", "the cloud side, not ordered yet, has a BGP key, which checkpoints "
                    + "never hold: resume with HostedOrders.resume(partner, cloud, checkpoint, bgpAuthKey)"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(ErrorContext.of(null), problems);
        }
        Side cloudSide = checkpoint.cloudId() == null ? null
                : Side.resumed(cloud, checkpoint.cloudId(), checkpoint.cloudTimeline());
        return new DefaultHostedOrder(clients(partner, cloud), checkpoint.key(), checkpoint.cloudTemplate(), keyMissing,
                Side.resumed(partner, checkpoint.partnerId(), checkpoint.partnerTimeline()), cloudSide,
                checkpoint.handOff(), checkpoint.handOffFromPartner(), checkpoint.tearingDown()).refresh();
    }

    private Clients clients(DirectConnect partner, DirectConnect cloud) {
        return new Clients(partner, known.rules(partner), cloud, known.rules(cloud));
    }

    private static void sameProvider(List<Problem> problems, String side, String provider, DirectConnect client) {
        if (!provider.equals(client.provider().id())) {
            problems.add(new Problem(side, "the checkpoint's " + side + " side is at " + provider + ", but the " + side
                    + " client is " + client.provider().id() + "'s"));
        }
    }
}
