package io.dclink.testkit.toyplugin;

import static io.dclink.spi.ProviderOperation.ACCESS_POINT_LIST;
import static io.dclink.spi.ProviderOperation.CONNECTION_CREATE;
import static io.dclink.spi.ProviderOperation.CONNECTION_DELETE;
import static io.dclink.spi.ProviderOperation.CONNECTION_GET;
import static io.dclink.spi.ProviderOperation.CONNECTION_LIST;
import static io.dclink.spi.ProviderOperation.CONNECTION_PAY;
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

import io.dclink.lifecycle.ConnectionState;
import io.dclink.lifecycle.RequiredAction;
import io.dclink.model.Connection;
import io.dclink.model.CreateConnectionRequest;
import io.dclink.spi.CredentialVariables;
import io.dclink.spi.DirectConnectProvider;
import io.dclink.spi.ErrorEnvelope;
import io.dclink.spi.LifecycleRefinement;
import io.dclink.spi.LifecycleRefinements;
import io.dclink.spi.OperationTable;
import io.dclink.spi.OperationTable.Idempotence;
import io.dclink.spi.ProviderDescriptor;
import io.dclink.spi.SpiVersion;
import java.util.List;
import io.dclink.spi.StateTable;

/** A minimal, correct plugin for the toy provider: what the kit must pass. Its subclasses are broken on purpose. */
public class ToyProvider implements DirectConnectProvider {

    private final ProviderDescriptor descriptor;

    /** The correct plugin; called by {@link java.util.ServiceLoader}. */
    public ToyProvider() {
        this("toy", ToyStates.LINES, ToyStates.LINES, LifecycleRefinements.none(), false, ToyClient.ENVELOPE);
    }

    /**
     * A variant.
     *
     * @param id its provider id
     * @param declared the line states its descriptor declares
     * @param mapped the line states its client maps with
     * @param lifecycle its lifecycle refinements
     * @param repeatableCreates whether it claims that repeating a line's create is harmless (it is not)
     * @param readErrorsWith where its client looks for error codes (the declared envelope is {@link ToyClient#ENVELOPE})
     */
    ToyProvider(String id, StateTable<ConnectionState> declared, StateTable<ConnectionState> mapped,
            LifecycleRefinements lifecycle, boolean repeatableCreates, ErrorEnvelope readErrorsWith) {
        Idempotence<ToyClient, CreateConnectionRequest, Connection> lineCreates =
                repeatableCreates ? Idempotence.repeatable() : Idempotence.findBy(ToyClient::findLine);
        OperationTable<ToyClient> operations = OperationTable
                .builder(context -> new ToyClient(context, id, mapped, repeatableCreates, readErrorsWith))
                .on(ACCESS_POINT_LIST, (c, in) -> c.accessPoints(in.pageToken()))
                .on(CONNECTION_LIST, (c, in) -> c.lines(in.query(), in.pageToken()))
                .on(CONNECTION_GET, ToyClient::line)
                .create(CONNECTION_CREATE, ToyClient::createLine, lineCreates)
                .on(CONNECTION_UPDATE, ToyClient::updateLine)
                .on(CONNECTION_RESUBMIT, ToyClient::updateLine)
                .on(CONNECTION_DELETE, ToyClient::deleteLine)
                .on(CONNECTION_PAY, ToyClient::payLine)
                .on(GATEWAY_LIST, (c, in) -> c.gateways(in.pageToken()))
                .on(GATEWAY_GET, ToyClient::gateway)
                .create(GATEWAY_CREATE, ToyClient::createGateway, Idempotence.findBy(ToyClient::findGateway))
                .on(GATEWAY_DELETE, ToyClient::deleteGateway)
                .on(VIRTUAL_INTERFACE_LIST, (c, in) -> c.vifs(in.query(), in.pageToken()))
                .on(VIRTUAL_INTERFACE_GET, ToyClient::vif)
                .create(VIRTUAL_INTERFACE_CREATE, ToyClient::createVif, Idempotence.findBy(ToyClient::findVif))
                .validator(VIRTUAL_INTERFACE_CREATE, ToyClient::validateVif)
                .on(VIRTUAL_INTERFACE_DELETE, ToyClient::deleteVif)
                .on(VIRTUAL_INTERFACE_ACCEPT, (c, vif) -> c.answerVif(vif, "accept"))
                .on(VIRTUAL_INTERFACE_REJECT, (c, vif) -> c.answerVif(vif, "reject"))
                .on(ROUTE_LIST, (c, in) -> c.routes(in.query()))
                .create(ROUTE_CREATE, ToyClient::createRoute, Idempotence.repeatable())
                .on(ROUTE_DELETE, ToyClient::deleteRoute)
                .build();
        this.descriptor = ProviderDescriptor.builder(id, "Toy cloud", new SpiVersion(SpiVersion.MAJOR, SpiVersion.MINOR))
                .credentials(CredentialVariables.accessKey("a toy key pair", "TOY_KEY_ID", "TOY_KEY_SECRET", null))
                .lifecycle(lifecycle)
                .states(declared, ToyStates.VIFS, ToyStates.GATEWAYS, ToyStates.ROUTES, ToyStates.ACCESS_POINTS)
                .errors(ToyClient.ERRORS, ToyClient.ENVELOPE)
                .operations(operations)
                .build();
    }

