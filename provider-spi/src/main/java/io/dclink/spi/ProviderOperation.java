package io.dclink.spi;

import io.dclink.Capability;
import io.dclink.lifecycle.ResourceType;
import io.dclink.model.AccessPoint;
import io.dclink.model.Connection;
import io.dclink.model.ConnectionQuery;
import io.dclink.model.ConstructionReport;
import io.dclink.model.CreateConnectionRequest;
import io.dclink.model.CreateGatewayRequest;
import io.dclink.model.CreateRouteRequest;
import io.dclink.model.CreateVirtualInterfaceRequest;
import io.dclink.model.Gateway;
import io.dclink.model.GatewayQuery;
import io.dclink.model.Loa;
import io.dclink.model.LoaApplication;
import io.dclink.model.PaymentOptions;
import io.dclink.model.Quote;
import io.dclink.model.Route;
import io.dclink.model.RouteQuery;
import io.dclink.model.UpdateConnectionRequest;
import io.dclink.model.UpdateVirtualInterfaceRequest;
import io.dclink.model.VirtualInterface;
import io.dclink.model.VirtualInterfaceQuery;
import io.dclink.pair.RedundantLinesOrder;
import java.util.List;
import java.util.Objects;

/**
 * One operation a plugin may implement, typed by its input and output. A plugin's
 * {@link OperationTable} binds each operation it offers to a handler; the operations it binds are
 * its capabilities. Every operation runs through the runtime's one pipeline (capability,
 * validation, lifecycle gate, idempotency, interceptors) before its handler is called.
 *
 * @param <I> the input
 * @param <O> the output
 */
public final class ProviderOperation<I, O> {

    /** What an operation does to its resource. */
    public enum Kind {
        /** Reads a page of resources. */
        LIST,
        /** Reads one resource. */
        GET,
        /** Creates a resource; the runtime makes it idempotent. */
        CREATE,
        /** Changes an existing resource. */
        CHANGE,
        /** Deletes a resource. */
        DELETE,
        /** Asks what an order would cost; changes nothing. */
        QUOTE
    }

    /** One page of the region's access points. */
    public static final ProviderOperation<PageRequest<Void>, Page<AccessPoint>> ACCESS_POINT_LIST =
            new ProviderOperation<>("ACCESS_POINT_LIST", Capability.ACCESS_POINT_LIST, ResourceType.ACCESS_POINT, Kind.LIST);

    /** One page of connections. */
    public static final ProviderOperation<PageRequest<ConnectionQuery>, Page<Connection>> CONNECTION_LIST =
            new ProviderOperation<>("CONNECTION_LIST", Capability.CONNECTION_LIST, ResourceType.CONNECTION, Kind.LIST);

    /** One connection by id; fails with {@link io.dclink.error.ResourceNotFoundException} when absent. */
    public static final ProviderOperation<String, Connection> CONNECTION_GET =
            new ProviderOperation<>("CONNECTION_GET", Capability.CONNECTION_GET, ResourceType.CONNECTION, Kind.GET);

    /** Applies for a connection. */
    public static final ProviderOperation<CreateConnectionRequest, Connection> CONNECTION_CREATE =
            new ProviderOperation<>("CONNECTION_CREATE", Capability.CONNECTION_CREATE, ResourceType.CONNECTION, Kind.CREATE);

    /**
     * Orders several redundant lines in one provider order (a high-reliability order); answers the
     * lines it made, in the order the provider lists them.
     */
    public static final ProviderOperation<RedundantLinesOrder, List<Connection>> CONNECTION_REDUNDANT_ORDER =
            new ProviderOperation<>("CONNECTION_REDUNDANT_ORDER", Capability.CONNECTION_REDUNDANT_ORDER,
                    ResourceType.CONNECTION, Kind.CREATE);

    /** Changes a connection. */
    public static final ProviderOperation<Change<UpdateConnectionRequest>, Connection> CONNECTION_UPDATE =
            new ProviderOperation<>("CONNECTION_UPDATE", Capability.CONNECTION_UPDATE, ResourceType.CONNECTION, Kind.CHANGE);

    /** Resubmits a rejected application with changes. */
    public static final ProviderOperation<Change<UpdateConnectionRequest>, Connection> CONNECTION_RESUBMIT =
            new ProviderOperation<>("CONNECTION_RESUBMIT", Capability.CONNECTION_RESUBMIT, ResourceType.CONNECTION, Kind.CHANGE);

    /** Deletes a connection. */
    public static final ProviderOperation<String, Void> CONNECTION_DELETE =
            new ProviderOperation<>("CONNECTION_DELETE", Capability.CONNECTION_DELETE, ResourceType.CONNECTION, Kind.DELETE);

    /** Withdraws an application. */
    public static final ProviderOperation<String, Connection> CONNECTION_CANCEL =
            new ProviderOperation<>("CONNECTION_CANCEL", Capability.CONNECTION_CANCEL, ResourceType.CONNECTION, Kind.CHANGE);

    /** Confirms a built line. */
    public static final ProviderOperation<String, Connection> CONNECTION_CONFIRM =
            new ProviderOperation<>("CONNECTION_CONFIRM", Capability.CONNECTION_CONFIRM, ResourceType.CONNECTION, Kind.CHANGE);

