package io.dclink.provider.tencent;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dclink.error.ErrorContext;
import io.dclink.error.InvalidRequestException;
import io.dclink.error.InvalidStateException;
import io.dclink.error.Problem;
import io.dclink.kit.call.Calls;
import io.dclink.kit.validation.NetworkRules;
import io.dclink.kit.validation.Problems;
import io.dclink.lifecycle.OperationalStatus;
import io.dclink.model.CreateRouteRequest;
import io.dclink.model.Route;
import io.dclink.model.RouteQuery;
import io.dclink.model.RoutingType;
import io.dclink.model.VirtualInterface;
import io.dclink.spi.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A static tunnel's routes are its customer prefixes (RouteFilterPrefixes): adding or removing one
 * rewrites the list with ModifyDirectConnectTunnelAttribute. A BGP tunnel's routes are exchanged by
 * BGP; the API reads them out only for internet tunnels (DescribePublicDirectConnectTunnelRoutes),
 * and other BGP tunnels list none.
 */
final class TencentRoutes {

    private final TencentApi api;
    private final TencentTunnels tunnels;

    TencentRoutes(TencentApi api, TencentTunnels tunnels) {
        this.api = api;
        this.tunnels = tunnels;
    }

    CompletableFuture<Page<Route>> list(RouteQuery query, String pageToken) {
        if (query.virtualInterfaceId() == null) {
            return CompletableFuture.failedFuture(new InvalidRequestException("Tencent Cloud routes are listed per "
                    + "dedicated tunnel: give RouteQuery.ofVirtualInterface(id)", ErrorContext.of(TencentProvider.ID), null));
        }
        return tunnel(query.virtualInterfaceId()).thenCompose(tunnel -> tunnel.routing() == RoutingType.BGP
                ? internetRoutes(tunnel, pageToken) : CompletableFuture.completedFuture(Page.last(routes(tunnel))));
    }

    /** UNVERIFIED: which error a tunnel that is not an internet tunnel gets; any refusal of the request reads as "no routes". */
    private CompletableFuture<Page<Route>> internetRoutes(VirtualInterface tunnel, String pageToken) {
        ObjectNode params = api.window(pageToken).put("DirectConnectTunnelId", tunnel.id());
        return api.dc().read("DescribePublicDirectConnectTunnelRoutes", params)
                .thenApply(response -> api.page(response, "Routes", pageToken,
                        node -> TencentMapping.internetRoute(node, tunnel), route -> true))
                .exceptionally(failure -> {
                    if (Calls.is(failure, InvalidStateException.class) || Calls.is(failure, InvalidRequestException.class)) {
                        return Page.last(List.of());
                    }
                    throw Calls.rethrow(failure);
                });
    }

    static List<Problem> validate(CreateRouteRequest request) {
        Problems problems = new Problems().required("virtualInterfaceId", request.virtualInterfaceId());
        problems.check(request.gatewayId() == null, "gatewayId", "Tencent Cloud routes belong to a dedicated tunnel");
        problems.check(request.nextHop() == null, "nextHop", "a static prefix of a dedicated tunnel has no next hop of its "
                + "own: the customer's address on the tunnel is the next hop");
        TencentLimits.noDescription(problems, request.description(), "a tunnel's static prefix");
        NetworkRules.networkPrefix(problems, "destination", request.destination());
        return problems.list();
    }

    CompletableFuture<Route> create(CreateRouteRequest request) {
        return tunnel(request.virtualInterfaceId()).thenCompose(tunnel -> {
            if (tunnel.routing() != RoutingType.STATIC) {
                throw routedByBgp(tunnel, "announce " + request.destination());
            }
            List<String> prefixes = new ArrayList<>(tunnel.staticPrefixes());
            if (!prefixes.contains(request.destination())) {
                prefixes.add(request.destination());
            }
            return rewrite(tunnel.id(), prefixes).thenApply(updated -> TencentMapping.staticRoute(updated, request.destination()));
        });
    }

    CompletableFuture<Void> delete(Route route) {
        return tunnel(route.virtualInterfaceId()).thenCompose(tunnel -> {
            if (tunnel.routing() != RoutingType.STATIC) {
                throw routedByBgp(tunnel, "withdraw " + route.destination());
            }
            List<String> prefixes = new ArrayList<>(tunnel.staticPrefixes());
            prefixes.remove(route.destination());
            return rewrite(tunnel.id(), prefixes).thenApply(updated -> null);
        });
    }

    private static InvalidRequestException routedByBgp(VirtualInterface tunnel, String whatToDo) {
        return new InvalidRequestException("Dedicated tunnel " + tunnel.id() + " routes by BGP: " + whatToDo
                + " from your router instead", ErrorContext.of(TencentProvider.ID), null);
    }

    private CompletableFuture<VirtualInterface> rewrite(String tunnelId, List<String> prefixes) {
        ObjectNode params = api.params().put("DirectConnectTunnelId", tunnelId);
        TencentTunnels.prefixes(params, prefixes);
        return tunnels.modify(params, null).thenCompose(response -> tunnel(tunnelId));
    }

    private CompletableFuture<VirtualInterface> tunnel(String id) {
        return tunnels.describe(id).thenApply(node -> TencentMapping.tunnel(node, OperationalStatus.NOT_REPORTED));
    }

    private static List<Route> routes(VirtualInterface tunnel) {
        List<Route> routes = new ArrayList<>();
        if (tunnel.routing() == RoutingType.STATIC) {
            tunnel.staticPrefixes().forEach(prefix -> routes.add(TencentMapping.staticRoute(tunnel, prefix)));
        }
        return routes;
    }
}
