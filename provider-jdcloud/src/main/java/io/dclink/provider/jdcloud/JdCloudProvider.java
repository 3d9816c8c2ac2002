package io.dclink.provider.jdcloud;

import static io.dclink.spi.ProviderOperation.ACCESS_POINT_LIST;
import static io.dclink.spi.ProviderOperation.CONNECTION_CONFIRM;
import static io.dclink.spi.ProviderOperation.CONNECTION_CREATE;
import static io.dclink.spi.ProviderOperation.CONNECTION_DELETE;
import static io.dclink.spi.ProviderOperation.CONNECTION_GET;
import static io.dclink.spi.ProviderOperation.CONNECTION_LIST;
import static io.dclink.spi.ProviderOperation.CONNECTION_UPDATE;
import static io.dclink.spi.ProviderOperation.GATEWAY_CREATE;
import static io.dclink.spi.ProviderOperation.GATEWAY_DELETE;
import static io.dclink.spi.ProviderOperation.GATEWAY_GET;
import static io.dclink.spi.ProviderOperation.GATEWAY_LIST;
import static io.dclink.spi.ProviderOperation.ROUTE_CREATE;
import static io.dclink.spi.ProviderOperation.ROUTE_DELETE;
import static io.dclink.spi.ProviderOperation.ROUTE_LIST;
import static io.dclink.spi.ProviderOperation.VIRTUAL_INTERFACE_CREATE;
import static io.dclink.spi.ProviderOperation.VIRTUAL_INTERFACE_DELETE;
import static io.dclink.spi.ProviderOperation.VIRTUAL_INTERFACE_GET;
import static io.dclink.spi.ProviderOperation.VIRTUAL_INTERFACE_LIST;
import static io.dclink.spi.ProviderOperation.VIRTUAL_INTERFACE_UPDATE;

import io.dclink.lifecycle.ConnectionState;
import io.dclink.lifecycle.Operation;
import io.dclink.lifecycle.RequiredAction;
import io.dclink.lifecycle.VirtualInterfaceState;
import io.dclink.spi.CredentialVariables;
import io.dclink.spi.DirectConnectProvider;
import io.dclink.spi.LifecycleRefinement;
import io.dclink.spi.LifecycleRefinements;
import io.dclink.spi.OperationTable;
import io.dclink.spi.OperationTable.Idempotence;
import io.dclink.spi.ProviderDescriptor;
import io.dclink.spi.SpiVersion;

/**
 * The JD Cloud Direct Connection plugin. JD Cloud takes no client token, so lines, border gateways
 * and VIFs are found again after an ambiguous create by their name and the idempotency mark in
 * their description ({@link IdempotencyMark}); routes are repeatable by nature. Payment happens in
 * the console (or with the {@code autoPay} option), so a line waiting for it asks the customer to
 * pay; a built line is confirmed through the API.
 */
public final class JdCloudProvider implements DirectConnectProvider {

    /** The provider id. */
    public static final String ID = "jdcloud";

    private static final SpiVersion SPI = new SpiVersion(SpiVersion.MAJOR, SpiVersion.MINOR);

