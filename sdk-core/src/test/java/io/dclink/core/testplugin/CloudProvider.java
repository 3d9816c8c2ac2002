package io.dclink.core.testplugin;

import static io.dclink.spi.ProviderOperation.CONNECTION_GET;
import static io.dclink.spi.ProviderOperation.VIRTUAL_INTERFACE_ACCEPT;
import static io.dclink.spi.ProviderOperation.VIRTUAL_INTERFACE_CREATE;
import static io.dclink.spi.ProviderOperation.VIRTUAL_INTERFACE_DELETE;
import static io.dclink.spi.ProviderOperation.VIRTUAL_INTERFACE_GET;

import io.dclink.spi.DirectConnectProvider;
import io.dclink.spi.OperationTable;
import io.dclink.spi.OperationTable.Idempotence;
import io.dclink.spi.ProviderDescriptor;
import io.dclink.spi.SpiVersion;

/**
 * An in-memory cloud for hosted orders (id {@value #ID}): an interface on another account's line
 * waits for that account to accept it; a client reads only its own account's lines (the account is
 * the client's {@code account} property). Installed only by tests that build their own class loader.
 */
public class CloudProvider implements DirectConnectProvider {

    /** The provider id. */
    public static final String ID = "cloudco";

    private static final ProviderDescriptor DESCRIPTOR = ProviderDescriptor
            .builder(ID, "Cloud Co", new SpiVersion(SpiVersion.MAJOR, SpiVersion.MINOR))
            .credentials(AlphaProvider.CREDENTIALS)
            .errors(AlphaProvider.ERRORS, AlphaProvider.ENVELOPE)
            .operations(OperationTable.builder(HostedWorldClient.factory(ID))
                    .on(CONNECTION_GET, HostedWorldClient::line)
                    .on(VIRTUAL_INTERFACE_GET, HostedWorldClient::get)
                    .create(VIRTUAL_INTERFACE_CREATE, HostedWorldClient::orderAtCloud,
                            Idempotence.findBy(HostedWorldClient::find))
                    .validator(VIRTUAL_INTERFACE_CREATE, HostedWorldClient::cloudRules)
                    .on(VIRTUAL_INTERFACE_DELETE, HostedWorldClient::delete)
                    .on(VIRTUAL_INTERFACE_ACCEPT, HostedWorldClient::accept)
                    .build())
            .build();

    @Override
    public ProviderDescriptor descriptor() {
        return DESCRIPTOR;
    }
}
