package io.dclink.provider.jdcloud;

import io.dclink.testkit.contract.MappingTable;
import io.dclink.testkit.emulator.Emulator;
import io.dclink.testkit.emulator.EmulatorOptions;
import io.dclink.testkit.jdcloud.JdCloudEmulator;
import io.dclink.testkit.tck.ProviderCompatibilityKit;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The provider compatibility kit, against the JD Cloud emulator. The kit's pagination group orders
 * 120 lines, so the emulator's connection quota (10 per region, as documented) is raised as a
 * support ticket would.
 */
class JdCloudCompatibilityTest extends ProviderCompatibilityKit {

    @Override
    protected Emulator newEmulator() {
        JdCloudEmulator emulator = new JdCloudEmulator(EmulatorOptions.defaults());
        emulator.raiseQuota("connection", 200);
        return emulator;
    }

    /** The project's docs/architecture.md documents the plugin's raw-state mapping. */
    @Override
    protected Optional<Path> mappingDocument() {
        return Optional.of(MappingTable.projectDocument());
    }
}
