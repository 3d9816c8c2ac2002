package io.dclink.testkit.jdcloud;

import io.dclink.model.BgpPeering;
import io.dclink.model.CreateConnectionRequest;
import io.dclink.model.CreateGatewayRequest;
import io.dclink.model.CreateRouteRequest;
import io.dclink.model.CreateVirtualInterfaceRequest;
import io.dclink.model.Gateway;
import io.dclink.model.RoutingType;
import io.dclink.testkit.emulator.SampleOrder;
import java.util.List;
import java.util.Optional;

/**
 * Orders the JD Cloud emulator accepts: a self-service line at the Langfang location (its port
 * spec and ISP; bandwidth comes from the port), a border gateway attached to the seeded
 * {@code default-vpc} (192.168.0.0/16), private VIFs with BGP only (no key: JD says it does not take
 * effect) and /30 pairs with the customer on the first address, and the two routes besides the
 * VIF's that a working setup needs: the VPC's rule toward the gateway and the gateway's route
 * toward the VPC.
 */
final class JdCloudSampleOrder implements SampleOrder {

    private static final String VPC_NAME = "default-vpc";
    private static final String VPC_CIDR = "192.168.0.0/16";

    private final JdCloudEmulator emulator;

    JdCloudSampleOrder(JdCloudEmulator emulator) {
        this.emulator = emulator;
    }

    @Override
    public CreateConnectionRequest connection(String name) {
        return CreateConnectionRequest.builder().name(name).accessPointId("bj-lf-a").carrier("ct").portType("10GBase-LR")
                .customerAddress("Room 101, No. 1 Example Road, Beijing").build();
    }

    @Override
    public Optional<CreateGatewayRequest> gateway(String name) {
        return Optional.of(CreateGatewayRequest.builder().name(name).networkType("VPC").networkId(emulator.vpcId(VPC_NAME))
                .build());
    }

    @Override
    public CreateVirtualInterfaceRequest virtualInterface(String connectionId, Gateway gateway, int vlan) {
        String net = "10." + vlan % 250 + "." + vlan / 250 + ".";
        return CreateVirtualInterfaceRequest.builder().name("vif-" + vlan).connectionId(connectionId)
                .gatewayId(gateway == null ? null : gateway.id()).vlan(vlan).customerAddress(net + "1/30")
                .providerAddress(net + "2/30").routing(RoutingType.BGP).bgp(new BgpPeering(65_010L, null, null)).build();
    }

    @Override
    public List<CreateRouteRequest> networkRoutes(Gateway gateway, String customerNetwork) {
        String vpc = emulator.vpcId(VPC_NAME);
        return List.of(
                CreateRouteRequest.builder().gatewayId(vpc).nextHop(gateway.id()).destination(customerNetwork).build(),
                CreateRouteRequest.builder().gatewayId(gateway.id()).nextHop(vpc).destination(VPC_CIDR).build());
    }

    @Override
    public int invalidVlan() {
        return 4_001;
    }
}
