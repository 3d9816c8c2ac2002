package io.dclink.provider.alibaba;

import static io.dclink.spi.ProviderOperation.ACCESS_POINT_LIST;
import static io.dclink.spi.ProviderOperation.CONNECTION_CANCEL;
import static io.dclink.spi.ProviderOperation.CONNECTION_CONFIRM;
import static io.dclink.spi.ProviderOperation.CONNECTION_CREATE;
import static io.dclink.spi.ProviderOperation.CONNECTION_DELETE;
import static io.dclink.spi.ProviderOperation.CONNECTION_GET;
import static io.dclink.spi.ProviderOperation.CONNECTION_LIST;
import static io.dclink.spi.ProviderOperation.CONNECTION_PAY;
import static io.dclink.spi.ProviderOperation.CONNECTION_REDUNDANT_ORDER;
import static io.dclink.spi.ProviderOperation.CONNECTION_RESUBMIT;
import static io.dclink.spi.ProviderOperation.CONNECTION_TERMINATE;
import static io.dclink.spi.ProviderOperation.CONNECTION_UPDATE;
import static io.dclink.spi.ProviderOperation.LOA_APPLY;
import static io.dclink.spi.ProviderOperation.LOA_COMPLETE;
import static io.dclink.spi.ProviderOperation.LOA_GET;
import static io.dclink.spi.ProviderOperation.LOA_REAPPLY;
import static io.dclink.spi.ProviderOperation.ROUTE_CREATE;
import static io.dclink.spi.ProviderOperation.ROUTE_DELETE;
import static io.dclink.spi.ProviderOperation.ROUTE_LIST;
import static io.dclink.spi.ProviderOperation.VIRTUAL_INTERFACE_CREATE;
import static io.dclink.spi.ProviderOperation.VIRTUAL_INTERFACE_DELETE;
import static io.dclink.spi.ProviderOperation.VIRTUAL_INTERFACE_GET;
import static io.dclink.spi.ProviderOperation.VIRTUAL_INTERFACE_LIST;
import static io.dclink.spi.ProviderOperation.VIRTUAL_INTERFACE_RECOVER;
import static io.dclink.spi.ProviderOperation.VIRTUAL_INTERFACE_TERMINATE;
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

/** The Alibaba Cloud Express Connect plugin. */
public final class AlibabaProvider implements DirectConnectProvider {

    /** The provider id. */
    public static final String ID = "alibaba";

    private static final SpiVersion SPI = new SpiVersion(SpiVersion.MAJOR, SpiVersion.MINOR);

