package io.dclink.testkit.tck;

import io.dclink.model.CreateConnectionRequest;
import io.dclink.model.CreateGatewayRequest;
import io.dclink.model.CreateVirtualInterfaceRequest;
import io.dclink.testkit.emulator.Emulator;
import io.dclink.testkit.emulator.EmulatorOptions;
import io.dclink.testkit.toy.ToyEmulator;

/** The kit, configured for the toy provider; subclasses choose which toy plugin is under test. */
abstract class ToyKitBase extends ProviderCompatibilityKit {

    protected abstract String pluginId();

    @Override
    protected Emulator newEmulator() {
        return new ToyEmulator(pluginId(), EmulatorOptions.defaults());
    }

    @Override
    protected CreateConnectionRequest connectionRequest(String name) {
        return CreateConnectionRequest.builder().name(name).accessPointId("ap-toy-1").carrier("ToyTel")
                .portType("10GBase-LR").bandwidthMbps(1000).customerAddress("Room 1, Toy Street").build();
    }

    @Override
    protected CreateGatewayRequest gatewayRequest(String name) {
        return CreateGatewayRequest.builder().name(name).build();
    }

    @Override
    protected CreateVirtualInterfaceRequest virtualInterfaceRequest(String connectionId, String gatewayId, int vlan) {
        int subnet = vlan % 250;
        return CreateVirtualInterfaceRequest.builder().name("tck-vif-" + vlan).connectionId(connectionId)
                .gatewayId(gatewayId).vlan(vlan).providerAddress("10.99." + subnet + ".1/30")
                .customerAddress("10.99." + subnet + ".2/30").bgp(bgp(65010)).build();
    }
}
