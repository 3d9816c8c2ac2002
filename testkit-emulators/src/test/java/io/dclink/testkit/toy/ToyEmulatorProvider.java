package io.dclink.testkit.toy;

import io.dclink.testkit.emulator.Emulator;
import io.dclink.testkit.emulator.EmulatorOptions;
import io.dclink.testkit.emulator.EmulatorProvider;
import java.util.List;

public final class ToyEmulatorProvider implements EmulatorProvider {

    @Override
    public String providerId() {
        return "toy";
    }

    @Override
    public List<String> credentialVariables() {
        return List.of("TOY_KEY_ID", "TOY_KEY_SECRET");
    }

    @Override
    public Emulator create(EmulatorOptions options) {
        return new ToyEmulator("toy", options);
    }
}
