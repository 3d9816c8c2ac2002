package io.dclink.core.testplugin;

import io.dclink.spi.DirectConnectProvider;
import io.dclink.spi.ProviderDescriptor;
import io.dclink.spi.SpiVersion;

/**
 * A plugin built for SPI 2.0, a major version this runtime does not implement (its descriptor says
 * so as a plugin compiled against a 2.x {@code provider-spi} would); installed only by the version tests.
 */
public class FutureProvider implements DirectConnectProvider {

    private static final ProviderDescriptor DESCRIPTOR = AlphaProvider.describe("future", new SpiVersion(2, 0));

    @Override
    public ProviderDescriptor descriptor() {
        return DESCRIPTOR;
    }
}
