package io.dclink.testkit.tck;

/** The kit against a plugin whose client maps a raw value otherwise than its table. Run only by {@link KitCanFailTest}. */
class DisagreeingToyKit extends ToyKitBase {

    @Override
    protected String pluginId() {
        return "toydisagreeing";
    }
}
