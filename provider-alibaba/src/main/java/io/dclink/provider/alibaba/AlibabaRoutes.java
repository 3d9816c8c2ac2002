package io.dclink.provider.alibaba;

import io.dclink.error.ErrorContext;
import io.dclink.error.InvalidRequestException;
import io.dclink.error.Problem;
import io.dclink.error.ValidationException;
import io.dclink.kit.call.Lookups;
import io.dclink.kit.json.JsonRecord;
import io.dclink.kit.paging.Pages;
import io.dclink.kit.validation.Cidr;
import io.dclink.kit.validation.NetworkRules;
import io.dclink.kit.validation.Problems;
import io.dclink.model.CreateRouteRequest;
import io.dclink.model.Route;
import io.dclink.model.RouteQuery;
import io.dclink.model.RouteType;
import io.dclink.spi.Page;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A VBR's routes: on a statically routed VBR, custom entries of its route table (toward the
 * customer); on a BGP VBR, its BGP networks (prefixes announced to the customer). A listing pages
 * through the entries ({@code NextToken}) and then the networks ({@code PageNumber}).
 */
final class AlibabaRoutes {

    private static final Cidr SHARED_ADDRESS_SPACE = Cidr.parse("100.64.0.0/10").orElseThrow();
    private static final String ENTRIES = "rte:";
    private static final String NETWORKS = "bgp:";

    private final AlibabaApi api;
    private final BorderRouters vbrs;

    AlibabaRoutes(AlibabaApi api, BorderRouters vbrs) {
        this.api = api;
        this.vbrs = vbrs;
    }

    CompletableFuture<Page<Route>> list(RouteQuery query, String pageToken) {
        if (query.virtualInterfaceId() == null) {
            return CompletableFuture.failedFuture(new InvalidRequestException("Alibaba Cloud routes are listed per VBR: "
                    + "give RouteQuery.ofVirtualInterface(vbrId)", ErrorContext.of(AlibabaProvider.ID), null));
        }
        String vbrId = query.virtualInterfaceId();
        if (pageToken != null && pageToken.startsWith(NETWORKS)) {
            return networks(vbrId, pageToken.substring(NETWORKS.length()));
        }
        String next = pageToken == null ? null : pageToken.substring(ENTRIES.length());
        return vbrs.describe(vbrId).thenCompose(vbr -> {
            String table = vbr.text("RouteTableId");
            if (table == null) {
                return networks(vbrId, "1");
            }
            return vbrs.routeEntries(vbrId, table, next).thenApply(page -> new Page<>(page.items(),
                    page.nextPageToken() != null ? ENTRIES + page.nextPageToken() : NETWORKS + "1"));
        });
    }

    private CompletableFuture<Page<Route>> networks(String vbrId, String pageNumber) {
        RpcParams params = api.window(pageNumber).put("RouterId", vbrId);
        // Resolved: DescribeBgpNetworks answers BgpNetworks.BgpNetwork[] (SDK model).
        return api.read("DescribeBgpNetworks", params).thenApply(response -> {
            Page<Route> page = api.page(response, "BgpNetworks", "BgpNetwork", pageNumber, node -> {
                String router = node.text("RouterId");
                if (!vbrId.equals(router)) {
                    throw node.error("asked for the BGP networks of VBR " + vbrId + ", the provider answered one of "
                            + (router == null ? "no router" : router));
                }
                return AlibabaMapping.bgpNetwork(node, vbrId);
            }, route -> true);
            return new Page<>(page.items(), page.nextPageToken() == null ? null : NETWORKS + page.nextPageToken());
        });
    }

    static List<Problem> validate(CreateRouteRequest request) {
        Problems problems = new Problems().required("virtualInterfaceId", request.virtualInterfaceId());
        problems.check(request.gatewayId() == null, "gatewayId", "Alibaba Cloud routes belong to a VBR: use virtualInterfaceId");
        destination(problems, "destination", request.destination());
        problems.check(request.nextHop() == null || request.nextHop().matches("ri-[0-9a-z]+"), "nextHop",
                "must be a VBR interface (ri-...), or empty for the VBR's own");
        problems.text("description", request.description(), 1, AlibabaLimits.ROUTE_DESCRIPTION)
                .text("virtualInterfaceId", request.virtualInterfaceId(), AlibabaLimits.ID);
        return problems.list();
    }

