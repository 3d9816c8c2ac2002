package io.dclink.core.internal;

import static java.util.Objects.requireNonNull;

import io.dclink.Paginated;
import io.dclink.Routes;
import io.dclink.model.CreateRouteRequest;
import io.dclink.model.Route;
import io.dclink.model.RouteQuery;
import io.dclink.spi.ProviderOperation;

final class RoutesFacade implements Routes {

    private final OperationPipeline pipeline;

    RoutesFacade(OperationPipeline pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public Paginated<Route> list(RouteQuery query) {
        return pipeline.list(ProviderOperation.ROUTE_LIST, requireNonNull(query, "query"));
    }

    @Override
    public Route create(CreateRouteRequest request) {
        return pipeline.run(ProviderOperation.ROUTE_CREATE, requireNonNull(request, "request"));
    }

    @Override
    public void delete(Route route) {
        pipeline.run(ProviderOperation.ROUTE_DELETE, requireNonNull(route, "route"));
    }
}
