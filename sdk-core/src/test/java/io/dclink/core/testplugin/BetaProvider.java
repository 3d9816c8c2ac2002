package io.dclink.core.testplugin;

/** A second plugin, installed only by tests that build their own class loader. */
public class BetaProvider extends AlphaProvider {

    @Override
    public String id() {
        return "beta";
    }
}
