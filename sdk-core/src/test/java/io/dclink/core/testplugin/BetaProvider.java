package io.dclink.core.testplugin;

import io.dclink.spi.DirectConnectProvider;
import io.dclink.spi.ProviderDescriptor;
import io.dclink.spi.SpiVersion;

/** A second plugin, alpha under the id "beta"; installed only by tests that build their own class loader. */
public class BetaProvider implements DirectConnectProvider {

    private static final ProviderDescriptor DESCRIPTOR =
            AlphaProvider.describe("beta", new SpiVersion(SpiVersion.MAJOR, SpiVersion.MINOR));

    @Override
    public ProviderDescriptor descriptor() {
        return DESCRIPTOR;
    }
}