    /** Called by {@link java.util.ServiceLoader}. */
    public JdCloudProvider() {
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

        private static final OperationTable<JdCloudClient> OPERATIONS = OperationTable.builder(JdCloudClient::new)
                .on(ACCESS_POINT_LIST, (c, in) -> c.accessPoints().list(in.pageToken()))
                .on(CONNECTION_LIST, (c, in) -> c.connections().list(in.query(), in.pageToken()))
                .on(CONNECTION_GET, (c, id) -> c.connections().get(id))
                .create(CONNECTION_CREATE, (c, request) -> c.connections().create(request),
                        Idempotence.findBy((c, request) -> c.connections().findCreated(request)))
                .validator(CONNECTION_CREATE, ConnectionRules::create)
                .on(CONNECTION_UPDATE, (c, in) -> c.connections().update(in.id(), in.request()))
                .validator(CONNECTION_UPDATE, in -> ConnectionRules.update(in.request()))
                .on(CONNECTION_CONFIRM, (c, id) -> c.connections().confirm(id))
                .on(CONNECTION_DELETE, (c, id) -> c.connections().delete(id))
                .on(GATEWAY_LIST, (c, in) -> c.gateways().list(in.query(), in.pageToken()))
                .on(GATEWAY_GET, (c, id) -> c.gateways().get(id))
                .create(GATEWAY_CREATE, (c, request) -> c.gateways().create(request),
                        Idempotence.findBy((c, request) -> c.gateways().findCreated(request)))
                .validator(GATEWAY_CREATE, BorderGateways::validate)
                .on(GATEWAY_DELETE, (c, id) -> c.gateways().delete(id))
                .on(VIRTUAL_INTERFACE_LIST, (c, in) -> c.vifs().list(in.query(), in.pageToken()))
                .on(VIRTUAL_INTERFACE_GET, (c, id) -> c.vifs().get(id))
                .create(VIRTUAL_INTERFACE_CREATE, (c, request) -> c.vifs().create(request),
                        Idempotence.findBy((c, request) -> c.vifs().findCreated(request)))
                .validator(VIRTUAL_INTERFACE_CREATE, VifRules::create)
                .on(VIRTUAL_INTERFACE_UPDATE, (c, in) -> c.vifs().update(in.id(), in.request()))
                .validator(VIRTUAL_INTERFACE_UPDATE, in -> VifRules.update(in.request()))
                .on(VIRTUAL_INTERFACE_DELETE, (c, id) -> c.vifs().delete(id))
                .on(ROUTE_LIST, (c, in) -> c.routes().list(in.query(), in.pageToken()))
                .create(ROUTE_CREATE, (c, request) -> c.routes().create(request), Idempotence.repeatable())
                .validator(ROUTE_CREATE, Routes::validate)
                .on(ROUTE_DELETE, (c, route) -> c.routes().delete(route))
                .build();

        /**
         * A rejected application is final on JD Cloud (apply again with a new line); after deletion the
         * carrier removes the physical link. UNVERIFIED: that a VIF still configuring can be renamed and
         * deleted.
         */
        private static final LifecycleRefinements LIFECYCLE = LifecycleRefinements.of(
                LifecycleRefinement.of(ConnectionState.class)
                        .terminal(ConnectionState.REJECTED)
                        .requiredAction(ConnectionState.REJECTED, RequiredAction.NONE)
                        .deny(ConnectionState.REJECTED, Operation.UPDATE, Operation.CANCEL)
                        .removeTransition(ConnectionState.REJECTED, ConnectionState.PENDING_APPROVAL)
                        .requiredAction(ConnectionState.DELETED, RequiredAction.CONTACT_CARRIER)
                        .build(),
                LifecycleRefinement.of(VirtualInterfaceState.class)
                        .allow(VirtualInterfaceState.PENDING, Operation.UPDATE, Operation.DELETE)
                        .build());

        private static final ProviderDescriptor DESCRIPTOR = ProviderDescriptor
                .builder(ID, "JD Cloud Direct Connection", SPI)
                // UNVERIFIED: JDCLOUD_REGION as the region variable (named like the key variables)
                .credentials(CredentialVariables.accessKey("a JD Cloud AccessKey/SecretKey pair", "JDCLOUD_ACCESS_KEY",
                        "JDCLOUD_SECRET_KEY", null).withRegionVariable("JDCLOUD_REGION").withProfile(new JdcProfile()))
                .connectionOptions(ConnectionRules.TYPE_OPTION, ConnectionRules.CHARGE_DURATION_OPTION,
                        ConnectionRules.AUTO_PAY_OPTION)
                .pairing(JdCloudPairing.RULES)
                .lifecycle(LIFECYCLE)
                .states(JdCloudStates.CONNECTION, JdCloudStates.PRIVATE_VIF, JdCloudStates.GATEWAY, JdCloudStates.ROUTE,
                        JdCloudStates.ACCESS_POINT)
                .errors(JdCloudErrors.TABLE, JdCloudErrors.ENVELOPE)
                .operations(OPERATIONS)
                .build();
    }
}
