package io.dclink.provider.consoleconnect;

import io.dclink.model.CreateVirtualInterfaceRequest;
import io.dclink.model.CreateVirtualInterfaceRequestBuilder;
import io.dclink.model.RoutingType;
import io.dclink.testkit.consoleconnect.ConsoleConnectEmulator;
import java.util.Map;

/** The emulator's world as the tests order from it: its metros and Layer 2 requests to its destinations. */
final class Orders {

    /** The metros of the emulator's world (fixed ids, as its metro capabilities list them). */
    static final String HONG_KONG = "5c0a00000000000000000001";
    static final String SINGAPORE = "5c0a00000000000000000002";
    static final String LONDON = "5c0a00000000000000000003";
    /** The first data-centre facility of tencent-cloud in Hong Kong (iAdvantage MEGA-i). */
    static final String MEGA_I = "5d0b00000000000000000001";
    /** Equinix HK1, where acme-exchange has its Hong Kong port. */
    static final String HK1 = "5d0b00000000000000000002";
    /** acme-exchange's Hong Kong port. */
    static final String ACME_HONG_KONG_PORT = "5e0d00000000000000000003";
    /** acme-exchange's London port, with 200 Mbps left. */
    static final String ACME_LONDON_PORT = "5e0d00000000000000000004";

    private Orders() {
    }

    /** A Layer 2 connection to acme-exchange in Hong Kong. */
    static CreateVirtualInterfaceRequestBuilder toAcme(String name, String portId, int mbps, int vlan) {
        return layer2(name, portId, ConsoleConnectEmulator.B2B_COMPANY).bandwidthMbps(mbps).vlan(vlan)
                .providerOptions(Map.of(Layer2Options.DEST_METRO, HONG_KONG));
    }

    /** A Layer 2 connection to tencent-cloud in Hong Kong, as the Tencent guide orders it. */
    static CreateVirtualInterfaceRequestBuilder toTencent(String name, String portId) {
        return layer2(name, portId, ConsoleConnectEmulator.TENCENT_CLOUD).bandwidthMbps(100).vlan(300)
                .providerOptions(Map.of(Layer2Options.DEST_METRO, HONG_KONG));
    }

    private static CreateVirtualInterfaceRequestBuilder layer2(String name, String portId, String company) {
        return CreateVirtualInterfaceRequest.builder().name(name).connectionId(portId).ownerAccount(company)
                .routing(RoutingType.NONE);
    }
}
