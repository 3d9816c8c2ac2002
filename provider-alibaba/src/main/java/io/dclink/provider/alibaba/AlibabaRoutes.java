package io.dclink.provider.alibaba;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.dclink.core.json.JsonFields;
import io.dclink.core.validation.Cidr;
import io.dclink.core.validation.NetworkRules;
import io.dclink.core.validation.Problems;
import io.dclink.error.ErrorContext;
import io.dclink.error.InvalidRequestException;
import io.dclink.error.Problem;
import io.dclink.model.CreateRouteRequest;
import io.dclink.model.Route;
import io.dclink.model.RouteQuery;
import io.dclink.model.RouteType;
import io.dclink.spi.Page;
import io.dclink.spi.RouteDriver;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A VBR's routes: on a statically routed VBR, custom entries of its route table (toward the
 * customer); on a BGP VBR, its BGP networks (prefixes announced to the customer). A listing pages
 * through the entries ({@code NextToken}) and then the networks ({@code PageNumber}).
 */
final class AlibabaRoutes implements RouteDriver {

    private static final Cidr SHARED_ADDRESS_SPACE = Cidr.parse("100.64.0.0/10").orElseThrow();
    private static final String ENTRIES = "rte:";
    private static final String NETWORKS = "bgp:";

    private final AlibabaApi api;
    private final BorderRouters vbrs;

    AlibabaRoutes(AlibabaApi api, BorderRouters vbrs) {
        this.api = api;
        this.vbrs = vbrs;
    }

    @Override
    public CompletableFuture<Page<Route>> list(RouteQuery query, String pageToken) {
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
            String table = JsonFields.text(vbr, "RouteTableId");
            if (table == null) {
                return networks(vbrId, "1");
            }
            return vbrs.routeEntries(table, next).thenApply(response -> {
                List<Route> routes = new ArrayList<>();
                response.path("RouteEntrys").path("RouteEntry").forEach(entry -> routes.add(
                        AlibabaMapping.routeEntry(entry, vbrId)));
                String more = JsonFields.text(response, "NextToken");
                return new Page<>(routes, more != null ? ENTRIES + more : NETWORKS + "1");
            });
        });
    }

    private CompletableFuture<Page<Route>> networks(String vbrId, String pageNumber) {
        RpcParams params = Pages.window(api.params().put("RouterId", vbrId), pageNumber);
        // UNVERIFIED: DescribeBgpNetworks' response shape follows the SDK model (BgpNetworks.BgpNetwork[]).
        return api.read("DescribeBgpNetworks", params).thenApply(response -> {
            Page<Route> page = Pages.page(response, "BgpNetworks", "BgpNetwork", pageNumber,
                    node -> AlibabaMapping.bgpNetwork(node, vbrId), route -> true);
            return new Page<>(page.items(), page.nextPageToken() == null ? null : NETWORKS + page.nextPageToken());
        });
    }

    @Override
    public List<Problem> validate(CreateRouteRequest request) {
        Problems problems = new Problems().required("virtualInterfaceId", request.virtualInterfaceId());
        problems.check(request.gatewayId() == null, "gatewayId", "Alibaba Cloud routes belong to a VBR: use virtualInterfaceId");
        destination(problems, "destination", request.destination());
        problems.check(request.nextHop() == null || request.nextHop().startsWith("ri-"), "nextHop",
                "must be a VBR interface (ri-...), or empty for the VBR's own");
        return problems.list();
    }

    /** A network prefix outside 100.64.0.0/10, which route tables refuse. */
    static void destination(Problems problems, String field, String prefix) {
        NetworkRules.networkPrefix(problems, field, prefix);
        Cidr.parse(prefix).ifPresent(cidr -> problems.check(cidr.isIpv6() || !SHARED_ADDRESS_SPACE.overlaps(cidr), field,
                "must not equal or lie inside 100.64.0.0/10"));
    }

    @Override
    public CompletableFuture<Route> create(CreateRouteRequest request) {
        String vbrId = request.virtualInterfaceId();
        String token = AlibabaApi.token(request.idempotencyKey());
        return vbrs.first("DescribeBgpGroups", "BgpGroups", "BgpGroup", vbrId).thenCompose(group -> group.isMissingNode()
                ? vbrs.describe(vbrId).thenCompose(vbr -> vbrs.createRouteEntry(vbr, request.destination(), request.nextHop(),
                        request.description(), token).thenCompose(entryId -> entry(vbr, entryId)))
                : api.write("AddBgpNetwork", api.params().put("RouterId", vbrId).put("DstCidrBlock", request.destination()),
                        token).thenCompose(response -> network(vbrId, request.destination())));
    }

    private CompletableFuture<Route> entry(JsonNode vbr, String entryId) {
        String vbrId = vbr.path("VbrId").asText();
        return api.read("DescribeRouteEntryList", api.params().put("RouteTableId", JsonFields.text(vbr, "RouteTableId"))
                .put("RouteEntryId", entryId)).thenApply(response -> {
                    JsonNode entry = response.path("RouteEntrys").path("RouteEntry").path(0);
                    if (entry.isMissingNode()) {
                        throw NotFound.of("route entry", entryId, response);
                    }
                    return AlibabaMapping.routeEntry(entry, vbrId);
                });
    }

    private CompletableFuture<Route> network(String vbrId, String destination) {
        return list(RouteQuery.ofVirtualInterface(vbrId), NETWORKS + "1").thenApply(page -> page.items().stream()
                .filter(route -> route.destination().equals(destination)).findFirst()
                .orElseThrow(() -> NotFound.of("BGP network", destination, MissingNode.getInstance())));
    }

    /**
     * A BGP network by its router and prefix; a route entry by its table, destination and next hop,
     * as the reference says for VBR routes. A repeated delete that finds the route gone is done.
     */
    @Override
    public CompletableFuture<Void> delete(Route route) {
        String vbrId = route.virtualInterfaceId();
        if (route.routeType() == RouteType.BGP) {
            return api.delete("DeleteBgpNetwork", api.params().put("RouterId", vbrId).put("DstCidrBlock", route.destination()))
                    .thenApply(response -> null);
        }
        return vbrs.describe(vbrId).thenCompose(vbr -> {
            String table = JsonFields.text(vbr, "RouteTableId");
            // UNVERIFIED: the reference reads "for VBR routes, read the NextHopId first", so the entry is named by its tuple.
            RpcParams params = api.params().put("RouteTableId", table).put("DestinationCidrBlock", route.destination())
                    .put("NextHopId", route.nextHop() != null ? route.nextHop() : JsonFields.text(vbr, "VlanInterfaceId"));
            return vbrs.settled(table)
                    .thenCompose(ready -> api.delete("DeleteRouteEntry", params))
                    .thenCompose(deleting -> vbrs.settled(table));
        }).thenApply(settled -> null);
    }
}
