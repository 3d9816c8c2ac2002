package io.dclink.provider.jdcloud;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dclink.error.ProtocolException;
import io.dclink.kit.call.Calls;
import io.dclink.kit.json.Json;
import io.dclink.model.Route;
import io.dclink.model.RouteType;
import io.dclink.spi.ErrorCategory;
import io.dclink.spi.Page;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

/**
 * A border gateway's route table, changed in batches of one: static routes toward the IDC (next hop
 * a private VIF) and toward a VPC (next hop its attachment), beside the routes propagated from
 * attached VPCs and learned over BGP. Adding a route that is there already changes nothing.
 */
final class BgwRoutes {

    private final JdCloudApi api;
    private final Listing listing;

    BgwRoutes(JdCloudApi api, Listing listing) {
        this.api = api;
        this.listing = listing;
    }

    CompletableFuture<Page<Route>> list(String bgwId, Predicate<Route> keep, String token) {
        return listing.page(Api.DESCRIBE_BGW_ROUTES, bgwId, Query.empty(), token, NetworkMapping::bgwRoute, keep);
    }

    /**
     * Adds a static route unless the gateway has it; a repetition JD Cloud refuses as
     * {@code ALREADY_EXISTS} finds the route the first made.
     *
     * @param bgwId the gateway
     * @param type the next hop's type
     * @param nextHop the next hop's id
     * @param destination the destination prefix
     * @param description a description, or {@code null}
     * @return the route
     */
    CompletableFuture<Route> add(String bgwId, NextHops type, String nextHop, String destination, String description) {
        ArrayNode specs = Json.array();
        ObjectNode spec = specs.addObject().put("bgwRouteDestination", destination).put("bgwNexthopType", type.request())
                .put("bgwRouteNexthop", nextHop);
        Connections.putIfPresent(spec, "description", description);
        return find(bgwId, destination, nextHop).thenCompose(existing -> existing.isPresent()
                ? CompletableFuture.completedFuture(existing.get())
                : api.repeatableWrite(Api.CREATE_BGW_ROUTES, bgwId, specs).handle((answer, failure) -> {
                    if (failure != null && !Calls.hasCode(failure, "ALREADY_EXISTS")) {
                        throw Calls.rethrow(failure);
                    }
                    return bgwId;
                }).thenCompose(done -> find(bgwId, destination, nextHop)).thenApply(found -> found.orElseThrow(() ->
                        new ProtocolException(ErrorCategory.PROTOCOL.remedy() + ": border gateway " + bgwId
                                + " does not list the route to " + destination + " it added", api.errors(), null))));
    }

    /** The gateway's static route to a destination through a next hop, if any; every page is read. */
    private CompletableFuture<Optional<Route>> find(String bgwId, String destination, String nextHop) {
        return listing.all(Api.DESCRIBE_BGW_ROUTES, bgwId, Query.empty(), NetworkMapping::bgwRoute, "routes of " + bgwId)
                .thenApply(routes -> routes.stream().filter(route -> route.routeType() == RouteType.STATIC
                        && destination.equals(route.destination()) && nextHop.equals(route.nextHop())).findFirst());
    }

    /** Deletes a static route; one already gone is done. */
    CompletableFuture<Void> delete(String bgwId, String routeId) {
        return api.delete(Api.DELETE_BGW_ROUTES, bgwId, Query.empty().array("bgwRouteIds", List.of(routeId)), null);
    }
}
