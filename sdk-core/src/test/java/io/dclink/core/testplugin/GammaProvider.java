package io.dclink.core.testplugin;

import static io.dclink.spi.ProviderOperation.CONNECTION_CREATE;
import static io.dclink.spi.ProviderOperation.CONNECTION_GET;
import static io.dclink.spi.ProviderOperation.CONNECTION_LIST;
import static io.dclink.spi.ProviderOperation.ROUTE_CREATE;
import static io.dclink.spi.ProviderOperation.ROUTE_LIST;

import io.dclink.model.Connection;
import io.dclink.model.CreateConnectionRequest;
import io.dclink.model.CreateRouteRequest;
import io.dclink.model.Route;
import io.dclink.spi.CredentialVariables;
import io.dclink.spi.DirectConnectProvider;
import io.dclink.spi.OperationTable.Idempotence;
import io.dclink.spi.OperationTable;
import io.dclink.spi.ProviderDescriptor;
import io.dclink.spi.SpiVersion;

/**
 * A test plugin that talks JSON over HTTP to a {@link io.dclink.core.testserver.TinyServer}
 * through the runtime's real transport. Its provider does not de-duplicate creates: the runtime
 * finds what an ambiguous create made before it orders again.
 */
public class GammaProvider implements DirectConnectProvider {

    private static final ProviderDescriptor DESCRIPTOR = describe("gamma", "Gamma HTTP test cloud", false);

    /** Called by {@link java.util.ServiceLoader}. */
    public GammaProvider() {
    }

    /**
     * Gamma's descriptor.
     *
     * @param tokens whether the provider de-duplicates creates on their client token
     */
    static ProviderDescriptor describe(String id, String displayName, boolean tokens) {
        return ProviderDescriptor.builder(id, displayName, new SpiVersion(SpiVersion.MAJOR, SpiVersion.MINOR))
                .credentials(CredentialVariables.accessKey("a gamma key pair", "GAMMA_KEY_ID", "GAMMA_KEY_SECRET", null))
                .errors(GammaClient.ERRORS, GammaClient.ENVELOPE)
                .connectionOptions("pairingKey")
                .operations(operations(id, tokens))
                .build();
    }

    private static OperationTable<GammaClient> operations(String id, boolean tokens) {
        Idempotence<GammaClient, CreateConnectionRequest, Connection> connections =
                tokens ? Idempotence.clientToken() : Idempotence.findBy(GammaClient::findConnection);
        Idempotence<GammaClient, CreateRouteRequest, Route> routes =
                tokens ? Idempotence.clientToken() : Idempotence.findBy(GammaClient::findRoute);
        return OperationTable.builder(context -> new GammaClient(context, id, tokens))
                .on(CONNECTION_LIST, (client, request) -> client.listConnections())
                .on(CONNECTION_GET, GammaClient::getConnection)
                .create(CONNECTION_CREATE, GammaClient::createConnection, connections)
                .on(ROUTE_LIST, (client, request) -> client.listRoutes())
                .create(ROUTE_CREATE, GammaClient::createRoute, routes)
                .build();
    }

    @Override
    public ProviderDescriptor descriptor() {
        return DESCRIPTOR;
    }
}
