package io.dclink.provider.alibaba;

import io.dclink.error.ErrorContext;
import io.dclink.error.InvalidStateException;
import io.dclink.error.Problem;
import io.dclink.error.ValidationException;
import io.dclink.kit.async.Polling;
import io.dclink.kit.json.JsonRecord;
import io.dclink.kit.paging.Pages;
import io.dclink.kit.paging.TokenPaging;
import io.dclink.kit.validation.Cidr;
import io.dclink.kit.validation.NetworkRules;
import io.dclink.kit.validation.NumberRange;
import io.dclink.kit.validation.Problems;
import io.dclink.kit.validation.Ranges;
import io.dclink.lifecycle.ResourceType;
import io.dclink.model.BgpPeering;
import io.dclink.model.CreateVirtualInterfaceRequest;
import io.dclink.model.Route;
import io.dclink.model.RoutingType;
import io.dclink.model.UpdateVirtualInterfaceRequest;
import io.dclink.model.VirtualInterface;
import io.dclink.model.VirtualInterfaceQuery;
import io.dclink.spi.Page;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Virtual border routers (VBRs) as virtual interfaces. A VBR is its own gateway. BGP lives in a
 * BGP group and peer on the VBR; static routing in custom entries of the VBR's route table.
 */
final class BorderRouters {

    static final int MIN_VLAN = 0;
    static final int MAX_VLAN = 2999;
    static final int SHORTEST_PREFIX = 24;
    /** UNVERIFIED: /31 is not listed for PeeringSubnetMask. */
    static final int LONGEST_PREFIX = 30;
    /** Alibaba's side of every BGP session. */
    static final long ALIBABA_ASN = 45_104;
    static final Set<Integer> BANDWIDTHS = Set.of(50, 100, 200, 300, 400, 500, 1000, 2048, 5120, 8192, 10_240, 20_480,
            40_960, 50_120, 61_440, 102_400);
    /** UNVERIFIED: AuthKey's length is undocumented; the usual MD5 key limit of 80 characters is assumed. */
    static final int MAX_AUTH_KEY = 80;
    private static final Duration FIRST_PAUSE = Duration.ofMillis(200);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(5);
    private static final int MAX_READS = 30;

    private final AlibabaApi api;
    private final ScheduledExecutorService scheduler;

    BorderRouters(AlibabaApi api, ScheduledExecutorService scheduler) {
        this.api = api;
        this.scheduler = scheduler;
    }

    CompletableFuture<Page<VirtualInterface>> list(VirtualInterfaceQuery query, String pageToken) {
        RpcParams params = api.window(pageToken).put("IncludeCrossAccountVbr", true);
        if (!query.ids().isEmpty()) {
            params.filter("VbrId", query.ids());
        }
        if (query.connectionId() != null) {
            params.filter("PhysicalConnectionId", List.of(query.connectionId()));
        }
        return api.read("DescribeVirtualBorderRouters", params).thenApply(response -> api.page(response,
                "VirtualBorderRouterSet", "VirtualBorderRouterType", pageToken,
                node -> AlibabaMapping.vbr(node, Optional.empty(), Optional.empty(), List.of(), false),
                vbr -> query.gatewayId() == null || query.gatewayId().equals(vbr.id())));
    }

    /** The VBR, with its BGP group and peer, or its static routes. */
    CompletableFuture<VirtualInterface> get(String id) {
        return describe(id).thenCompose(vbr -> first(GROUPS, id)
                .thenCompose(group -> first(PEERS, id)
                        .thenCompose(peer -> (group.isEmpty() ? staticPrefixes(vbr) : CompletableFuture
                                .completedFuture(List.<String>of()))
                                .thenApply(prefixes -> AlibabaMapping.vbr(vbr, group, peer, prefixes, true)))));
    }

    CompletableFuture<JsonRecord> describe(String id) {
        RpcParams params = api.params().put("IncludeCrossAccountVbr", true).filter("VbrId", List.of(id));
        return api.read("DescribeVirtualBorderRouters", params).thenApply(response -> api.one(response,
                "VirtualBorderRouterSet", "VirtualBorderRouterType", "VbrId", id, "virtual border router"));
    }

