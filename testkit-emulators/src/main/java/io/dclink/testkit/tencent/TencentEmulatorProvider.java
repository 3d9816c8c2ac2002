package io.dclink.testkit.tencent;

import io.dclink.testkit.emulator.Emulator;
import io.dclink.testkit.emulator.EmulatorOptions;
import io.dclink.testkit.emulator.EmulatorProvider;
import java.util.List;

/** Makes the Tencent emulator available by provider id. */
public final class TencentEmulatorProvider implements EmulatorProvider {

    /** Called by {@link java.util.ServiceLoader}. */
    public TencentEmulatorProvider() {
    }

    @Override
    public String providerId() {
        return "tencent";
    }

    @Override
    public List<String> credentialVariables() {
        return List.of("TENCENTCLOUD_SECRET_ID", "TENCENTCLOUD_SECRET_KEY");
    }

    @Override
    public Emulator create(EmulatorOptions options) {
        return new TencentEmulator(options);
    }
}
