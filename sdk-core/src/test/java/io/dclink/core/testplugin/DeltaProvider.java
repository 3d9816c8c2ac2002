package io.dclink.core.testplugin;

import static io.dclink.spi.ProviderOperation.CONNECTION_GET;
import static io.dclink.spi.ProviderOperation.CONNECTION_RESUBMIT;
import static io.dclink.spi.ProviderOperation.CONNECTION_UPDATE;
import static io.dclink.spi.ProviderOperation.ROUTE_CREATE;
import static io.dclink.spi.ProviderOperation.VIRTUAL_INTERFACE_ACCEPT;
import static io.dclink.spi.ProviderOperation.VIRTUAL_INTERFACE_GET;
import static io.dclink.spi.ProviderOperation.VIRTUAL_INTERFACE_TERMINATE;
import static io.dclink.spi.ProviderOperation.VIRTUAL_INTERFACE_UPDATE;

import io.dclink.spi.DirectConnectProvider;
import io.dclink.spi.OperationTable;
import io.dclink.spi.OperationTable.Idempotence;
import io.dclink.spi.ProviderDescriptor;
import io.dclink.spi.SpiVersion;

/**
 * An in-memory plugin on alpha's client that binds operations whose neighbours it leaves out, for
 * the pipeline's capability checks: it resubmits rejected connections; it reads connections but
 * cannot list them; it accepts virtual interfaces but cannot reject them, and terminates them but
 * cannot recover them; the only thing it creates is routes, and adding a route is repeatable by
 * nature (a destination has one route). Installed only by tests that build their own class loader.
 */
public class DeltaProvider implements DirectConnectProvider {

    /** The provider id. */
    public static final String ID = "delta";

    private static final OperationTable<AlphaClient> OPERATIONS = OperationTable.builder(AlphaClient.factory(ID))
            .on(CONNECTION_GET, AlphaClient::getConnection)
            .on(CONNECTION_UPDATE, AlphaClient::updateConnection)
            .on(CONNECTION_RESUBMIT, AlphaClient::resubmitConnection)
            .on(VIRTUAL_INTERFACE_GET, AlphaClient::getVirtualInterface)
            .on(VIRTUAL_INTERFACE_UPDATE, AlphaClient::updateVirtualInterface)
            .validator(VIRTUAL_INTERFACE_UPDATE, AlphaClient::validateUpdate)
            .on(VIRTUAL_INTERFACE_ACCEPT, AlphaClient::acceptVirtualInterface)
            .on(VIRTUAL_INTERFACE_TERMINATE, AlphaClient::terminateVirtualInterface)
            .create(ROUTE_CREATE, AlphaClient::addRoute, Idempotence.repeatable())
            .build();

    private static final ProviderDescriptor DESCRIPTOR = ProviderDescriptor
            .builder(ID, "Delta test cloud", new SpiVersion(SpiVersion.MAJOR, SpiVersion.MINOR))
            .credentials(AlphaProvider.CREDENTIALS)
            .errors(AlphaProvider.ERRORS, AlphaProvider.ENVELOPE)
            .operations(OPERATIONS)
            .build();

    @Override
    public ProviderDescriptor descriptor() {
        return DESCRIPTOR;
    }
}
