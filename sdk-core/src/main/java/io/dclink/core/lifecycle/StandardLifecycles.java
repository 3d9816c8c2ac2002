package io.dclink.core.lifecycle;

import static io.dclink.lifecycle.Operation.ACCEPT;
import static io.dclink.lifecycle.Operation.ADD_ROUTE;
import static io.dclink.lifecycle.Operation.APPLY_LOA;
import static io.dclink.lifecycle.Operation.CANCEL;
import static io.dclink.lifecycle.Operation.CONFIRM;
import static io.dclink.lifecycle.Operation.CREATE_VIRTUAL_INTERFACE;
import static io.dclink.lifecycle.Operation.DELETE;
import static io.dclink.lifecycle.Operation.PAY;
import static io.dclink.lifecycle.Operation.REAPPLY_LOA;
import static io.dclink.lifecycle.Operation.RECOVER;
import static io.dclink.lifecycle.Operation.REJECT;
import static io.dclink.lifecycle.Operation.SUBMIT_CONSTRUCTION_REPORT;
import static io.dclink.lifecycle.Operation.TERMINATE;
import static io.dclink.lifecycle.Operation.UPDATE;

import io.dclink.lifecycle.ConnectionState;
import io.dclink.lifecycle.GatewayState;
import io.dclink.lifecycle.LoaState;
import io.dclink.lifecycle.Operation;
import io.dclink.lifecycle.RequiredAction;
import io.dclink.lifecycle.RouteState;
import io.dclink.lifecycle.VirtualInterfaceState;
import java.util.Set;

/**
 * dclink's standard lifecycles, shared by every provider. Providers adjust them with
 * {@link io.dclink.spi.LifecycleRefinement}s. docs/architecture.md describes them; tests check
 * every state against every observation.
 */
public final class StandardLifecycles {

    private static final Set<Operation> NONE = Set.of();

    private static final LifecycleModel<ConnectionState> CONNECTION = connectionModel();
    private static final LifecycleModel<VirtualInterfaceState> VIRTUAL_INTERFACE = virtualInterfaceModel();
    private static final LifecycleModel<LoaState> LOA = loaModel();
    private static final LifecycleModel<GatewayState> GATEWAY = gatewayModel();
    private static final LifecycleModel<RouteState> ROUTE = routeModel();

    private StandardLifecycles() {
    }

    /**
     * The lifecycle of a connection.
     *
     * @return the model
     */
    public static LifecycleModel<ConnectionState> connection() {
        return CONNECTION;
    }

    /**
     * The lifecycle of a virtual interface.
     *
     * @return the model
     */
    public static LifecycleModel<VirtualInterfaceState> virtualInterface() {
        return VIRTUAL_INTERFACE;
    }

    /**
     * The lifecycle of a letter of authorisation.
     *
     * @return the model
     */
    public static LifecycleModel<LoaState> loa() {
        return LOA;
    }

    /**
     * The lifecycle of a gateway.
     *
     * @return the model
     */
    public static LifecycleModel<GatewayState> gateway() {
        return GATEWAY;
    }

    /**
     * The lifecycle of a route.
     *
     * @return the model
     */
    public static LifecycleModel<RouteState> route() {
        return ROUTE;
    }

