package io.dclink;

import io.dclink.model.CreateRouteRequest;
import io.dclink.model.CreateRouteRequestBuilder;
import io.dclink.model.Route;
import io.dclink.model.RouteQuery;
import io.dclink.model.RouteQueryBuilder;
import java.util.function.Consumer;

/** Routes of virtual interfaces and gateways. */
public interface Routes {

    /**
     * {@return the routes of one virtual interface or gateway, fetched lazily}
     *
     * @param query which interface or gateway
     */
    Paginated<Route> list(RouteQuery query);

    /**
     * {@link #list(RouteQuery)} with the query filled in place.
     *
     * @param query fills a new {@link RouteQuery#builder()}
     * @return as there
     */
    default Paginated<Route> list(Consumer<RouteQueryBuilder> query) {
        return list(Filled.in(RouteQuery.builder(), query, "query").build());
    }

    /**
     * Adds a route.
     *
     * @param request the route
     * @return the new route (possibly still pending)
     */
    Route create(CreateRouteRequest request);

    /**
     * {@link #create(CreateRouteRequest)} with the request filled in place.
     *
     * @param request fills a new {@link CreateRouteRequest#builder()}
     * @return as there
     */
    default Route create(Consumer<CreateRouteRequestBuilder> request) {
        return create(Filled.in(CreateRouteRequest.builder(), request, "request").build());
    }

    /**
     * Removes a route.
     *
     * @param route the route, as listed
     */
    void delete(Route route);
}
