package io.dclink.core.internal;

import io.dclink.Capability;
import io.dclink.Paginated;
import io.dclink.Routes;
import io.dclink.lifecycle.Operation;
import io.dclink.model.CreateRouteRequest;
import io.dclink.model.Route;
import io.dclink.model.RouteQuery;
import java.util.Objects;

final class RoutesFacade implements Routes {

    private final ClientCore core;

    RoutesFacade(ClientCore core) {
        this.core = core;
    }

    @Override
    public Paginated<Route> list(RouteQuery query) {
        core.require(Capability.ROUTE_LIST);
        Objects.requireNonNull(query, "query");
        return new LazyPaginated<>(token -> core.client().routes().list(query, token), core.context());
    }

    @Override
    public Route create(CreateRouteRequest request) {
        core.require(Capability.ROUTE_CREATE);
        core.validate(RequestRules.check(request), core.client().routes().validate(request));
        if (request.virtualInterfaceId() != null && core.supports(Capability.VIRTUAL_INTERFACE_LIST)) {
            core.gate(core.lifecycles().virtualInterface(),
                    core.call(core.client().virtualInterfaces().get(request.virtualInterfaceId())),
                    Operation.ADD_ROUTE);
        }
        CreateRouteRequest keyed = request.idempotencyKey() != null
                ? request : request.toBuilder().idempotencyKey(IdempotentCreate.newKey()).build();
        return core.call(core.client().routes().create(keyed));
    }

    @Override
    public void delete(Route route) {
        core.require(Capability.ROUTE_DELETE);
        core.gate(core.lifecycles().route(), Objects.requireNonNull(route, "route"), Operation.DELETE);
        core.call(core.client().routes().delete(route));
    }
}
