package io.dclink.testkit.consoleconnect;

import io.dclink.model.CreateConnectionRequest;
import io.dclink.model.CreateVirtualInterfaceRequest;
import io.dclink.model.Gateway;
import io.dclink.model.RoutingType;
import io.dclink.testkit.emulator.SampleOrder;
import java.util.Map;
import java.util.Optional;

/**
 * What the Console Connect emulator takes. Its lines are ports, which an administrator orders
 * outside the API: the test company has {@link #readyConnection() one ready}, its active 10G port in
 * Hong Kong. Its interfaces are Layer 2 connections (routing {@code NONE}, no BGP, no addresses, no
 * gateway): the sample lands one on {@value Companies#ACME}'s port in Hong Kong, where that company
 * accepts it, at a speed both ports have room for, with where it lands and its terms as the
 * consoleconnect plugin's provider options.
 */
final class ConsoleConnectSampleOrder implements SampleOrder {

    /** The test company's port that is active, 10 Gbps and free: the sample order's ready line. */
    static final String READY_PORT_NAME = "HKG-MEGA-I-10G-01";
    /** The Mbps the sample connection takes: a priced speed, well within both ports. */
    static final int SPEED_MBPS = 100;

    private final String readyPort;

    ConsoleConnectSampleOrder(String readyPort) {
        this.readyPort = readyPort;
    }

    @Override
    public CreateConnectionRequest connection(String name) {
        throw new UnsupportedOperationException("Console Connect ports are ordered by an administrator, not through the "
                + "API; the emulator's company " + Companies.TEST_COMPANY + " has port " + readyPort + " ready");
    }

    @Override
    public Optional<String> readyConnection() {
        return Optional.of(readyPort);
    }

    @Override
    public CreateVirtualInterfaceRequest virtualInterface(String connectionId, Gateway gateway, int vlan) {
        return CreateVirtualInterfaceRequest.builder().name("sample-l2-" + vlan).connectionId(connectionId)
                .ownerAccount(Companies.ACME).bandwidthMbps(SPEED_MBPS).vlan(vlan).routing(RoutingType.NONE)
                .providerOptions(Map.of("destMetroId", Place.HONG_KONG.id(), "paymentType", "invoice",
                        "duration", "12", "durationUnit", "m", "classOfService", "BRONZE"))
                .build();
    }

    /** Console Connect's usable 802.1Q range is 2–4094 (UNVERIFIED, as the emulator assumes): 4095 is refused. */
    @Override
    public int invalidVlan() {
        return Layer2Order.MAX_VLAN + 1;
    }
}
