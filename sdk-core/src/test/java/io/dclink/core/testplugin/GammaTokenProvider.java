package io.dclink.core.testplugin;

import io.dclink.Capability;
import java.util.EnumSet;
import java.util.Set;

/** The gamma test plugin, declaring that its provider honours client tokens. */
public class GammaTokenProvider extends GammaProvider {

    @Override
    public String id() {
        return "gamma-tokens";
    }

    @Override
    public Set<Capability> capabilities() {
        Set<Capability> capabilities = EnumSet.copyOf(super.capabilities());
        capabilities.add(Capability.NATIVE_IDEMPOTENCY);
        return capabilities;
    }
}
