package io.dclink.core.testplugin;

import io.dclink.spi.DirectConnectProvider;
import io.dclink.spi.ProviderDescriptor;
import io.dclink.spi.SpiVersion;

/** Alpha under the id "omega", declared without regions; installed only by tests that build their own class loader. */
public class OmegaProvider implements DirectConnectProvider {

    private static final ProviderDescriptor DESCRIPTOR = ProviderDescriptor.builder("omega", "Omega test cloud",
                    new SpiVersion(SpiVersion.MAJOR, SpiVersion.MINOR))
            .credentials(AlphaProvider.CREDENTIALS)
            .errors(AlphaProvider.ERRORS, AlphaProvider.ENVELOPE)
            .operations(AlphaProvider.operations("omega"))
            .regionless()
            .build();

    @Override
    public ProviderDescriptor descriptor() {
        return DESCRIPTOR;
    }
}
