package io.dclink.core.testplugin;

import io.dclink.spi.DirectConnectProvider;
import io.dclink.spi.ProviderDescriptor;
import io.dclink.spi.SpiVersion;

/** A plugin whose constant id is not the one its descriptor states. */
public final class MislabelledProvider implements DirectConnectProvider {

    private static final ProviderDescriptor DESCRIPTOR =
            AlphaProvider.describe("labelled", new SpiVersion(SpiVersion.MAJOR, SpiVersion.MINOR));

    @Override
    public String id() {
        return "mislabelled";
    }

    @Override
    public ProviderDescriptor descriptor() {
        return DESCRIPTOR;
    }
}
