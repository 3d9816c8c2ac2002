package io.dclink.testkit.tck;

/** The kit against a correct plugin and its emulator: every group must pass. */
class ToyCompatibilityTest extends ToyKitBase {

    @Override
    protected String pluginId() {
        return "toy";
    }
}
