package io.dclink.testkit.alibaba;

import io.dclink.model.BgpPeering;
import io.dclink.model.CreateConnectionRequest;
import io.dclink.model.CreateVirtualInterfaceRequest;
import io.dclink.model.Gateway;
import io.dclink.model.LoaApplication;
import io.dclink.model.RoutingType;
import io.dclink.testkit.emulator.SampleOrder;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Orders the Alibaba emulator accepts: a self-service line (Alibaba keeps no contacts), VBRs with
 * /30 pairs (Alibaba's side first) and no gateway (a VBR is its own router), an LOA application
 * stating the bandwidth.
 */
final class AlibabaSampleOrder implements SampleOrder {

    private final String accessPoint;

    AlibabaSampleOrder(String accessPoint) {
        this.accessPoint = accessPoint;
    }

    @Override
    public CreateConnectionRequest connection(String name) {
        return CreateConnectionRequest.builder().name(name).accessPointId(accessPoint).carrier("CT")
                .portType("10GBase-LR").bandwidthMbps(1000).customerAddress("Room 301, 3rd floor, 8 Wensan Road")
                .circuitCode("CT-HZ-0001").build();
    }

    /** The self-service guide's first step: the installation fee, ordered and paid (provider option {@code InstallationFee}). */
    @Override
    public CreateConnectionRequest guidedConnection(String name) {
        return connection(name).toBuilder().providerOptions(Map.of("InstallationFee", "AutoPay")).build();
    }

    @Override
    public CreateVirtualInterfaceRequest virtualInterface(String connectionId, Gateway gateway, int vlan) {
        int subnet = vlan % 250;
        return CreateVirtualInterfaceRequest.builder().name("vbr-" + vlan).connectionId(connectionId).vlan(vlan)
                .providerAddress("10.0." + subnet + ".1/30").customerAddress("10.0." + subnet + ".2/30")
                .routing(RoutingType.BGP).bgp(BgpPeering.customer(65_010L, BGP_AUTH_KEY)).build();
    }

    @Override
    public Optional<CreateVirtualInterfaceRequest> staticInterface(String connectionId, Gateway gateway, int vlan) {
        int subnet = vlan % 250;
        return Optional.of(CreateVirtualInterfaceRequest.builder().name("vbr-" + vlan).connectionId(connectionId).vlan(vlan)
                .providerAddress("10.1." + subnet + ".1/30").customerAddress("10.1." + subnet + ".2/30")
                .routing(RoutingType.STATIC).staticPrefixes(List.of("192.168." + subnet + ".0/24")).build());
    }

    @Override
    public LoaApplication loaApplication() {
        return SampleOrder.super.loaApplication().toBuilder().bandwidthMbps(1000).build();
    }
}
