package io.dclink.provider.alibaba;

import io.dclink.model.ConstructionReport;
import io.dclink.model.CreateConnectionRequest;
import io.dclink.model.CreateVirtualInterfaceRequest;
import io.dclink.model.LoaApplication;
import io.dclink.testkit.alibaba.AlibabaEmulator;
import io.dclink.testkit.contract.MappingTable;
import io.dclink.testkit.emulator.Emulator;
import io.dclink.testkit.emulator.EmulatorOptions;
import io.dclink.testkit.tck.ProviderCompatibilityKit;
import java.nio.file.Path;
import java.util.Optional;

/** The provider compatibility kit, against the Alibaba emulator (the self-service flow). */
class AlibabaCompatibilityTest extends ProviderCompatibilityKit {

    @Override
    protected Emulator newEmulator() {
        return new AlibabaEmulator(EmulatorOptions.defaults());
    }

    @Override
    protected CreateConnectionRequest connectionRequest(String name) {
        return AlibabaRequests.line(name, ((AlibabaEmulator) emulator).selfServiceAccessPoint());
    }

    @Override
    protected CreateVirtualInterfaceRequest virtualInterfaceRequest(String connectionId, String gatewayId, int vlan) {
        return AlibabaRequests.bgpVbr(connectionId, vlan, 65_010).toBuilder().bgp(bgp(65_010)).build();
    }

    @Override
    protected CreateVirtualInterfaceRequest routedVirtualInterfaceRequest(String connectionId, String gatewayId, int vlan) {
        return AlibabaRequests.staticVbr(connectionId, vlan);
    }

    @Override
    protected LoaApplication loaApplication() {
        return AlibabaRequests.loa();
    }

    @Override
    protected ConstructionReport constructionReport() {
        return AlibabaRequests.report();
    }

    /** The project's docs/architecture.md documents the plugin's raw-state mapping. */
    @Override
    protected Optional<Path> mappingDocument() {
        return Optional.of(MappingTable.projectDocument());
    }
}
