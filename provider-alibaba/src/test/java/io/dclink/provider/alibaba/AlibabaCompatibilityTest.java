package io.dclink.provider.alibaba;

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

    /** The project's docs/architecture.md documents the plugin's raw-state mapping. */
    @Override
    protected Optional<Path> mappingDocument() {
        return Optional.of(MappingTable.projectDocument());
    }
}
