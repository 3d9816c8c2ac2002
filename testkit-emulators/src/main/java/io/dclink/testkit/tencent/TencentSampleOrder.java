package io.dclink.testkit.tencent;

import io.dclink.model.BgpPeering;
import io.dclink.model.Contact;
import io.dclink.model.CreateConnectionRequest;
import io.dclink.model.CreateGatewayRequest;
import io.dclink.model.CreateVirtualInterfaceRequest;
import io.dclink.model.CreateVirtualInterfaceRequestBuilder;
import io.dclink.model.Gateway;
import io.dclink.model.RoutingType;
import io.dclink.testkit.emulator.SampleOrder;
import java.util.List;
import java.util.Optional;

/**
 * Orders the Tencent emulator accepts: a line with every field the application form has, a DC
 * gateway on a VPC, tunnels with /30 pairs from 169.254.0.0/16 (the provider's side first).
 */
final class TencentSampleOrder implements SampleOrder {

    private static final String VPC = "vpc-sample01";

    private final String accessPoint;

    TencentSampleOrder(String region) {
        this.accessPoint = "ap-" + region.replaceFirst("^ap-", "") + "-a-th";
    }

    @Override
    public CreateConnectionRequest connection(String name) {
        return CreateConnectionRequest.builder().name(name).accessPointId(accessPoint).carrier("ChinaTelecom")
                .portType("10GBase-LR").bandwidthMbps(1000).customerAddress("Room 301, 3rd floor, 8 Keji Road")
                .circuitCode("CT-0001").contact(new Contact("Zhang San", "13888888888", "ops@example.com"))
                .faultContact(new Contact("Li Si", "15999999999", "noc@example.com")).build();
    }

    @Override
    public Optional<CreateGatewayRequest> gateway(String name) {
        return Optional.of(CreateGatewayRequest.builder().name(name).networkType("VPC").networkId(VPC).asn(64_600L).build());
    }

    @Override
    public CreateVirtualInterfaceRequest virtualInterface(String connectionId, Gateway gateway, int vlan) {
        return tunnel(connectionId, gateway, vlan).routing(RoutingType.BGP)
                .bgp(BgpPeering.customer(65_010L, BGP_AUTH_KEY)).build();
    }

    @Override
    public Optional<CreateVirtualInterfaceRequest> staticInterface(String connectionId, Gateway gateway, int vlan) {
        return Optional.of(tunnel(connectionId, gateway, vlan).routing(RoutingType.STATIC)
                .staticPrefixes(List.of("10.200." + vlan % 250 + ".0/24")).build());
    }

    private static CreateVirtualInterfaceRequestBuilder tunnel(String connectionId, Gateway gateway, int vlan) {
        int subnet = vlan % 250;
        return CreateVirtualInterfaceRequest.builder().name("tunnel-" + vlan).connectionId(connectionId)
                .gatewayId(gateway == null ? null : gateway.id()).networkId(VPC).vlan(vlan).bandwidthMbps(500)
                .providerAddress("169.254." + subnet + ".1/30").customerAddress("169.254." + subnet + ".2/30");
    }
}
