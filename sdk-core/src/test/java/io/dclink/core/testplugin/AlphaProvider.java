package io.dclink.core.testplugin;

import static io.dclink.spi.ProviderOperation.CONNECTION_CONFIRM;
import static io.dclink.spi.ProviderOperation.CONNECTION_CREATE;
import static io.dclink.spi.ProviderOperation.CONNECTION_DELETE;
import static io.dclink.spi.ProviderOperation.CONNECTION_GET;
import static io.dclink.spi.ProviderOperation.CONNECTION_LIST;
import static io.dclink.spi.ProviderOperation.CONNECTION_UPDATE;
import static io.dclink.spi.ProviderOperation.VIRTUAL_INTERFACE_CREATE;
import static io.dclink.spi.ProviderOperation.VIRTUAL_INTERFACE_QUOTE;
import static io.dclink.spi.ProviderOperation.VIRTUAL_INTERFACE_GET;
import static io.dclink.spi.ProviderOperation.VIRTUAL_INTERFACE_LIST;

import io.dclink.spi.CredentialVariables;
import io.dclink.spi.DirectConnectProvider;
import io.dclink.spi.ErrorCategory;
import io.dclink.spi.ErrorEnvelope;
import io.dclink.spi.ErrorTable;
import io.dclink.spi.OperationTable;
import io.dclink.spi.OperationTable.Idempotence;
import io.dclink.spi.ProviderDescriptor;
import io.dclink.spi.SpiVersion;
import java.util.List;

/**
 * A small in-memory plugin used only by tests, registered in the test class path's
 * META-INF/services. It lists, reads, creates (finding before it creates: no client tokens),
 * updates, deletes and confirms connections and lists, reads and creates virtual interfaces;
 * everything else it lacks (cancel, resubmit, LOAs, gateways, routes...).
 */
public class AlphaProvider implements DirectConnectProvider {

    static final CredentialVariables CREDENTIALS =
            CredentialVariables.accessKey("an alpha key pair", "ALPHA_TEST_KEY_ID", "ALPHA_TEST_KEY_SECRET", null)
                    .withRegionVariable("ALPHA_REGION").withProfile(new AlphaProfile());
    /** Alpha has no wire protocol; its handlers raise typed errors with these codes. */
    static final ErrorTable ERRORS = ErrorTable.builder().exact("NotFound", ErrorCategory.NOT_FOUND).build();
    static final ErrorEnvelope ENVELOPE =
            new ErrorEnvelope(List.of("/error/code"), List.of("/error/message"), List.of("/requestId"), 400, false);

    private static final ProviderDescriptor DESCRIPTOR =
            describe("alpha", new SpiVersion(SpiVersion.MAJOR, SpiVersion.MINOR));

    /** Called by {@link java.util.ServiceLoader}. */
    public AlphaProvider() {
    }

    /** Alpha's descriptor under another id or SPI version, for its relatives. */
    static ProviderDescriptor describe(String id, SpiVersion version) {
        return ProviderDescriptor.builder(id, "Alpha test cloud", version)
                .credentials(CREDENTIALS)
                .errors(ERRORS, ENVELOPE)
                .operations(operations(id))
                .build();
    }

    static OperationTable<AlphaClient> operations(String id) {
        return OperationTable.builder(AlphaClient.factory(id))
                .on(CONNECTION_LIST, AlphaClient::listConnections)
                .on(CONNECTION_GET, AlphaClient::getConnection)
                .create(CONNECTION_CREATE, AlphaClient::createConnection, Idempotence.findBy(AlphaClient::findConnection))
                .validator(CONNECTION_CREATE, AlphaClient::validateCreate)
                .on(CONNECTION_UPDATE, AlphaClient::updateConnection)
                .on(CONNECTION_DELETE, AlphaClient::deleteConnection)
                .on(CONNECTION_CONFIRM, AlphaClient::confirmConnection)
                .on(VIRTUAL_INTERFACE_LIST, AlphaClient::listVirtualInterfaces)
                .on(VIRTUAL_INTERFACE_GET, AlphaClient::getVirtualInterface)
                .create(VIRTUAL_INTERFACE_CREATE, AlphaClient::createVirtualInterface,
                        Idempotence.findBy(AlphaClient::findVirtualInterface))
                .validator(VIRTUAL_INTERFACE_CREATE, AlphaClient::validateInterface)
                .on(VIRTUAL_INTERFACE_QUOTE, AlphaClient::quoteVirtualInterface)
                .build();
    }

    @Override
    public ProviderDescriptor descriptor() {
        return DESCRIPTOR;
    }
}