    @Override
    public ProviderDescriptor descriptor() {
        return descriptor;
    }

    /** A plugin that maps LIVE lines to PENDING_APPROVAL, in its table as in its client: the kit must fail it. */
    public static final class WrongMapping extends ToyProvider {
        /** Called by {@link java.util.ServiceLoader}. */
        public WrongMapping() {
            this(ToyStates.remapped(ToyStates.LINES, "LIVE", ConnectionState.PENDING_APPROVAL,
                    RequiredAction.WAIT_FOR_PROVIDER));
        }

        private WrongMapping(StateTable<ConnectionState> lines) {
            super("toywrongmapping", lines, lines, LifecycleRefinements.none(), false, ToyClient.ENVELOPE);
        }
    }

    /** A plugin that claims repeating a create is harmless, so a retry orders twice: the kit must fail it. */
    public static final class Duplicating extends ToyProvider {
        /** Called by {@link java.util.ServiceLoader}. */
        public Duplicating() {
            super("toyduplicating", ToyStates.LINES, ToyStates.LINES, LifecycleRefinements.none(), true, ToyClient.ENVELOPE);
        }
    }

    /**
     * A plugin whose lifecycle says lines are never seen being deleted while its table maps REMOVING
     * to DELETING, a state its lifecycle cannot reach: the kit must fail it.
     */
    public static final class Unreachable extends ToyProvider {
        /** Called by {@link java.util.ServiceLoader}. */
        public Unreachable() {
            super("toyunreachable", ToyStates.LINES, ToyStates.LINES, LifecycleRefinements.of(withoutDeleting()), false,
                    ToyClient.ENVELOPE);
        }

        private static LifecycleRefinement<ConnectionState> withoutDeleting() {
            LifecycleRefinement.Builder<ConnectionState> refinement = LifecycleRefinement.of(ConnectionState.class);
            for (ConnectionState state : ConnectionState.values()) {
                refinement.removeTransition(state, ConnectionState.DELETING);
            }
            return refinement.build();
        }
    }

    /**
     * A plugin whose client reads REMOVING lines as DELETED while its table says DELETING: the
     * emulator, read through the client, disagrees with the table, and the kit must fail it.
     */
    public static final class Disagreeing extends ToyProvider {
        /** Called by {@link java.util.ServiceLoader}. */
        public Disagreeing() {
            super("toydisagreeing", ToyStates.LINES,
                    ToyStates.remapped(ToyStates.LINES, "REMOVING", ConnectionState.DELETED, RequiredAction.NONE),
                    LifecycleRefinements.none(), false, ToyClient.ENVELOPE);
        }
    }

    /**
     * A plugin whose client looks for error codes where the provider does not put them, so every
     * error falls back on its HTTP status instead of the table: the kit must fail it.
     */
    public static final class Misreading extends ToyProvider {
        /** Called by {@link java.util.ServiceLoader}. */
        public Misreading() {
            super("toymisreading", ToyStates.LINES, ToyStates.LINES, LifecycleRefinements.none(), false,
                    new ErrorEnvelope(List.of("/error/kind"), List.of("/error/message"), List.of("/requestId"), 400, false));
        }
    }
}
