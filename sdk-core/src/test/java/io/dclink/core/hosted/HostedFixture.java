package io.dclink.core.hosted;

import io.dclink.DirectConnect;
import io.dclink.DirectConnectBuilder;
import io.dclink.auth.Credentials;
import io.dclink.core.testplugin.CloudProvider;
import io.dclink.core.testplugin.HostedWorld;
import io.dclink.core.testplugin.MailingPartnerProvider;
import io.dclink.core.testplugin.PartnerProvider;
import io.dclink.core.testplugin.PluginClassLoaders;
import io.dclink.event.StateChangeEvent;
import io.dclink.hosted.HandOff;
import io.dclink.hosted.HostedOrderRequest;
import io.dclink.model.CreateVirtualInterfaceRequest;
import io.dclink.model.RoutingType;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A partner client, a cloud client and the shared line owner's cloud client over one in-memory
 * {@link HostedWorld}, each recording the state changes its listeners receive; closed together.
 */
final class HostedFixture implements AutoCloseable {

    static final HandOff HAND_OFF = new HandOff(HostedWorld.PARTNER_ACCOUNT, HostedWorld.SHARED_LINE, 2345);

    final HostedWorld world = HostedWorld.create();
    final List<StateChangeEvent> partnerEvents = new CopyOnWriteArrayList<>();
    final List<StateChangeEvent> cloudEvents = new CopyOnWriteArrayList<>();
    private final ClassLoader loader;
    private final Clock clock;
    private final List<DirectConnect> opened = new ArrayList<>();
    final DirectConnect partner;
    final DirectConnect cloud;
    final DirectConnect lineOwner;

    /** With the partner "partnerco", which shows the hand-off, or "partnermail", whose support mails it. */
    HostedFixture(Path dir, String partnerId) {
        this(dir, partnerId, Clock.systemUTC());
    }

    HostedFixture(Path dir, String partnerId, Clock clock) {
        this.loader = PluginClassLoaders.withAdditionalPlugins(dir, PartnerProvider.class.getName(),
                MailingPartnerProvider.class.getName(), CloudProvider.class.getName());
        this.clock = clock;
        this.partner = partner(partnerId);
        this.cloud = cloud("100000000001");
        this.lineOwner = open(base(CloudProvider.ID).region("r1").property("account", HostedWorld.PARTNER_ACCOUNT));
    }

    /** A new partner client over the same world, as after a restart. */
    DirectConnect partner(String partnerId) {
        return open(base(partnerId).listener(partnerEvents::add));
    }

    /** A new cloud client of an account over the same world, as after a restart. */
    DirectConnect cloud(String account) {
        return open(base(CloudProvider.ID).region("r1").property("account", account).listener(cloudEvents::add));
    }

    private DirectConnectBuilder base(String provider) {
        return DirectConnect.builder().classLoader(loader).provider(provider).credentials(Credentials.accessKey("id", "secret"))
                .property("world", world.id).clock(clock);
    }

    private DirectConnect open(DirectConnectBuilder builder) {
        DirectConnect client = builder.build();
        opened.add(client);
        return client;
    }

    static CreateVirtualInterfaceRequest partnerSide() {
        return CreateVirtualInterfaceRequest.builder().name("to-cloudco").connectionId("port-1").ownerAccount("cloudco")
                .bandwidthMbps(100).routing(RoutingType.NONE).build();
    }

    static CreateVirtualInterfaceRequest cloudSide() {
        return CreateVirtualInterfaceRequest.builder().name("tunnel").gatewayId("gw-1").networkId("vpc-1")
                .providerAddress("169.254.0.1/30").customerAddress("169.254.0.2/30").routing(RoutingType.STATIC)
                .staticPrefixes(List.of("10.1.0.0/24")).build();
    }

    static HostedOrderRequest request(String key) {
        return new HostedOrderRequest(partnerSide(), cloudSide(), key);
    }

    /** The interface the world holds for a provider, its only one. */
    String only(String provider) {
        List<String> ids = world.interfaces.values().stream().filter(v -> v.provider().equals(provider))
                .map(v -> v.id()).toList();
        if (ids.size() != 1) {
            throw new AssertionError(provider + " holds " + ids);
        }
        return ids.get(0);
    }

    @Override
    public void close() {
        opened.forEach(DirectConnect::close);
    }
}