    /** Pays for (and enables) a connection. */
    public static final ProviderOperation<Change<PaymentOptions>, Connection> CONNECTION_PAY =
            new ProviderOperation<>("CONNECTION_PAY", Capability.CONNECTION_PAY, ResourceType.CONNECTION, Kind.CHANGE);

    /** Takes a connection out of service. */
    public static final ProviderOperation<String, Connection> CONNECTION_TERMINATE =
            new ProviderOperation<>("CONNECTION_TERMINATE", Capability.CONNECTION_TERMINATE, ResourceType.CONNECTION, Kind.CHANGE);

    /** A connection's letter of authorisation, by the connection's id. */
    public static final ProviderOperation<String, Loa> LOA_GET =
            new ProviderOperation<>("LOA_GET", Capability.LOA_GET, ResourceType.LOA, Kind.GET);

    /** Applies for the letter of authorisation of a connection. */
    public static final ProviderOperation<Change<LoaApplication>, Loa> LOA_APPLY =
            new ProviderOperation<>("LOA_APPLY", Capability.LOA_APPLY, ResourceType.LOA, Kind.CHANGE);

    /** Applies again after a rejection. */
    public static final ProviderOperation<Change<LoaApplication>, Loa> LOA_REAPPLY =
            new ProviderOperation<>("LOA_REAPPLY", Capability.LOA_REAPPLY, ResourceType.LOA, Kind.CHANGE);

    /** Submits the construction report. */
    public static final ProviderOperation<Change<ConstructionReport>, Loa> LOA_COMPLETE =
            new ProviderOperation<>("LOA_COMPLETE", Capability.LOA_COMPLETE, ResourceType.LOA, Kind.CHANGE);

    /** One page of gateways. */
    public static final ProviderOperation<PageRequest<GatewayQuery>, Page<Gateway>> GATEWAY_LIST =
            new ProviderOperation<>("GATEWAY_LIST", Capability.GATEWAY_LIST, ResourceType.GATEWAY, Kind.LIST);

    /** One gateway by id. */
    public static final ProviderOperation<String, Gateway> GATEWAY_GET =
            new ProviderOperation<>("GATEWAY_GET", Capability.GATEWAY_GET, ResourceType.GATEWAY, Kind.GET);

    /** Creates a gateway. */
    public static final ProviderOperation<CreateGatewayRequest, Gateway> GATEWAY_CREATE =
            new ProviderOperation<>("GATEWAY_CREATE", Capability.GATEWAY_CREATE, ResourceType.GATEWAY, Kind.CREATE);

    /** Deletes a gateway. */
    public static final ProviderOperation<String, Void> GATEWAY_DELETE =
            new ProviderOperation<>("GATEWAY_DELETE", Capability.GATEWAY_DELETE, ResourceType.GATEWAY, Kind.DELETE);

    /** One page of virtual interfaces. */
    public static final ProviderOperation<PageRequest<VirtualInterfaceQuery>, Page<VirtualInterface>> VIRTUAL_INTERFACE_LIST =
            new ProviderOperation<>("VIRTUAL_INTERFACE_LIST", Capability.VIRTUAL_INTERFACE_LIST, ResourceType.VIRTUAL_INTERFACE, Kind.LIST);

    /** One virtual interface by id. */
    public static final ProviderOperation<String, VirtualInterface> VIRTUAL_INTERFACE_GET =
            new ProviderOperation<>("VIRTUAL_INTERFACE_GET", Capability.VIRTUAL_INTERFACE_GET, ResourceType.VIRTUAL_INTERFACE, Kind.GET);

    /** Creates a virtual interface. */
    public static final ProviderOperation<CreateVirtualInterfaceRequest, VirtualInterface> VIRTUAL_INTERFACE_CREATE =
            new ProviderOperation<>("VIRTUAL_INTERFACE_CREATE", Capability.VIRTUAL_INTERFACE_CREATE, ResourceType.VIRTUAL_INTERFACE, Kind.CREATE);

    /** Changes a virtual interface. */
    public static final ProviderOperation<Change<UpdateVirtualInterfaceRequest>, VirtualInterface> VIRTUAL_INTERFACE_UPDATE =
            new ProviderOperation<>("VIRTUAL_INTERFACE_UPDATE", Capability.VIRTUAL_INTERFACE_UPDATE, ResourceType.VIRTUAL_INTERFACE, Kind.CHANGE);

    /** Deletes a virtual interface. */
    public static final ProviderOperation<String, Void> VIRTUAL_INTERFACE_DELETE =
            new ProviderOperation<>("VIRTUAL_INTERFACE_DELETE", Capability.VIRTUAL_INTERFACE_DELETE, ResourceType.VIRTUAL_INTERFACE, Kind.DELETE);

    /** Accepts another account's virtual interface on your line. */
    public static final ProviderOperation<String, VirtualInterface> VIRTUAL_INTERFACE_ACCEPT =
            new ProviderOperation<>("VIRTUAL_INTERFACE_ACCEPT", Capability.VIRTUAL_INTERFACE_ACCEPT, ResourceType.VIRTUAL_INTERFACE, Kind.CHANGE);

