package io.dclink.testkit.consoleconnect;

import io.dclink.DirectConnect;
import io.dclink.hosted.HostedOrderRequest;
import io.dclink.model.BgpPeering;
import io.dclink.model.CreateVirtualInterfaceRequest;
import io.dclink.model.Gateway;
import io.dclink.model.RoutingType;
import io.dclink.testkit.tencent.TencentEmulator;
import java.util.Map;
import java.util.Objects;

/**
 * A Console Connect Layer 2 connection landing on Tencent Cloud, as the two emulators play it: the
 * customer's ready Hong Kong port at Console Connect, Console Connect's shared line at Tencent
 * (owned by {@value #CONSOLE_CONNECTS_ACCOUNT}), and a DC gateway on the customer's VPC. It builds
 * the {@linkplain io.dclink.hosted.HostedOrder hosted order}'s request and plays the people of
 * both providers: Console Connect's support team and the shared line's owner.
 */
public final class TencentLanding {

    /** Console Connect's account at Tencent Cloud, which owns the shared line. */
    public static final String CONSOLE_CONNECTS_ACCOUNT = "200000000100";

    private final ConsoleConnectEmulator consoleConnect;
    private final TencentEmulator tencent;
    private final String sharedLine;
    private final Gateway gateway;

    /**
     * Builds the world: Console Connect's shared line at Tencent, and the customer's DC gateway (made
     * through the cloud client).
     *
     * @param consoleConnect the partner's emulator
     * @param tencent the cloud's emulator
     * @param cloud a client of the cloud's emulator
     */
    public TencentLanding(ConsoleConnectEmulator consoleConnect, TencentEmulator tencent, DirectConnect cloud) {
        this.consoleConnect = Objects.requireNonNull(consoleConnect, "consoleConnect");
        this.tencent = Objects.requireNonNull(tencent, "tencent");
        this.sharedLine = tencent.sharedLine(CONSOLE_CONNECTS_ACCOUNT);
        this.gateway = cloud.gateways().create(tencent.sampleOrder().gateway("hosted-gw").orElseThrow());
    }

    /**
     * The shared line at Tencent.
     *
     * @return its id
     */
    public String sharedLine() {
        return sharedLine;
    }

    /**
     * The customer's port at Console Connect the connection starts from.
     *
     * @return its id
     */
    public String port() {
        return consoleConnect.sampleOrder().readyConnection().orElseThrow();
    }

    /**
     * The order: a 100 Mbps Layer 2 connection from the port to {@value ConsoleConnectEmulator#TENCENT_CLOUD} in Hong
     * Kong, and a BGP tunnel on the customer's gateway without the hand-off values.
     *
     * @param key the order's idempotency key
     * @return the request
     */
    public HostedOrderRequest request(String key) {
        CreateVirtualInterfaceRequest layer2 = CreateVirtualInterfaceRequest.builder().name("hosted-" + key)
                .connectionId(port()).ownerAccount(ConsoleConnectEmulator.TENCENT_CLOUD).routing(RoutingType.NONE)
                .bandwidthMbps(ConsoleConnectSampleOrder.SPEED_MBPS).vlan(300)
                .providerOptions(Map.of("destMetroId", Place.HONG_KONG.id())).build();
        CreateVirtualInterfaceRequest tunnel = tencent.sampleOrder().virtualInterface("unused", gateway, 1).toBuilder()
                .name("hosted-tunnel").connectionId(null).vlan(null).bgp(BgpPeering.customer(65_010, null)).build();
        return new HostedOrderRequest(layer2, tunnel, key);
    }

    /**
     * Console Connect's support team completes the connection's {@code MANUAL} stage by hand and
     * hands over Console Connect's account, the shared line and the VLAN (on the wire too when
     * {@link ConsoleConnectEmulator#exposeHandOff} says so).
     *
     * @param layer2 the Layer 2 connection, in {@code MANUAL}
     * @param vlan the VLAN support assigns on the shared line
     * @return the values handed over, as support's e-mail holds them
     */
    public HandOff supportCompletes(String layer2, int vlan) {
        HandOff handOff = new HandOff(CONSOLE_CONNECTS_ACCOUNT, sharedLine, vlan);
        consoleConnect.operator().completeManual(layer2, handOff);
        return handOff;
    }

    /**
     * Console Connect, as the shared line's owner at Tencent, accepts the customer's tunnel.
     *
     * @param tunnel the tunnel, waiting in {@code COMFIRMING}
     */
    public void lineOwnerAccepts(String tunnel) {
        tencent.acceptAsLineOwner(tunnel);
    }
}
