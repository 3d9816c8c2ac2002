package io.dclink.testkit.tck;

/** The kit against a plugin whose retried creates order twice. Run only by {@link KitCanFailTest}. */
class DuplicatingToyKit extends ToyKitBase {

    @Override
    protected String pluginId() {
        return "toyduplicating";
    }
}
