package io.dclink.testkit.alibaba;

import io.dclink.testkit.emulator.Emulator;
import io.dclink.testkit.emulator.EmulatorOptions;
import io.dclink.testkit.emulator.EmulatorProvider;
import java.util.List;

/** Makes the Alibaba emulator available by provider id. */
public final class AlibabaEmulatorProvider implements EmulatorProvider {

    /** Called by {@link java.util.ServiceLoader}. */
    public AlibabaEmulatorProvider() {
    }

    @Override
    public String providerId() {
        return "alibaba";
    }

    @Override
    public List<String> credentialVariables() {
        return List.of("ALIBABA_CLOUD_ACCESS_KEY_ID", "ALIBABA_CLOUD_ACCESS_KEY_SECRET");
    }

    @Override
    public Emulator create(EmulatorOptions options) {
        return new AlibabaEmulator(options);
    }
}