    /** A VBR's BGP groups or BGP peers: the describe action, where its answer keeps them, and their id field. */
    record BgpObjects(String describe, String set, String item, String idField, String delete) {
    }

    static final BgpObjects GROUPS = new BgpObjects("DescribeBgpGroups", "BgpGroups", "BgpGroup", "BgpGroupId",
            "DeleteBgpGroup");
    static final BgpObjects PEERS = new BgpObjects("DescribeBgpPeers", "BgpPeers", "BgpPeer", "BgpPeerId", "DeleteBgpPeer");

    /** The first BGP group or peer of a VBR, if it has one. */
    CompletableFuture<Optional<JsonRecord>> first(BgpObjects kind, String vbrId) {
        return all(kind, vbrId).thenApply(records -> records.stream().findFirst());
    }

    /**
     * Every BGP group or peer of a VBR (a VBR has at most eight), page after page with the kit's
     * guards. Each must belong to the VBR asked about: an object of another router is a protocol
     * error, never this VBR's routing.
     */
    CompletableFuture<List<JsonRecord>> all(BgpObjects kind, String vbrId) {
        return Pages.all(token -> api.read(kind.describe(), api.window(token).put("RouterId", vbrId))
                        .thenApply(response -> api.page(response, kind.set(), kind.item(), token, record -> {
                            String router = record.text("RouterId");
                            if (!vbrId.equals(router)) {
                                throw record.error("asked for the " + kind.item() + " objects of VBR " + vbrId
                                        + ", the provider answered one of " + (router == null ? "no router" : router));
                            }
                            return new SubRecord(record.requiredText(kind.idField()), record, ResourceType.VIRTUAL_INTERFACE);
                        }, item -> true)), api.errors(), kind.item() + " objects of " + vbrId)
                .thenApply(items -> items.stream().map(SubRecord::record).toList());
    }

    private CompletableFuture<List<String>> staticPrefixes(JsonRecord vbr) {
        String table = vbr.text("RouteTableId");
        if (table == null) {
            return CompletableFuture.completedFuture(List.of());
        }
        return entries(vbr.requiredText("VbrId"), table).thenApply(entries -> entries.stream().map(Route::destination)
                .toList());
    }

    /**
     * One page of the custom entries of a route table (NextToken paging, 100 at most), as routes of
     * the VBR. A page without entries that still names a next page would never end: a protocol error.
     */
    CompletableFuture<Page<Route>> routeEntries(String vbrId, String table, String nextToken) {
        return api.read("DescribeRouteEntryList", api.params().put("RouteTableId", table).put("RouteEntryType", "Custom")
                .put("MaxResult", 100).put("NextToken", nextToken))
                .thenApply(response -> {
                    List<Route> routes = response.record("RouteEntrys").records("RouteEntry").stream()
                            .map(entry -> AlibabaMapping.routeEntry(entry, vbrId)).toList();
                    Long total = response.longValue("TotalCount");
                    if (routes.isEmpty() && total != null && total > 0) {
                        throw response.error("the route entries are empty, but TotalCount says " + total);
                    }
                    Page<Route> page = TokenPaging.page(routes, response.text("NextToken"));
                    if (routes.isEmpty() && page.nextPageToken() != null) {
                        throw response.error("an empty page of route entries names a next page ('"
                                + page.nextPageToken() + "'), which would never end");
                    }
                    return page;
                });
    }

    /** Every custom entry of a route table, page after page, ending even when the token cycles or never ends. */
    CompletableFuture<List<Route>> entries(String vbrId, String table) {
        return Pages.all(token -> routeEntries(vbrId, table, token), api.errors(), "route entries of " + table);
    }

