package io.dclink.testkit.tck;

import io.dclink.Capability;
import io.dclink.DirectConnect;
import io.dclink.lifecycle.RequiredAction;
import io.dclink.lifecycle.RouteState;
import io.dclink.model.ConstructionReport;
import io.dclink.model.CreateConnectionRequest;
import io.dclink.model.CreateGatewayRequest;
import io.dclink.model.CreateRouteRequest;
import io.dclink.model.CreateVirtualInterfaceRequest;
import io.dclink.model.GatewayQuery;
import io.dclink.model.LoaApplication;
import io.dclink.model.PaymentOptions;
import io.dclink.model.ProviderState;
import io.dclink.model.Route;
import io.dclink.model.RouteQuery;
import io.dclink.model.UpdateConnectionRequest;
import io.dclink.model.UpdateVirtualInterfaceRequest;
import io.dclink.model.VirtualInterfaceQuery;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * One call per capability that the client must refuse locally when the plugin does not declare it.
 * The calls list, name resources that do not exist or send empty create requests, so a declared
 * capability's call succeeds or fails at the provider or in validation, never with a side effect.
 * {@link Capability#CONNECTION_RESUBMIT} and {@link Capability#LOA_REAPPLY} have no such call: the
 * runtime reaches them only through an update or an application of a rejected resource.
 */
final class CapabilityProbes {

    static final String ABSENT = "tck-absent";

    private final Map<Capability, Runnable> calls = new EnumMap<>(Capability.class);

    CapabilityProbes(DirectConnect client, LoaApplication loa, ConstructionReport report) {
        calls.put(Capability.ACCESS_POINT_LIST, () -> client.accessPoints().find(ABSENT));
        calls.put(Capability.CONNECTION_LIST, () -> client.connections().list().stream().findFirst());
        calls.put(Capability.CONNECTION_GET, () -> client.connections().get(ABSENT));
        calls.put(Capability.CONNECTION_CREATE, () -> client.connections().create(CreateConnectionRequest.builder().build()));
        calls.put(Capability.CONNECTION_UPDATE,
                () -> client.connections().update(ABSENT, UpdateConnectionRequest.builder().name("tck").build()));
        calls.put(Capability.CONNECTION_DELETE, () -> client.connections().delete(ABSENT));
        calls.put(Capability.CONNECTION_CANCEL, () -> client.connections().cancel(ABSENT));
        calls.put(Capability.CONNECTION_CONFIRM, () -> client.connections().confirm(ABSENT));
        calls.put(Capability.CONNECTION_PAY, () -> client.connections().pay(ABSENT, PaymentOptions.defaults()));
        calls.put(Capability.CONNECTION_TERMINATE, () -> client.connections().terminate(ABSENT));
        calls.put(Capability.LOA_GET, () -> client.loas().get(ABSENT));
        calls.put(Capability.LOA_APPLY, () -> client.loas().apply(ABSENT, loa));
        calls.put(Capability.LOA_COMPLETE, () -> client.loas().complete(ABSENT, report));
        calls.put(Capability.GATEWAY_LIST, () -> client.gateways().list(GatewayQuery.all()).stream().findFirst());
        calls.put(Capability.GATEWAY_GET, () -> client.gateways().get(ABSENT));
        calls.put(Capability.GATEWAY_CREATE, () -> client.gateways().create(CreateGatewayRequest.builder().build()));
        calls.put(Capability.GATEWAY_DELETE, () -> client.gateways().delete(ABSENT));
        calls.put(Capability.VIRTUAL_INTERFACE_LIST,
                () -> client.virtualInterfaces().list(VirtualInterfaceQuery.all()).stream().findFirst());
        calls.put(Capability.VIRTUAL_INTERFACE_GET, () -> client.virtualInterfaces().get(ABSENT));
        calls.put(Capability.VIRTUAL_INTERFACE_CREATE,
                () -> client.virtualInterfaces().create(CreateVirtualInterfaceRequest.builder().build()));
        calls.put(Capability.VIRTUAL_INTERFACE_UPDATE, () -> client.virtualInterfaces().update(ABSENT,
                UpdateVirtualInterfaceRequest.builder().name("tck").build()));
        calls.put(Capability.VIRTUAL_INTERFACE_DELETE, () -> client.virtualInterfaces().delete(ABSENT));
        calls.put(Capability.VIRTUAL_INTERFACE_ACCEPT, () -> client.virtualInterfaces().accept(ABSENT));
        calls.put(Capability.VIRTUAL_INTERFACE_REJECT, () -> client.virtualInterfaces().reject(ABSENT));
        calls.put(Capability.VIRTUAL_INTERFACE_TERMINATE, () -> client.virtualInterfaces().terminate(ABSENT));
        calls.put(Capability.VIRTUAL_INTERFACE_RECOVER, () -> client.virtualInterfaces().recover(ABSENT));
        calls.put(Capability.VIRTUAL_INTERFACE_QUOTE,
                () -> client.virtualInterfaces().quote(CreateVirtualInterfaceRequest.builder().build()));
        calls.put(Capability.ROUTE_LIST, () -> client.routes().list(RouteQuery.ofVirtualInterface(ABSENT)).stream().findFirst());
        calls.put(Capability.ROUTE_CREATE, () -> client.routes().create(CreateRouteRequest.builder().build()));
        calls.put(Capability.ROUTE_DELETE, () -> client.routes().delete(absentRoute(client.provider().id())));
    }

    /**
     * The call for a capability.
     *
     * @param capability the capability
     * @return the call, or empty for a capability that cannot be probed without a prepared resource
     */
    Optional<Runnable> of(Capability capability) {
        return Optional.ofNullable(calls.get(capability));
    }

    private static Route absentRoute(String provider) {
        return Route.builder().provider(provider).id(ABSENT).state(RouteState.ACTIVE).requiredAction(RequiredAction.NONE)
                .providerState(ProviderState.of("")).virtualInterfaceId(ABSENT).destination("192.0.2.0/24").build();
    }
}
