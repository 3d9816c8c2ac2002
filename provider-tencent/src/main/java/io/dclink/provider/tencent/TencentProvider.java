package io.dclink.provider.tencent;

import static io.dclink.spi.ProviderOperation.ACCESS_POINT_LIST;
import static io.dclink.spi.ProviderOperation.CONNECTION_CREATE;
import static io.dclink.spi.ProviderOperation.CONNECTION_DELETE;
import static io.dclink.spi.ProviderOperation.CONNECTION_GET;
import static io.dclink.spi.ProviderOperation.CONNECTION_LIST;
import static io.dclink.spi.ProviderOperation.CONNECTION_RESUBMIT;
import static io.dclink.spi.ProviderOperation.CONNECTION_UPDATE;
import static io.dclink.spi.ProviderOperation.GATEWAY_CREATE;
import static io.dclink.spi.ProviderOperation.GATEWAY_DELETE;
import static io.dclink.spi.ProviderOperation.GATEWAY_GET;
import static io.dclink.spi.ProviderOperation.GATEWAY_LIST;
import static io.dclink.spi.ProviderOperation.ROUTE_CREATE;
import static io.dclink.spi.ProviderOperation.ROUTE_DELETE;
import static io.dclink.spi.ProviderOperation.ROUTE_LIST;
import static io.dclink.spi.ProviderOperation.VIRTUAL_INTERFACE_ACCEPT;
import static io.dclink.spi.ProviderOperation.VIRTUAL_INTERFACE_CREATE;
import static io.dclink.spi.ProviderOperation.VIRTUAL_INTERFACE_DELETE;
import static io.dclink.spi.ProviderOperation.VIRTUAL_INTERFACE_GET;
import static io.dclink.spi.ProviderOperation.VIRTUAL_INTERFACE_LIST;
import static io.dclink.spi.ProviderOperation.VIRTUAL_INTERFACE_REJECT;
import static io.dclink.spi.ProviderOperation.VIRTUAL_INTERFACE_UPDATE;

import io.dclink.lifecycle.ConnectionState;
import io.dclink.lifecycle.Operation;
import io.dclink.spi.CredentialVariables;
import io.dclink.spi.DirectConnectProvider;
import io.dclink.spi.LifecycleRefinement;
import io.dclink.spi.LifecycleRefinements;
import io.dclink.spi.OperationTable.Idempotence;
import io.dclink.spi.OperationTable;
import io.dclink.spi.ProviderDescriptor;
import io.dclink.spi.SpiVersion;

/** The Tencent Cloud Direct Connect plugin. */
public final class TencentProvider implements DirectConnectProvider {

    /** The provider id. */
    public static final String ID = "tencent";
    /** Property: also sign the {@code X-TC-Action} header, as the newest signature documentation does ({@code true}/{@code false}). */
    public static final String SIGN_ACTION = "tencent.signAction";

    private static final SpiVersion SPI = new SpiVersion(SpiVersion.MAJOR, SpiVersion.MINOR);

    /** Called by {@link java.util.ServiceLoader}. */
    public TencentProvider() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public SpiVersion spiVersion() {
        return SPI;
    }

    @Override
    public ProviderDescriptor descriptor() {
        return Described.DESCRIPTOR;
    }

    /** The plugin's tables, built when the descriptor is first asked for: discovery reads only the id and version. */
    private static final class Described {

