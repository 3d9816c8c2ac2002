package io.dclink.testkit.tck;

/** The kit against a plugin that looks for error codes where the provider does not put them. Run only by {@link KitCanFailTest}. */
class MisreadingToyKit extends ToyKitBase {

    @Override
    protected String pluginId() {
        return "toymisreading";
    }
}