    /** Called by {@link java.util.ServiceLoader}. */
    public AlibabaProvider() {
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

        private static final OperationTable<AlibabaClient> OPERATIONS = OperationTable.builder(AlibabaClient::new)
                .on(ACCESS_POINT_LIST, (c, in) -> c.accessPoints(in.pageToken()))
                .on(CONNECTION_LIST, (c, in) -> c.connections().list(in.query(), in.pageToken()))
                .on(CONNECTION_GET, (c, id) -> c.connections().get(id))
                .create(CONNECTION_CREATE, (c, request) -> c.connections().create(request), Idempotence.clientToken())
                .validator(CONNECTION_CREATE, AlibabaConnections::validate)
                .create(CONNECTION_REDUNDANT_ORDER, (c, order) -> c.highReliableOrders().order(order), Idempotence.clientToken())
                .validator(CONNECTION_REDUNDANT_ORDER, HighReliableOrders::validate)
                .on(CONNECTION_UPDATE, (c, in) -> c.connections().update(in.id(), in.request()))
                .validator(CONNECTION_UPDATE, in -> AlibabaConnections.validate(in.request()))
                .on(CONNECTION_RESUBMIT, (c, in) -> c.connections().update(in.id(), in.request()))
                .on(CONNECTION_DELETE, (c, id) -> c.connections().delete(id))
                .on(CONNECTION_CANCEL, (c, id) -> c.connections().cancel(id))
                .on(CONNECTION_CONFIRM, (c, id) -> c.connections().confirm(id))
                .on(CONNECTION_PAY, (c, in) -> c.connections().pay(in.id(), in.request()))
                .validator(CONNECTION_PAY, in -> AlibabaConnections.validate(in.request()))
                .on(CONNECTION_TERMINATE, (c, id) -> c.connections().terminate(id))
                .on(LOA_GET, (c, id) -> c.loas().get(id))
                .on(LOA_APPLY, (c, in) -> c.loas().apply(in.id(), in.request(), false))
                .validator(LOA_APPLY, in -> AlibabaLoas.validate(in.request()))
                .on(LOA_REAPPLY, (c, in) -> c.loas().apply(in.id(), in.request(), true))
                .on(LOA_COMPLETE, (c, in) -> c.loas().complete(in.id(), in.request()))
                .validator(LOA_COMPLETE, in -> AlibabaLoas.validate(in.request()))
                .on(VIRTUAL_INTERFACE_LIST, (c, in) -> c.vbrs().list(in.query(), in.pageToken()))
                .on(VIRTUAL_INTERFACE_GET, (c, id) -> c.vbrs().get(id))
                .create(VIRTUAL_INTERFACE_CREATE, (c, request) -> c.vbrs().create(request), Idempotence.clientToken())
                .validator(VIRTUAL_INTERFACE_CREATE, BorderRouters::validate)
                .on(VIRTUAL_INTERFACE_UPDATE, (c, in) -> c.vbrs().update(in.id(), in.request()))
                .validator(VIRTUAL_INTERFACE_UPDATE, in -> BorderRouters.validateUpdate(in.request()))
                .on(VIRTUAL_INTERFACE_DELETE, (c, id) -> c.vbrs().delete(id))
                .on(VIRTUAL_INTERFACE_TERMINATE, (c, id) -> c.vbrs().terminate(id))
                .on(VIRTUAL_INTERFACE_RECOVER, (c, id) -> c.vbrs().recover(id))
                .on(ROUTE_LIST, (c, in) -> c.routes().list(in.query(), in.pageToken()))
                .create(ROUTE_CREATE, (c, request) -> c.routes().create(request), Idempotence.clientToken())
                .validator(ROUTE_CREATE, AlibabaRoutes::validate)
                .on(ROUTE_DELETE, (c, route) -> c.routes().delete(route))
                .build();

        /**
         * DeletePhysicalConnection takes Allocated, Confirmed, Rejected, Canceled, AllocationFailed and
         * Terminated lines: never an ACTIVE one, and in the neutral states where some of those raw states
         * fall the service decides.
         */
        private static final LifecycleRefinements LIFECYCLE = LifecycleRefinements.of(LifecycleRefinement.of(ConnectionState.class)
                .deny(ConnectionState.ACTIVE, Operation.DELETE)
                .allow(ConnectionState.PROVISIONING, Operation.DELETE)
                .allow(ConnectionState.PENDING_LOA, Operation.DELETE)
                .allow(ConnectionState.PENDING_CONFIRMATION, Operation.DELETE)
                .allow(ConnectionState.PENDING_PAYMENT, Operation.DELETE)
                .allow(ConnectionState.SUSPENDED, Operation.DELETE)
                .build());

        private static final ProviderDescriptor DESCRIPTOR = ProviderDescriptor
                .builder(ID, "Alibaba Cloud Express Connect", SPI)
                .credentials(CredentialVariables.accessKey("an AccessKey pair", "ALIBABA_CLOUD_ACCESS_KEY_ID",
                        "ALIBABA_CLOUD_ACCESS_KEY_SECRET", "ALIBABA_CLOUD_SECURITY_TOKEN")
                        // UNVERIFIED: ALIBABA_CLOUD_REGION_ID as the region variable (the SDKs' and CLI's usual name)
                        .withRegionVariable("ALIBABA_CLOUD_REGION_ID").withProfile(new AliyunCliProfile()))
                .connectionOptions("OpticalModuleModel", "ResourceGroupId", SetupOrders.OPTION)
                .pairing(AlibabaPairing.RULES)
                .lifecycle(LIFECYCLE)
                .states(AlibabaStates.CONNECTION, AlibabaStates.LOA, AlibabaStates.VBR, AlibabaStates.ROUTE,
                        AlibabaStates.ACCESS_POINT)
                .errors(AlibabaErrors.TABLE, AlibabaErrors.ENVELOPE)
                .operations(OPERATIONS)
                .build();
    }
}
