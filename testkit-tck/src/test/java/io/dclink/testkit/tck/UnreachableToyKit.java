package io.dclink.testkit.tck;

/** The kit against a plugin whose table maps a raw value to a state its lifecycle cannot reach. Run only by {@link KitCanFailTest}. */
class UnreachableToyKit extends ToyKitBase {

    @Override
    protected String pluginId() {
        return "toyunreachable";
    }
}