    private static LifecycleModel<ConnectionState> connectionModel() {
        return LifecycleModel.builder(ConnectionState.class)
                .initial(ConnectionState.PENDING_APPROVAL, ConnectionState.PENDING_PAYMENT, ConnectionState.PROVISIONING)
                .state(ConnectionState.PENDING_APPROVAL, RequiredAction.WAIT_FOR_PROVIDER,
                        Set.of(ConnectionState.REJECTED, ConnectionState.PENDING_PAYMENT, ConnectionState.PENDING_LOA,
                                ConnectionState.PROVISIONING, ConnectionState.CANCELLED, ConnectionState.FAILED,
                                ConnectionState.DELETING, ConnectionState.DELETED),
                        Set.of(UPDATE, CANCEL))
                .state(ConnectionState.REJECTED, RequiredAction.RESUBMIT,
                        Set.of(ConnectionState.PENDING_APPROVAL, ConnectionState.CANCELLED, ConnectionState.DELETING,
                                ConnectionState.DELETED),
                        Set.of(UPDATE, CANCEL, DELETE))
                .state(ConnectionState.PENDING_PAYMENT, RequiredAction.PAY,
                        Set.of(ConnectionState.PROVISIONING, ConnectionState.PENDING_LOA, ConnectionState.ACTIVE,
                                ConnectionState.CANCELLED, ConnectionState.DELETING, ConnectionState.DELETED),
                        Set.of(PAY, UPDATE, CANCEL))
                .state(ConnectionState.PENDING_LOA, RequiredAction.APPLY_LOA,
                        Set.of(ConnectionState.PROVISIONING, ConnectionState.CANCELLED, ConnectionState.FAILED,
                                ConnectionState.DELETING, ConnectionState.DELETED),
                        Set.of(APPLY_LOA, REAPPLY_LOA, UPDATE, CANCEL))
                .state(ConnectionState.PROVISIONING, RequiredAction.WAIT_FOR_PROVIDER,
                        Set.of(ConnectionState.PENDING_LOA, ConnectionState.PENDING_CONFIRMATION, ConnectionState.ACTIVE,
                                ConnectionState.FAILED, ConnectionState.CANCELLED, ConnectionState.DELETING,
                                ConnectionState.DELETED),
                        Set.of(SUBMIT_CONSTRUCTION_REPORT, UPDATE, CANCEL))
                .state(ConnectionState.PENDING_CONFIRMATION, RequiredAction.CONFIRM,
                        Set.of(ConnectionState.PENDING_PAYMENT, ConnectionState.ACTIVE, ConnectionState.CANCELLED,
                                ConnectionState.DELETING, ConnectionState.DELETED),
                        Set.of(CONFIRM, UPDATE, CANCEL))
                .state(ConnectionState.ACTIVE, RequiredAction.NONE,
                        Set.of(ConnectionState.SUSPENDED, ConnectionState.DELETING, ConnectionState.DELETED),
                        Set.of(UPDATE, DELETE, TERMINATE, CREATE_VIRTUAL_INTERFACE))
                .state(ConnectionState.SUSPENDED, RequiredAction.NONE,
                        Set.of(ConnectionState.ACTIVE, ConnectionState.DELETING, ConnectionState.DELETED),
                        Set.of(PAY, RECOVER, DELETE))
                .state(ConnectionState.DELETING, RequiredAction.WAIT_FOR_PROVIDER, Set.of(ConnectionState.DELETED), NONE)
                .state(ConnectionState.DELETED, RequiredAction.NONE, Set.of(), NONE)
                .state(ConnectionState.CANCELLED, RequiredAction.NONE,
                        Set.of(ConnectionState.DELETING, ConnectionState.DELETED), Set.of(DELETE))
                .state(ConnectionState.FAILED, RequiredAction.CONTACT_PROVIDER,
                        Set.of(ConnectionState.DELETING, ConnectionState.DELETED), Set.of(DELETE))
                .terminal(ConnectionState.DELETED, ConnectionState.CANCELLED, ConnectionState.FAILED)
                .build();
    }

    private static LifecycleModel<VirtualInterfaceState> virtualInterfaceModel() {
        return LifecycleModel.builder(VirtualInterfaceState.class)
                .initial(VirtualInterfaceState.PENDING, VirtualInterfaceState.PENDING_ACCEPTANCE,
                        VirtualInterfaceState.ACTIVE)
                .state(VirtualInterfaceState.PENDING, RequiredAction.WAIT_FOR_PROVIDER,
                        Set.of(VirtualInterfaceState.PENDING_ACCEPTANCE, VirtualInterfaceState.ACTIVE,
                                VirtualInterfaceState.FAILED, VirtualInterfaceState.REJECTED,
                                VirtualInterfaceState.CANCELLED, VirtualInterfaceState.DELETING,
                                VirtualInterfaceState.DELETED),
                        NONE)
                .state(VirtualInterfaceState.PENDING_ACCEPTANCE, RequiredAction.ACCEPT,
                        Set.of(VirtualInterfaceState.PENDING, VirtualInterfaceState.ACTIVE,
                                VirtualInterfaceState.REJECTED, VirtualInterfaceState.CANCELLED,
                                VirtualInterfaceState.DELETING, VirtualInterfaceState.DELETED),
                        Set.of(ACCEPT, REJECT, DELETE))
                .state(VirtualInterfaceState.ACTIVE, RequiredAction.NONE,
                        Set.of(VirtualInterfaceState.UPDATING, VirtualInterfaceState.TESTING,
                                VirtualInterfaceState.SUSPENDED, VirtualInterfaceState.DELETING,
                                VirtualInterfaceState.DELETED),
                        Set.of(UPDATE, DELETE, TERMINATE, ADD_ROUTE))
                .state(VirtualInterfaceState.UPDATING, RequiredAction.WAIT_FOR_PROVIDER,
                        Set.of(VirtualInterfaceState.ACTIVE, VirtualInterfaceState.FAILED,
                                VirtualInterfaceState.DELETING),
                        NONE)
                .state(VirtualInterfaceState.TESTING, RequiredAction.WAIT_FOR_PROVIDER,
                        Set.of(VirtualInterfaceState.ACTIVE), NONE)
                .state(VirtualInterfaceState.SUSPENDED, RequiredAction.NONE,
                        Set.of(VirtualInterfaceState.PENDING, VirtualInterfaceState.ACTIVE,
                                VirtualInterfaceState.DELETING, VirtualInterfaceState.DELETED),
                        Set.of(RECOVER, DELETE))
                .state(VirtualInterfaceState.DELETING, RequiredAction.WAIT_FOR_PROVIDER,
                        Set.of(VirtualInterfaceState.DELETED), NONE)
                .state(VirtualInterfaceState.DELETED, RequiredAction.NONE, Set.of(), NONE)
                .state(VirtualInterfaceState.REJECTED, RequiredAction.NONE,
                        Set.of(VirtualInterfaceState.DELETING, VirtualInterfaceState.DELETED), Set.of(DELETE))
                .state(VirtualInterfaceState.CANCELLED, RequiredAction.NONE,
                        Set.of(VirtualInterfaceState.DELETING, VirtualInterfaceState.DELETED), Set.of(DELETE))
                .state(VirtualInterfaceState.FAILED, RequiredAction.CONTACT_PROVIDER,
                        Set.of(VirtualInterfaceState.DELETING, VirtualInterfaceState.DELETED), Set.of(DELETE))
                .terminal(VirtualInterfaceState.DELETED, VirtualInterfaceState.REJECTED,
                        VirtualInterfaceState.CANCELLED, VirtualInterfaceState.FAILED)
                .build();
    }

