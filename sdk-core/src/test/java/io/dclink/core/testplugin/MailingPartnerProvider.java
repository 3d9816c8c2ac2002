package io.dclink.core.testplugin;

import io.dclink.spi.DirectConnectProvider;
import io.dclink.spi.ProviderDescriptor;

/**
 * A partner exchange like {@link PartnerProvider} whose API does not show the hand-off: its support
 * sends it by e-mail (id {@value #ID}).
 */
public class MailingPartnerProvider implements DirectConnectProvider {

    /** The provider id. */
    public static final String ID = "partnermail";

    private static final ProviderDescriptor DESCRIPTOR = PartnerProvider.describe(ID, "Mailing Partner Exchange", false);

    @Override
    public ProviderDescriptor descriptor() {
        return DESCRIPTOR;
    }
}
