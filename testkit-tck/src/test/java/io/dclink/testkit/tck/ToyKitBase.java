package io.dclink.testkit.tck;

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
}
