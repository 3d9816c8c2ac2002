package io.dclink.provider.tencent;

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

    /** The project's docs/architecture.md documents the plugin's raw-state mapping. */
    @Override
    protected Optional<Path> mappingDocument() {
        return Optional.of(MappingTable.projectDocument());
    }
}
