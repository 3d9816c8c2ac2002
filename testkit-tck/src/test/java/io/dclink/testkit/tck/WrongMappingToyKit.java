package io.dclink.testkit.tck;

/** The kit against a plugin that maps LIVE to PENDING_APPROVAL. Run only by {@link KitCanFailTest}. */
class WrongMappingToyKit extends ToyKitBase {

    @Override
    protected String pluginId() {
        return "toywrongmapping";
    }
}
