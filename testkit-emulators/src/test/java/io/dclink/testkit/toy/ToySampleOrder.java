package io.dclink.testkit.toy;

import io.dclink.model.BgpPeering;
import io.dclink.model.CreateConnectionRequest;
import io.dclink.model.CreateGatewayRequest;
import io.dclink.model.CreateVirtualInterfaceRequest;
import io.dclink.model.Gateway;
import io.dclink.testkit.emulator.SampleOrder;
import java.util.Optional;

/** Orders the toy emulator takes. */
final class ToySampleOrder implements SampleOrder {

    @Override
    public CreateConnectionRequest connection(String name) {
        return CreateConnectionRequest.builder().name(name).accessPointId("ap-toy-1").carrier("ToyTel")
                .portType("10GBase-LR").bandwidthMbps(1000).customerAddress("Room 1, Toy Street").build();
    }

    @Override
    public Optional<CreateGatewayRequest> gateway(String name) {
        return Optional.of(CreateGatewayRequest.builder().name(name).build());
    }

    @Override
    public CreateVirtualInterfaceRequest virtualInterface(String connectionId, Gateway gateway, int vlan) {
        int subnet = vlan % 250;
        return CreateVirtualInterfaceRequest.builder().name("vif-" + vlan).connectionId(connectionId)
                .gatewayId(gateway == null ? null : gateway.id()).vlan(vlan).providerAddress("10.99." + subnet + ".1/30")
                .customerAddress("10.99." + subnet + ".2/30").bgp(BgpPeering.customer(65_010L, BGP_AUTH_KEY)).build();
    }
}
