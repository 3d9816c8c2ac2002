package io.dclink;

import io.dclink.model.CreateRouteRequest;
import io.dclink.model.Route;
import io.dclink.model.RouteQuery;

/** Routes of virtual interfaces and gateways. */
public interface Routes {

    /**
     * {@return the routes of one virtual interface or gateway, fetched lazily}
     *
     * @param query which interface or gateway
     */
    Paginated<Route> list(RouteQuery query);

    /**
     * Adds a route.
     *
     * @param request the route
     * @return the new route (possibly still pending)
     */
    Route create(CreateRouteRequest request);

    /**
     * Removes a route.
     *
     * @param route the route, as listed
     */
    void delete(Route route);
}