    /** Rejects another account's virtual interface on your line. */
    public static final ProviderOperation<String, VirtualInterface> VIRTUAL_INTERFACE_REJECT =
            new ProviderOperation<>("VIRTUAL_INTERFACE_REJECT", Capability.VIRTUAL_INTERFACE_REJECT, ResourceType.VIRTUAL_INTERFACE, Kind.CHANGE);

    /** Takes a virtual interface out of service. */
    public static final ProviderOperation<String, VirtualInterface> VIRTUAL_INTERFACE_TERMINATE =
            new ProviderOperation<>("VIRTUAL_INTERFACE_TERMINATE", Capability.VIRTUAL_INTERFACE_TERMINATE, ResourceType.VIRTUAL_INTERFACE, Kind.CHANGE);

    /** Brings a virtual interface taken out of service back. */
    public static final ProviderOperation<String, VirtualInterface> VIRTUAL_INTERFACE_RECOVER =
            new ProviderOperation<>("VIRTUAL_INTERFACE_RECOVER", Capability.VIRTUAL_INTERFACE_RECOVER, ResourceType.VIRTUAL_INTERFACE, Kind.CHANGE);

    /** What a virtual interface would cost, asked before ordering it. */
    public static final ProviderOperation<CreateVirtualInterfaceRequest, Quote> VIRTUAL_INTERFACE_QUOTE =
            new ProviderOperation<>("VIRTUAL_INTERFACE_QUOTE", Capability.VIRTUAL_INTERFACE_QUOTE, ResourceType.VIRTUAL_INTERFACE, Kind.QUOTE);

    /** One page of routes. */
    public static final ProviderOperation<PageRequest<RouteQuery>, Page<Route>> ROUTE_LIST =
            new ProviderOperation<>("ROUTE_LIST", Capability.ROUTE_LIST, ResourceType.ROUTE, Kind.LIST);

    /** Adds a route. */
    public static final ProviderOperation<CreateRouteRequest, Route> ROUTE_CREATE =
            new ProviderOperation<>("ROUTE_CREATE", Capability.ROUTE_CREATE, ResourceType.ROUTE, Kind.CREATE);

    /** Removes a route. */
    public static final ProviderOperation<Route, Void> ROUTE_DELETE =
            new ProviderOperation<>("ROUTE_DELETE", Capability.ROUTE_DELETE, ResourceType.ROUTE, Kind.DELETE);

    private static final List<ProviderOperation<?, ?>> ALL = List.of(ACCESS_POINT_LIST, CONNECTION_LIST, CONNECTION_GET, CONNECTION_CREATE, CONNECTION_REDUNDANT_ORDER, CONNECTION_UPDATE, CONNECTION_RESUBMIT, CONNECTION_DELETE, CONNECTION_CANCEL, CONNECTION_CONFIRM, CONNECTION_PAY, CONNECTION_TERMINATE, LOA_GET, LOA_APPLY, LOA_REAPPLY, LOA_COMPLETE, GATEWAY_LIST, GATEWAY_GET, GATEWAY_CREATE, GATEWAY_DELETE, VIRTUAL_INTERFACE_LIST, VIRTUAL_INTERFACE_GET, VIRTUAL_INTERFACE_CREATE, VIRTUAL_INTERFACE_UPDATE, VIRTUAL_INTERFACE_DELETE, VIRTUAL_INTERFACE_ACCEPT, VIRTUAL_INTERFACE_REJECT, VIRTUAL_INTERFACE_TERMINATE, VIRTUAL_INTERFACE_RECOVER, VIRTUAL_INTERFACE_QUOTE, ROUTE_LIST, ROUTE_CREATE, ROUTE_DELETE);

    private final String name;
    private final Capability capability;
    private final ResourceType resource;
    private final Kind kind;

    private ProviderOperation(String name, Capability capability, ResourceType resource, Kind kind) {
        this.name = name;
        this.capability = capability;
        this.resource = resource;
        this.kind = kind;
    }

    /** {@return every operation, in declaration order} */
    public static List<ProviderOperation<?, ?>> all() {
        return ALL;
    }

    /**
     * The operation of a capability.
     *
     * @param capability the capability
     * @return the operation
     * @throws IllegalArgumentException for a capability that is no operation ({@link Capability#NATIVE_IDEMPOTENCY})
     */
    public static ProviderOperation<?, ?> of(Capability capability) {
        Objects.requireNonNull(capability, "capability");
        return ALL.stream().filter(operation -> operation.capability == capability).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(capability + " is not an operation"));
    }

    /** {@return the operation's name, the same as its constant's} */
    public String name() {
        return name;
    }

    /** {@return the capability a plugin has when it binds this operation} */
    public Capability capability() {
        return capability;
    }

    /** {@return the resource type it works on} */
    public ResourceType resource() {
        return resource;
    }

    /** {@return what it does} */
    public Kind kind() {
        return kind;
    }

    @Override
    public String toString() {
        return name;
    }
}
