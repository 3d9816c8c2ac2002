package io.dclink.provider.consoleconnect;

import static io.dclink.spi.ProviderOperation.ACCESS_POINT_LIST;
import static io.dclink.spi.ProviderOperation.CONNECTION_GET;
import static io.dclink.spi.ProviderOperation.CONNECTION_LIST;
import static io.dclink.spi.ProviderOperation.CONNECTION_UPDATE;
import static io.dclink.spi.ProviderOperation.VIRTUAL_INTERFACE_CREATE;
import static io.dclink.spi.ProviderOperation.VIRTUAL_INTERFACE_DELETE;
import static io.dclink.spi.ProviderOperation.VIRTUAL_INTERFACE_GET;
import static io.dclink.spi.ProviderOperation.VIRTUAL_INTERFACE_LIST;
import static io.dclink.spi.ProviderOperation.VIRTUAL_INTERFACE_QUOTE;
import static io.dclink.spi.ProviderOperation.VIRTUAL_INTERFACE_UPDATE;

import io.dclink.lifecycle.Operation;
import io.dclink.lifecycle.VirtualInterfaceState;
import io.dclink.pair.PairingRules;
import io.dclink.spi.CredentialVariables;
import io.dclink.spi.DirectConnectProvider;
import io.dclink.spi.LifecycleRefinement;
import io.dclink.spi.LifecycleRefinements;
import io.dclink.spi.OperationTable;
import io.dclink.spi.OperationTable.Idempotence;
import io.dclink.spi.ProviderDescriptor;
import io.dclink.spi.SpiVersion;

/**
 * The Console Connect (PCCW Global) plugin. One account-wide API without regions, behind an API key
 * ({@code Authorization: Bearer}, from {@value #API_KEY_VARIABLE}; the deprecated {@code portal-token}
 * is not supported). Ports (the neutral connections) are read and renamed — ordering one needs
 * Console Connect's administrators, so the plugin does not offer it; Layer 2 connections (the neutral
 * virtual interfaces, routing {@code NONE}) from a port to another company or a cloud are priced,
 * ordered, read, renamed and deleted, where they land and on what terms given as provider options
 * ({@code destMetroId}, {@code destDcf}, {@code destPortId}, {@code paymentType}, {@code duration},
 * {@code durationUnit}, {@code evergreen}, {@code classOfService}, {@code discountCode}). Creates take
 * no client token: they are found again by what they ordered before a keyed create orders again. A
 * connection to a cloud that support completes by hand shows the values support hands over (the
 * provider's account, the shared connection, the VLAN) in attributes the descriptor declares as its
 * hand-off, for a {@linkplain io.dclink.hosted.HostedOrder hosted order} to read.
 */
public final class ConsoleConnectProvider implements DirectConnectProvider {

    /** The provider id. */
    public static final String ID = "consoleconnect";
    /** The environment variable holding the API key. */
    public static final String API_KEY_VARIABLE = "CONSOLECONNECT_API_KEY";

    private static final SpiVersion SPI = new SpiVersion(SpiVersion.MAJOR, SpiVersion.MINOR);

    /** Called by {@link java.util.ServiceLoader}. */
    public ConsoleConnectProvider() {
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

        private static final OperationTable<ConsoleConnectClient> OPERATIONS = OperationTable.builder(ConsoleConnectClient::new)
                .on(ACCESS_POINT_LIST, (c, in) -> c.metros().list())
                .on(CONNECTION_LIST, (c, in) -> c.ports().list(in.query()))
                .on(CONNECTION_GET, (c, id) -> c.ports().get(id))
                .on(CONNECTION_UPDATE, (c, in) -> c.ports().rename(in.id(), in.request()))
                .validator(CONNECTION_UPDATE, in -> PortRules.rename(in.request()))
                .on(VIRTUAL_INTERFACE_LIST, (c, in) -> c.layer2().list(in.query()))
                .on(VIRTUAL_INTERFACE_GET, (c, id) -> c.layer2().get(id))
                .create(VIRTUAL_INTERFACE_CREATE, (c, request) -> c.layer2().create(request),
                        Idempotence.findBy((c, request) -> c.layer2().findCreated(request)))
                .validator(VIRTUAL_INTERFACE_CREATE, Layer2Rules::create)
                .on(VIRTUAL_INTERFACE_UPDATE, (c, in) -> c.layer2().rename(in.id(), in.request()))
                .validator(VIRTUAL_INTERFACE_UPDATE, in -> Layer2Rules.rename(in.request()))
                .on(VIRTUAL_INTERFACE_DELETE, (c, id) -> c.layer2().delete(id))
                .on(VIRTUAL_INTERFACE_QUOTE, (c, request) -> c.quotes().quote(request))
                .build();

        /**
         * A Layer 2 connection that is still being set up ({@code CREATING}, {@code ACCEPTED},
         * {@code MANUAL}, {@code ACTIVATING}) can be renamed and deleted, and one waiting for acceptance
         * renamed. UNVERIFIED: the reference names no status that refuses either.
         */
        private static final LifecycleRefinements LIFECYCLE = LifecycleRefinements.of(
                LifecycleRefinement.of(VirtualInterfaceState.class)
                        .allow(VirtualInterfaceState.PENDING, Operation.UPDATE, Operation.DELETE)
                        .allow(VirtualInterfaceState.PENDING_ACCEPTANCE, Operation.UPDATE)
                        .build());

        private static final ProviderDescriptor DESCRIPTOR = ProviderDescriptor
                .builder(ID, "Console Connect", SPI)
                .regionless()
                .credentials(CredentialVariables.apiKey("a Console Connect API key, sent as 'Authorization: Bearer' (the "
                        + "deprecated portal-token is not supported)", API_KEY_VARIABLE).withProfile(new DclinkProfile()))
                .lifecycle(LIFECYCLE)
                .states(ConsoleConnectStates.PORT, ConsoleConnectStates.LAYER2, ConsoleConnectStates.METRO)
                .errors(ConsoleConnectErrors.TABLE, ConsoleConnectErrors.ENVELOPE)
                .virtualInterfaceOptions(Layer2Options.NAMES.toArray(String[]::new))
                // UNVERIFIED: the Tencent guide has support send these by e-mail; where the API shows them, a hosted order reads them
                .handOff(Layer2Mapping.HAND_OFF_ACCOUNT, Layer2Mapping.HAND_OFF_CONNECTION, Layer2Mapping.HAND_OFF_VLAN)
                .pairing(PairingRules.unsupported("its ports are ordered by an administrator, not through the API, so "
                        + "there is no pair of lines to order"))
                .operations(OPERATIONS)
                .build();
    }
}
