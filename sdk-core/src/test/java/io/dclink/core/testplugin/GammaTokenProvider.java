package io.dclink.core.testplugin;

import io.dclink.spi.DirectConnectProvider;
import io.dclink.spi.ProviderDescriptor;

/** The gamma test plugin under the id "gammatokens", for a provider that de-duplicates creates on client tokens. */
public class GammaTokenProvider implements DirectConnectProvider {

    /** The provider id (ids are lower case letters and digits only, so not "gamma-tokens"). */
    public static final String ID = "gammatokens";

    private static final ProviderDescriptor DESCRIPTOR = GammaProvider.describe(ID, "Gamma HTTP test cloud with tokens", true);

    @Override
    public ProviderDescriptor descriptor() {
        return DESCRIPTOR;
    }
}