    private static LifecycleModel<LoaState> loaModel() {
        return LifecycleModel.builder(LoaState.class)
                .initial(LoaState.NOT_REQUESTED, LoaState.IN_REVIEW)
                .state(LoaState.NOT_REQUESTED, RequiredAction.APPLY_LOA, Set.of(LoaState.IN_REVIEW), Set.of(APPLY_LOA))
                .state(LoaState.IN_REVIEW, RequiredAction.WAIT_FOR_PROVIDER,
                        Set.of(LoaState.APPROVED, LoaState.ISSUED, LoaState.REJECTED), NONE)
                .state(LoaState.APPROVED, RequiredAction.WAIT_FOR_PROVIDER,
                        Set.of(LoaState.ISSUED, LoaState.DELETED), NONE)
                .state(LoaState.ISSUED, RequiredAction.CONTACT_CARRIER,
                        Set.of(LoaState.UNDER_CONSTRUCTION, LoaState.COMPLETED, LoaState.DELETED),
                        Set.of(SUBMIT_CONSTRUCTION_REPORT))
                .state(LoaState.REJECTED, RequiredAction.RESUBMIT,
                        Set.of(LoaState.IN_REVIEW, LoaState.DELETED), Set.of(REAPPLY_LOA))
                .state(LoaState.UNDER_CONSTRUCTION, RequiredAction.SUBMIT_CONSTRUCTION_REPORT,
                        Set.of(LoaState.COMPLETED, LoaState.DELETED), Set.of(SUBMIT_CONSTRUCTION_REPORT))
                .state(LoaState.COMPLETED, RequiredAction.NONE, Set.of(LoaState.DELETED), NONE)
                .state(LoaState.DELETED, RequiredAction.NONE, Set.of(), NONE)
                .terminal(LoaState.COMPLETED, LoaState.DELETED)
                .build();
    }

    private static LifecycleModel<GatewayState> gatewayModel() {
        return LifecycleModel.builder(GatewayState.class)
                .initial(GatewayState.PENDING, GatewayState.ACTIVE)
                .state(GatewayState.PENDING, RequiredAction.WAIT_FOR_PROVIDER,
                        Set.of(GatewayState.ACTIVE, GatewayState.DELETING, GatewayState.DELETED), NONE)
                .state(GatewayState.ACTIVE, RequiredAction.NONE,
                        Set.of(GatewayState.DELETING, GatewayState.DELETED), Set.of(UPDATE, DELETE))
                .state(GatewayState.DELETING, RequiredAction.WAIT_FOR_PROVIDER, Set.of(GatewayState.DELETED), NONE)
                .state(GatewayState.DELETED, RequiredAction.NONE, Set.of(), NONE)
                .terminal(GatewayState.DELETED)
                .build();
    }

    private static LifecycleModel<RouteState> routeModel() {
        return LifecycleModel.builder(RouteState.class)
                .initial(RouteState.PENDING, RouteState.ACTIVE, RouteState.INACTIVE)
                .state(RouteState.PENDING, RequiredAction.WAIT_FOR_PROVIDER,
                        Set.of(RouteState.ACTIVE, RouteState.INACTIVE, RouteState.FAILED, RouteState.DELETING,
                                RouteState.DELETED),
                        NONE)
                .state(RouteState.ACTIVE, RequiredAction.NONE,
                        Set.of(RouteState.INACTIVE, RouteState.UPDATING, RouteState.DELETING, RouteState.DELETED),
                        Set.of(UPDATE, DELETE))
                .state(RouteState.INACTIVE, RequiredAction.NONE,
                        Set.of(RouteState.ACTIVE, RouteState.UPDATING, RouteState.DELETING, RouteState.DELETED),
                        Set.of(UPDATE, DELETE))
                .state(RouteState.UPDATING, RequiredAction.WAIT_FOR_PROVIDER,
                        Set.of(RouteState.ACTIVE, RouteState.INACTIVE, RouteState.FAILED), NONE)
                .state(RouteState.DELETING, RequiredAction.WAIT_FOR_PROVIDER, Set.of(RouteState.DELETED), NONE)
                .state(RouteState.DELETED, RequiredAction.NONE, Set.of(), NONE)
                .state(RouteState.FAILED, RequiredAction.CONTACT_PROVIDER,
                        Set.of(RouteState.DELETING, RouteState.DELETED), Set.of(DELETE))
                .terminal(RouteState.DELETED, RouteState.FAILED)
                .build();
    }
}
