package io.dclink.provider.jdcloud;

import io.dclink.model.BgpPeering;
import io.dclink.model.CreateConnectionRequest;
import io.dclink.model.CreateGatewayRequest;
import io.dclink.model.CreateVirtualInterfaceRequest;

/**
 * Valid requests against the emulator's seeded region {@code cn-north-1}: its location
 * {@code bj-lf-a} offers the port spec {@code 10GBase-LR} and the ISP {@code ct}, and its partner
 * {@code partner-telecom} sells partner lines.
 */
final class JdRequests {

    static final String LOCATION = "bj-lf-a";
    static final String PORT_SPEC = "10GBase-LR";
    static final String ISP = "ct";
    static final String PARTNER = "partner-telecom";

    private JdRequests() {
    }

    static CreateConnectionRequest line(String name) {
        return CreateConnectionRequest.builder().name(name).accessPointId(LOCATION).carrier(ISP).portType(PORT_SPEC)
                .customerAddress("Room 101, No. 1 Example Road, Beijing").build();
    }

    /** A partner line through the emulator's partner, for its default six months. */
    static CreateConnectionRequest partnerLine(String name) {
        return CreateConnectionRequest.builder().name(name).accessPointId(PARTNER)
                .providerOptions(java.util.Map.of("connectionType", "jcloud_partner")).build();
    }

    static CreateGatewayRequest gateway(String name) {
        return CreateGatewayRequest.builder().name(name).build();
    }

    /** A VIF with the /30 pair 10.N.0.1 (customer) and 10.N.0.2 (JD Cloud), N from the VLAN, and BGP AS 65010. */
    static CreateVirtualInterfaceRequest vif(String connectionId, String gatewayId, int vlan) {
        String net = "10." + (vlan % 250) + "." + (vlan / 250) + ".";
        return CreateVirtualInterfaceRequest.builder().name("vif-" + vlan).connectionId(connectionId).gatewayId(gatewayId)
                .vlan(vlan).customerAddress(net + "1/30").providerAddress(net + "2/30")
                .bgp(new BgpPeering(65_010L, null, null)).build();
    }
}