    static List<Problem> validate(CreateVirtualInterfaceRequest request) {
        Problems problems = new Problems();
        problems.check(request.gatewayId() == null, "gatewayId", "an Alibaba Cloud VBR is its own gateway: leave it empty");
        problems.check(request.networkId() == null, "networkId",
                "a VBR reaches VPCs through CEN or router interfaces, which dclink does not manage: leave it empty");
        problems.check(request.routing() != RoutingType.NONE, "routing", "an Alibaba Cloud VBR routes by BGP or static routes");
        Ranges.vlan(problems, "vlan", request.vlan(), MIN_VLAN, MAX_VLAN);
        problems.required("providerAddress", request.providerAddress()).required("customerAddress", request.customerAddress());
        if (request.providerAddress() != null && request.customerAddress() != null) {
            NetworkRules.peerPair(problems, "providerAddress", request.providerAddress(), "customerAddress",
                    request.customerAddress(), SHORTEST_PREFIX, LONGEST_PREFIX);
            problems.check(Cidr.parse(request.providerAddress()).map(cidr -> !cidr.isIpv6()).orElse(true),
                    "providerAddress", "IPv6 peering is not supported by dclink yet");
        }
        bandwidth(problems, request.bandwidthMbps());
        AlibabaLimits.name(problems, "name", request.name());
        AlibabaLimits.description(problems, request.description());
        AlibabaLimits.tags(problems, request.tags());
        problems.text("connectionId", request.connectionId(), AlibabaLimits.ID);
        if (request.routing() == RoutingType.BGP && request.bgp() != null) {
            bgp(problems, request.bgp());
        }
        problems.check(request.ownerAccount() == null, "ownerAccount", "a VBR created for another account is configured "
                + "(BGP, routes) by that account, which dclink cannot do from yours: create it in the console");
        for (int i = 0; i < request.staticPrefixes().size(); i++) {
            AlibabaRoutes.destination(problems, "staticPrefixes[" + i + "]", request.staticPrefixes().get(i));
        }
        return problems.list();
    }

    static List<Problem> validateUpdate(UpdateVirtualInterfaceRequest request) {
        Problems problems = new Problems();
        AlibabaLimits.name(problems, "name", request.name());
        AlibabaLimits.description(problems, request.description());
        bandwidth(problems, request.bandwidthMbps());
        problems.check(request.staticPrefixes() == null, "staticPrefixes",
                "change a VBR's static routes with routes().create and routes().delete");
        if (request.bgp() != null) {
            bgp(problems, request.bgp());
            problems.check(request.bgp().providerAsn() == null, "bgp.providerAsn",
                    "the BGP group's local ASN is set when it is created; ModifyBgpGroupAttribute changes the peer's");
        }
        return problems.list();
    }

    private static void bandwidth(Problems problems, Integer mbps) {
        problems.check(mbps == null || BANDWIDTHS.contains(mbps), "bandwidthMbps",
                "must be one of " + BANDWIDTHS.stream().sorted().toList());
    }

    /** The customer's ASN (not Alibaba's 45104), the provider side's (45104 or a private one but 65025) and the key. */
    private static void bgp(Problems problems, BgpPeering bgp) {
        if (bgp.customerAsn() != null) {
            Ranges.asn(problems, "bgp.customerAsn", bgp.customerAsn());
            problems.check(bgp.customerAsn() != ALIBABA_ASN, "bgp.customerAsn",
                    "must not be Alibaba Cloud's own ASN " + ALIBABA_ASN);
        }
        if (bgp.providerAsn() != null) {
            long local = bgp.providerAsn();
            problems.check(local == ALIBABA_ASN || (NumberRange.ASN_PRIVATE_2_BYTE.contains(local) && local != 65_025)
                    || NumberRange.ASN_PRIVATE_4_BYTE.contains(local), "bgp.providerAsn",
                    "must be 45104, 64512-65534 (not 65025) or 4200000000-4294967294");
        }
        if (bgp.authKey() != null) {
            problems.text("bgp.authKey", bgp.authKey().reveal(), 1, MAX_AUTH_KEY);
        }
    }

