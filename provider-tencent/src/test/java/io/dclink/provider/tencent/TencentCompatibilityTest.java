package io.dclink.provider.tencent;

import io.dclink.model.CreateConnectionRequest;
import io.dclink.model.CreateGatewayRequest;
import io.dclink.model.CreateVirtualInterfaceRequest;
import io.dclink.testkit.contract.MappingTable;
import io.dclink.testkit.emulator.Emulator;
import io.dclink.testkit.emulator.EmulatorOptions;
import io.dclink.testkit.tck.ProviderCompatibilityKit;
import io.dclink.testkit.tencent.TencentEmulator;
import java.nio.file.Path;
import java.util.Optional;

/** The provider compatibility kit, against the Tencent emulator. */
class TencentCompatibilityTest extends ProviderCompatibilityKit {

    @Override
    protected Emulator newEmulator() {
        return new TencentEmulator(EmulatorOptions.defaults());
    }

    @Override
    protected CreateConnectionRequest connectionRequest(String name) {
        return TencentRequests.line(name);
    }

    @Override
    protected CreateGatewayRequest gatewayRequest(String name) {
        return TencentRequests.gateway(name);
    }

    @Override
    protected CreateVirtualInterfaceRequest virtualInterfaceRequest(String connectionId, String gatewayId, int vlan) {
        return TencentRequests.bgpTunnel(connectionId, gatewayId, vlan, bgp(65_010));
    }

    @Override
    protected CreateVirtualInterfaceRequest routedVirtualInterfaceRequest(String connectionId, String gatewayId, int vlan) {
        return TencentRequests.staticTunnel(connectionId, gatewayId, vlan);
    }

    /** The project's docs/architecture.md documents the plugin's raw-state mapping. */
    @Override
    protected Optional<Path> mappingDocument() {
        return Optional.of(MappingTable.projectDocument());
    }
}
