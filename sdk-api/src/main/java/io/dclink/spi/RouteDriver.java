package io.dclink.spi;

import io.dclink.Capability;
import io.dclink.error.Problem;
import io.dclink.model.CreateRouteRequest;
import io.dclink.model.Route;
import io.dclink.model.RouteQuery;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The provider side of route operations. */
public interface RouteDriver {

    /**
     * Fetches one page of routes.
     *
     * @param query which interface or gateway
     * @param pageToken the token of the page to fetch, or {@code null} for the first
     * @return the page
     */
    CompletableFuture<Page<Route>> list(RouteQuery query, String pageToken);

    /**
     * Provider-specific problems with a create request, found without any network call.
     *
     * @param request the request
     * @return every problem found; empty when valid
     */
    default List<Problem> validate(CreateRouteRequest request) {
        return List.of();
    }

    /**
     * Adds a route.
     *
     * @param request the validated request
     * @return the new route
     */
    default CompletableFuture<Route> create(CreateRouteRequest request) {
        return Unsupported.operation(Capability.ROUTE_CREATE);
    }

    /**
     * Removes a route.
     *
     * @param route the route, as listed
     * @return completion
     */
    default CompletableFuture<Void> delete(Route route) {
        return Unsupported.operation(Capability.ROUTE_DELETE);
    }
}