    CompletableFuture<VirtualInterface> create(CreateVirtualInterfaceRequest request) {
        Cidr local = Cidr.parse(request.providerAddress()).orElseThrow();
        Cidr peer = Cidr.parse(request.customerAddress()).orElseThrow();
        RpcParams params = api.params()
                .put("PhysicalConnectionId", request.connectionId())
                .put("VlanId", request.vlan())
                .put("LocalGatewayIp", local.address().getHostAddress())
                .put("PeerGatewayIp", peer.address().getHostAddress())
                .put("PeeringSubnetMask", Masks.mask(local.prefixLength()))
                .put("Bandwidth", request.bandwidthMbps())
                .put("Name", request.name())
                .put("Description", request.description())
                .tags("Tags", request.tags());
        String key = request.idempotencyKey();
        return api.write("CreateVirtualBorderRouter", params, key)
                .thenApply(response -> AlibabaApi.id(response, "VbrId", "vbr-"))
                .thenCompose(vbrId -> (request.routing() == RoutingType.BGP
                        ? createBgp(vbrId, request.name(), request.bgp(), peer, key)
                        : createStaticRoutes(vbrId, request.staticPrefixes(), key))
                        .thenCompose(done -> get(vbrId)));
    }

    private CompletableFuture<Void> createBgp(String vbrId, String name, BgpPeering bgp, Cidr peer, String key) {
        String authKey = bgp.authKey() == null ? null : bgp.authKey().reveal();
        RpcParams group = api.params().put("RouterId", vbrId).put("PeerAsn", bgp.customerAsn()).put("AuthKey", authKey)
                .put("LocalAsn", bgp.providerAsn()).put("Name", name);
        return api.write("CreateBgpGroup", group, AlibabaApi.token(key, "bgp-group"), authKey)
                .thenCompose(response -> api.write("CreateBgpPeer", api.params()
                        .put("BgpGroupId", AlibabaApi.id(response, "BgpGroupId", "bgpg-"))
                        .put("PeerIpAddress", peer.address().getHostAddress()), AlibabaApi.token(key, "bgp-peer")))
                .thenApply(response -> null);
    }

    /** One route entry after the other: the table takes no new entry while one is still pending. */
    private CompletableFuture<Void> createStaticRoutes(String vbrId, List<String> prefixes, String key) {
        CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
        for (String prefix : prefixes) {
            chain = chain.thenCompose(done -> describe(vbrId))
                    .thenCompose(vbr -> createRouteEntry(vbr, prefix, null, null, AlibabaApi.token(key, "route/" + prefix)))
                    .thenApply(entryId -> null);
        }
        return chain;
    }

    /** Creates an entry toward the customer once the table is settled, and waits (briefly) until it is in effect. */
    CompletableFuture<String> createRouteEntry(JsonRecord vbr, String destination, String nextHop, String description,
            String token) {
        String vbrId = vbr.requiredText("VbrId");
        String table = vbr.text("RouteTableId");
        // UNVERIFIED: the VBR interface (VlanInterfaceId) is the next hop toward the customer, of type RouterInterface.
        RpcParams params = api.params()
                .put("RouteTableId", table)
                .put("DestinationCidrBlock", destination)
                .put("NextHopType", "RouterInterface")
                .put("NextHopId", nextHop != null ? nextHop : vbr.text("VlanInterfaceId"))
                .put("Description", description);
        return settled(vbrId, table)
                .thenCompose(ready -> api.write("CreateRouteEntry", params, token))
                .thenApply(response -> AlibabaApi.id(response, "RouteEntryId", "rte-"))
                .thenCompose(entryId -> settled(vbrId, table).thenApply(ready -> entryId));
    }

    /** Waits until no entry of the table is pending or being deleted, as Terraform does before each change. */
    CompletableFuture<List<Route>> settled(String vbrId, String table) {
        return Polling.until(() -> entries(vbrId, table), entries -> entries.stream().noneMatch(BorderRouters::busy),
                scheduler, FIRST_PAUSE, LONGEST_PAUSE, MAX_READS).thenApply(entries -> {
                    if (entries.stream().anyMatch(BorderRouters::busy)) {
                        throw new InvalidStateException("Route table " + table + " still has an entry being created or "
                                + "deleted after " + MAX_READS + " reads: try again later",
                                ErrorContext.of(AlibabaProvider.ID).withRetryable(true), null);
                    }
                    return entries;
                });
    }

