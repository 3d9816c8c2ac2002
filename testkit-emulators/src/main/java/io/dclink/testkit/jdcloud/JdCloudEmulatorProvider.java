package io.dclink.testkit.jdcloud;

import io.dclink.testkit.emulator.Emulator;
import io.dclink.testkit.emulator.EmulatorOptions;
import io.dclink.testkit.emulator.EmulatorProvider;
import java.util.List;

/** Makes the JD Cloud emulator available by provider id ({@code jdcloud}). */
public final class JdCloudEmulatorProvider implements EmulatorProvider {

    /** Called by {@link java.util.ServiceLoader}. */
    public JdCloudEmulatorProvider() {
    }

    @Override
    public String providerId() {
        return "jdcloud";
    }

    @Override
    public List<String> credentialVariables() {
        return List.of("JDCLOUD_ACCESS_KEY", "JDCLOUD_SECRET_KEY");
    }

    @Override
    public Emulator create(EmulatorOptions options) {
        return new JdCloudEmulator(options);
    }
}
