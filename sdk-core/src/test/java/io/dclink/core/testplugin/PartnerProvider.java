package io.dclink.core.testplugin;

import static io.dclink.spi.ProviderOperation.VIRTUAL_INTERFACE_CREATE;
import static io.dclink.spi.ProviderOperation.VIRTUAL_INTERFACE_DELETE;
import static io.dclink.spi.ProviderOperation.VIRTUAL_INTERFACE_GET;

import io.dclink.spi.DirectConnectProvider;
import io.dclink.spi.OperationTable;
import io.dclink.spi.OperationTable.Idempotence;
import io.dclink.spi.ProviderDescriptor;
import io.dclink.spi.SpiVersion;

/**
 * An in-memory partner exchange for hosted orders (id {@value #ID}): its interfaces to a cloud are
 * provisioned by its support, and show the hand-off in attributes it declares. Installed only by
 * tests that build their own class loader.
 */
public class PartnerProvider implements DirectConnectProvider {

    /** The provider id. */
    public static final String ID = "partnerco";

    private static final ProviderDescriptor DESCRIPTOR = describe(ID, "Partner Exchange", true);

    static ProviderDescriptor describe(String id, String name, boolean showsHandOff) {
        OperationTable<HostedWorldClient> operations = OperationTable.builder(HostedWorldClient.factory(id))
                .on(VIRTUAL_INTERFACE_GET, HostedWorldClient::get)
                .create(VIRTUAL_INTERFACE_CREATE, HostedWorldClient::orderAtPartner, Idempotence.findBy(HostedWorldClient::find))
                .validator(VIRTUAL_INTERFACE_CREATE, HostedWorldClient::partnerRules)
                .on(VIRTUAL_INTERFACE_DELETE, HostedWorldClient::delete)
                .build();
        ProviderDescriptor.Builder builder = ProviderDescriptor.builder(id, name, new SpiVersion(SpiVersion.MAJOR, SpiVersion.MINOR))
                .regionless()
                .credentials(AlphaProvider.CREDENTIALS)
                .errors(AlphaProvider.ERRORS, AlphaProvider.ENVELOPE)
                .operations(operations);
        if (showsHandOff) {
            builder.handOff(HostedWorld.ACCOUNT_ATTRIBUTE, HostedWorld.LINE_ATTRIBUTE, HostedWorld.VLAN_ATTRIBUTE);
        }
        return builder.build();
    }

    @Override
    public ProviderDescriptor descriptor() {
        return DESCRIPTOR;
    }
}