    private static boolean busy(Route entry) {
        String status = entry.providerState().value();
        return "Pending".equals(status) || "Deleting".equals(status) || "Modifying".equals(status);
    }

    CompletableFuture<VirtualInterface> update(String id, UpdateVirtualInterfaceRequest request) {
        if (request.staticPrefixes() != null) {
            return CompletableFuture.failedFuture(new ValidationException(ErrorContext.of(AlibabaProvider.ID), List.of(
                    new Problem("staticPrefixes", "change a VBR's static routes with routes().create and routes().delete"))));
        }
        RpcParams params = api.params().put("VbrId", id).put("Name", request.name()).put("Description", request.description())
                .put("Bandwidth", request.bandwidthMbps());
        CompletableFuture<?> modified = api.write("ModifyVirtualBorderRouterAttribute", params, AlibabaApi.token(null));
        if (request.bgp() != null) {
            modified = modified.thenCompose(done -> first(GROUPS, id))
                    .thenCompose(group -> modifyBgp(id, group, request.bgp()));
        }
        return modified.thenCompose(done -> get(id));
    }

    private CompletableFuture<JsonRecord> modifyBgp(String vbrId, Optional<JsonRecord> group, BgpPeering bgp) {
        if (group.isEmpty()) {
            return CompletableFuture.failedFuture(new ValidationException(ErrorContext.of(AlibabaProvider.ID), List.of(
                    new Problem("bgp", "VBR " + vbrId + " routes statically; it has no BGP session to change"))));
        }
        String authKey = bgp.authKey() == null ? null : bgp.authKey().reveal();
        RpcParams params = api.params().put("BgpGroupId", group.get().requiredText("BgpGroupId"))
                .put("PeerAsn", bgp.customerAsn()).put("AuthKey", authKey);
        return api.repeatableWrite("ModifyBgpGroupAttribute", params, authKey);
    }

    /**
     * Removes the BGP peers, then the BGP groups, then the VBR: each kind goes only once the one
     * before it is gone (DependencyViolation otherwise).
     */
    CompletableFuture<Void> delete(String id) {
        return removeAll(id, PEERS)
                .thenCompose(done -> removeAll(id, GROUPS))
                .thenCompose(gone -> api.write("DeleteVirtualBorderRouter", api.params().put("VbrId", id),
                        AlibabaApi.token(null)))
                .thenApply(response -> null);
    }

    private CompletableFuture<Void> removeAll(String vbrId, BgpObjects kind) {
        return all(kind, vbrId).thenCompose(found -> {
            CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
            for (JsonRecord each : found) {
                chain = chain.thenCompose(done -> api.delete(kind.delete(),
                        api.params().put(kind.idField(), each.requiredText(kind.idField()))));
            }
            return chain;
        }).thenCompose(done -> Polling.until(() -> all(kind, vbrId), List::isEmpty, scheduler, FIRST_PAUSE,
                LONGEST_PAUSE, MAX_READS)).thenAccept(left -> {
                    if (!left.isEmpty()) {
                        throw new InvalidStateException("VBR " + vbrId + " still has " + left.size() + " " + kind.item()
                                + " object(s) being deleted: delete it again later",
                                ErrorContext.of(AlibabaProvider.ID).withRetryable(true), null);
                    }
                });
    }

    CompletableFuture<VirtualInterface> terminate(String id) {
        return api.write("TerminateVirtualBorderRouter", api.params().put("VbrId", id), AlibabaApi.token(null))
                .thenCompose(response -> get(id));
    }

    CompletableFuture<VirtualInterface> recover(String id) {
        return api.write("RecoverVirtualBorderRouter", api.params().put("VbrId", id), AlibabaApi.token(null))
                .thenCompose(response -> get(id));
    }
}