    /** A network prefix outside 100.64.0.0/10, which route tables refuse. */
    static void destination(Problems problems, String field, String prefix) {
        NetworkRules.networkPrefix(problems, field, prefix);
        Cidr.parse(prefix).ifPresent(cidr -> problems.check(cidr.isIpv6() || !SHARED_ADDRESS_SPACE.overlaps(cidr), field,
                "must not equal or lie inside 100.64.0.0/10"));
    }

    CompletableFuture<Route> create(CreateRouteRequest request) {
        String vbrId = request.virtualInterfaceId();
        String token = AlibabaApi.token(request.idempotencyKey());
        return vbrs.first(BorderRouters.GROUPS, vbrId).thenCompose(group -> group.isEmpty()
                ? vbrs.describe(vbrId).thenCompose(vbr -> vbrs.createRouteEntry(vbr, request.destination(), request.nextHop(),
                        request.description(), token).thenCompose(entryId -> entry(vbr, entryId)))
                : addNetwork(vbrId, request, token));
    }

    private CompletableFuture<Route> entry(JsonRecord vbr, String entryId) {
        String vbrId = vbr.requiredText("VbrId");
        return api.read("DescribeRouteEntryList", api.params().put("RouteTableId", vbr.text("RouteTableId"))
                .put("RouteEntryId", entryId)).thenApply(response -> AlibabaMapping.routeEntry(api.one(response,
                        "RouteEntrys", "RouteEntry", "RouteEntryId", entryId, "route entry"), vbrId));
    }

    /** AddBgpNetwork has no description: one given is refused rather than dropped. */
    private CompletableFuture<Route> addNetwork(String vbrId, CreateRouteRequest request, String token) {
        if (request.description() != null || request.nextHop() != null) {
            return CompletableFuture.failedFuture(new ValidationException(ErrorContext.of(AlibabaProvider.ID), List.of(
                    new Problem(request.description() != null ? "description" : "nextHop", "VBR " + vbrId + " routes by "
                            + "BGP: a BGP network (AddBgpNetwork) has no " + (request.description() != null
                            ? "description" : "next hop") + "; leave it empty"))));
        }
        return api.write("AddBgpNetwork", api.params().put("RouterId", vbrId).put("DstCidrBlock", request.destination()),
                token).thenCompose(response -> network(vbrId, request.destination()));
    }

    /** The BGP network just added, on whichever page of the VBR's networks it is. */
    private CompletableFuture<Route> network(String vbrId, String destination) {
        return Pages.all(token -> networks(vbrId, token == null ? "1" : token.substring(NETWORKS.length())), api.errors(),
                "BGP networks of " + vbrId).thenApply(routes -> routes.stream()
                        .filter(route -> route.destination().equals(destination)).findFirst()
                        .orElseThrow(() -> Lookups.notFound("BGP network", destination, api.errors())));
    }

    /**
     * A BGP network by its router and prefix; a route entry by its table, destination and next hop,
     * as the reference says for VBR routes. A repeated delete that finds the route gone is done.
     */
    CompletableFuture<Void> delete(Route route) {
        String vbrId = route.virtualInterfaceId();
        if (route.routeType() == RouteType.BGP) {
            return api.delete("DeleteBgpNetwork", api.params().put("RouterId", vbrId).put("DstCidrBlock", route.destination()));
        }
        return vbrs.describe(vbrId).thenCompose(vbr -> {
            String table = vbr.text("RouteTableId");
            RpcParams params = api.params().put("RouteTableId", table).put("DestinationCidrBlock", route.destination())
                    .put("NextHopId", route.nextHop() != null ? route.nextHop() : vbr.text("VlanInterfaceId"));
            // Resolved: DeleteRouteEntry takes RouteTableId + DestinationCidrBlock + NextHopId for VBR routes,
            // and InvalidRouteEntry.NotFound on a repeat means done (as Terraform treats it).
            return vbrs.settled(vbrId, table)
                    .thenCompose(ready -> api.delete("DeleteRouteEntry", params))
                    .thenCompose(deleting -> vbrs.settled(vbrId, table));
        }).thenApply(settled -> null);
    }
}
