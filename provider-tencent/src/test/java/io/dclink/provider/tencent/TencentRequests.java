package io.dclink.provider.tencent;

import io.dclink.model.BgpPeering;
import io.dclink.model.Contact;
import io.dclink.model.CreateConnectionRequest;
import io.dclink.model.CreateGatewayRequest;
import io.dclink.model.CreateVirtualInterfaceRequest;
import io.dclink.model.RoutingType;
import java.util.List;

/** Valid requests for the Tencent emulator (region ap-guangzhou). */
final class TencentRequests {

    static final String ACCESS_POINT = "ap-guangzhou-a-th";
    static final String VPC = "vpc-tck00001";

    private TencentRequests() {
    }

    /** Every seed field: name, carrier, port type, access point, bandwidth, address with floor, redundancy, contacts. */
    static CreateConnectionRequest line(String name) {
        return CreateConnectionRequest.builder().name(name).accessPointId(ACCESS_POINT).carrier("ChinaTelecom")
                .portType("10GBase-LR").bandwidthMbps(1000).customerAddress("Room 301, 3rd floor, 8 Keji Road, Guangzhou")
                .circuitCode("CT-GZ-0001").contact(new Contact("Zhang San", "13888888888", "ops@example.com"))
                .faultContact(new Contact("Li Si", "15999999999", "noc@example.com")).build();
    }

    static CreateGatewayRequest gateway(String name) {
        return CreateGatewayRequest.builder().name(name).networkType("VPC").networkId(VPC).asn(64_600L).build();
    }

    static CreateVirtualInterfaceRequest bgpTunnel(String lineId, String gatewayId, int vlan, BgpPeering bgp) {
        int subnet = vlan % 250;
        return CreateVirtualInterfaceRequest.builder().name("tunnel-" + vlan).connectionId(lineId).gatewayId(gatewayId)
                .networkId(VPC).vlan(vlan).bandwidthMbps(500).providerAddress("169.254." + subnet + ".1/30")
                .customerAddress("169.254." + subnet + ".2/30").routing(RoutingType.BGP).bgp(bgp).build();
    }

    static CreateVirtualInterfaceRequest staticTunnel(String lineId, String gatewayId, int vlan) {
        return bgpTunnel(lineId, gatewayId, vlan, null).toBuilder().routing(RoutingType.STATIC)
                .staticPrefixes(List.of("10.200.0.0/16")).build();
    }
}