        private static final OperationTable<TencentClient> OPERATIONS = OperationTable.builder(TencentClient::new)
                .on(ACCESS_POINT_LIST, (c, in) -> c.accessPoints(in.pageToken()))
                .on(CONNECTION_LIST, (c, in) -> c.connections().list(in.query(), in.pageToken()))
                .on(CONNECTION_GET, (c, id) -> c.connections().get(id))
                .create(CONNECTION_CREATE, (c, request) -> c.connections().create(request),
                        Idempotence.findBy((c, request) -> c.connections().findCreated(request)))
                .validator(CONNECTION_CREATE, TencentConnections::validate)
                .on(CONNECTION_UPDATE, (c, in) -> c.connections().update(in.id(), in.request()))
                .validator(CONNECTION_UPDATE, in -> TencentConnections.validate(in.request()))
                .on(CONNECTION_RESUBMIT, (c, in) -> c.connections().update(in.id(), in.request()))
                .on(CONNECTION_DELETE, (c, id) -> c.connections().delete(id))
                .on(GATEWAY_LIST, (c, in) -> c.gateways().list(in.query(), in.pageToken()))
                .on(GATEWAY_GET, (c, id) -> c.gateways().get(id))
                .create(GATEWAY_CREATE, (c, request) -> c.gateways().create(request),
                        Idempotence.findBy((c, request) -> c.gateways().findCreated(request)))
                .validator(GATEWAY_CREATE, TencentGateways::validate)
                .on(GATEWAY_DELETE, (c, id) -> c.gateways().delete(id))
                .on(VIRTUAL_INTERFACE_LIST, (c, in) -> c.tunnels().list(in.query(), in.pageToken()))
                .on(VIRTUAL_INTERFACE_GET, (c, id) -> c.tunnels().get(id))
                .create(VIRTUAL_INTERFACE_CREATE, (c, request) -> c.tunnels().create(request),
                        Idempotence.findBy((c, request) -> c.tunnels().findCreated(request)))
                .validator(VIRTUAL_INTERFACE_CREATE, TencentTunnels::validateCreate)
                .on(VIRTUAL_INTERFACE_UPDATE, (c, in) -> c.tunnels().update(in.id(), in.request()))
                .validator(VIRTUAL_INTERFACE_UPDATE, in -> TencentTunnels.validateUpdate(in.request()))
                .on(VIRTUAL_INTERFACE_DELETE, (c, id) -> c.tunnels().delete(id))
                .on(VIRTUAL_INTERFACE_ACCEPT, (c, id) -> c.tunnels().accept(id))
                .on(VIRTUAL_INTERFACE_REJECT, (c, id) -> c.tunnels().reject(id))
                .on(ROUTE_LIST, (c, in) -> c.routes().list(in.query(), in.pageToken()))
                .create(ROUTE_CREATE, (c, request) -> c.routes().create(request), Idempotence.repeatable())
                .validator(ROUTE_CREATE, TencentRoutes::validate)
                .on(ROUTE_DELETE, (c, route) -> c.routes().delete(route))
                .build();

        /** "Only lines in the connected/available state can be deleted." */
        private static final LifecycleRefinements LIFECYCLE = LifecycleRefinements.of(LifecycleRefinement.of(ConnectionState.class)
                .deny(ConnectionState.REJECTED, Operation.DELETE)
                .deny(ConnectionState.SUSPENDED, Operation.DELETE)
                .deny(ConnectionState.CANCELLED, Operation.DELETE)
                .deny(ConnectionState.FAILED, Operation.DELETE)
                .build());

        private static final ProviderDescriptor DESCRIPTOR = ProviderDescriptor
                .builder(ID, "Tencent Cloud Direct Connect", SPI)
                .credentials(CredentialVariables.accessKey("a SecretId/SecretKey pair", "TENCENTCLOUD_SECRET_ID",
                        "TENCENTCLOUD_SECRET_KEY", "TENCENTCLOUD_SESSION_TOKEN").withRegionVariable("TENCENTCLOUD_REGION")
                        .withProfile(new TccliProfile()))
                .connectionOptions("Vlan", "TencentAddress", "CustomerAddress", "IsMacSec")
                .pairing(TencentPairing.RULES)
                .lifecycle(LIFECYCLE)
                .states(TencentStates.CONNECTION, TencentStates.TUNNEL, TencentStates.GATEWAY, TencentStates.ROUTE,
                        TencentStates.ACCESS_POINT)
                .errors(TencentErrors.TABLE, TencentErrors.ENVELOPE)
                .operations(OPERATIONS)
                .build();
    }
}
