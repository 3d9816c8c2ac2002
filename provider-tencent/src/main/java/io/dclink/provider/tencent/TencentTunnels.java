package io.dclink.provider.tencent;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dclink.error.Problem;
import io.dclink.error.ProtocolException;
import io.dclink.kit.call.Calls;
import io.dclink.kit.json.JsonRecord;
import io.dclink.kit.paging.Pages;
import io.dclink.kit.validation.NetworkRules;
import io.dclink.kit.validation.Problems;
import io.dclink.kit.validation.Ranges;
import io.dclink.lifecycle.OperationalStatus;
import io.dclink.model.BgpPeering;
import io.dclink.model.CreateVirtualInterfaceRequest;
import io.dclink.model.RoutingType;
import io.dclink.model.UpdateVirtualInterfaceRequest;
import io.dclink.model.VirtualInterface;
import io.dclink.model.VirtualInterfaceQuery;
import io.dclink.spi.Page;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

/** Dedicated tunnels as virtual interfaces. */
final class TencentTunnels {

    static final int MIN_VLAN = 0;
    static final int MAX_VLAN = 3000;
    /** The interconnect prefixes seen in the official examples run from /24 to /30. */
    static final int SHORTEST_PREFIX = 24;
    static final int LONGEST_PREFIX = 30;
    /** UNVERIFIED: the BGP key's length is undocumented; the usual MD5 key limit of 80 characters is assumed. */
    static final int MAX_AUTH_KEY = 80;
    /** UNVERIFIED: every line id has the reference's form {@code dc-xxxxxxxx}, eight lowercase letters or digits. */
    private static final Pattern LINE_ID = Pattern.compile("dc-[a-z0-9]{8}");

    private final TencentApi api;

    TencentTunnels(TencentApi api) {
        this.api = api;
    }

    CompletableFuture<Page<VirtualInterface>> list(VirtualInterfaceQuery query, String pageToken) {
        ObjectNode params = api.window(pageToken);
        if (!query.ids().isEmpty()) {
            query.ids().forEach(params.putArray("DirectConnectTunnelIds")::add);
        } else if (query.connectionId() != null) {
            TencentApi.filter(params.putArray("Filters"), "direct-connect-id", List.of(query.connectionId()));
        }
        return api.dc().read("DescribeDirectConnectTunnels", params).thenApply(response -> api.page(response,
                "DirectConnectTunnelSet", pageToken, node -> TencentMapping.tunnel(node, OperationalStatus.NOT_REPORTED),
                tunnel -> query.gatewayId() == null || query.gatewayId().equals(tunnel.gatewayId())));
    }

    /** Reads the tunnel, and its BGP session state from the extra describe where the site offers it. */
    CompletableFuture<VirtualInterface> get(String id) {
        return describe(id).thenCompose(tunnel -> extra(id)
                .thenApply(extra -> TencentMapping.tunnel(tunnel, extra.map(TencentMapping::bgpStatus)
                        .orElse(OperationalStatus.NOT_REPORTED))));
    }

    CompletableFuture<JsonRecord> describe(String id) {
        ObjectNode params = api.params();
        params.putArray("DirectConnectTunnelIds").add(id);
        return api.dc().read("DescribeDirectConnectTunnels", params).thenApply(response -> api.one(response,
                "DirectConnectTunnelSet", "DirectConnectTunnelId", id, "dedicated tunnel"));
    }

    /**
     * UNVERIFIED: DescribeDirectConnectTunnelExtra may exist only on the China site; without it, no BGP
     * state. An answer about another tunnel is a protocol error, never that tunnel's state.
     */
    private CompletableFuture<Optional<JsonRecord>> extra(String id) {
        return api.dc().read("DescribeDirectConnectTunnelExtra", api.params().put("DirectConnectTunnelId", id))
                .handle((response, failure) -> {
                    if (failure != null) {
                        if (Calls.is(failure, ProtocolException.class)) {
                            throw Calls.rethrow(failure);
                        }
                        return Optional.<JsonRecord>empty();
                    }
                    JsonRecord extra = response.record("DirectConnectTunnelExtra");
                    String answered = extra.text("DirectConnectTunnelId");
                    if (!id.equals(answered)) {
                        throw extra.error("asked for the extra of dedicated tunnel " + id + ", the provider answered "
                                + (answered == null ? "one without DirectConnectTunnelId" : "that of " + answered));
                    }
                    return Optional.of(extra);
                });
    }

    static List<Problem> validateCreate(CreateVirtualInterfaceRequest request) {
        Problems problems = new Problems()
                .required("gatewayId", request.gatewayId())
                .required("networkId", request.networkId())
                .text("gatewayId", request.gatewayId(), TencentLimits.ID)
                .text("networkId", request.networkId(), TencentLimits.ID)
                .text("ownerAccount", request.ownerAccount(), TencentLimits.ID)
                .check(request.connectionId() == null || LINE_ID.matcher(request.connectionId()).matches(), "connectionId",
                        "must be a Tencent line id: dc- and 8 lowercase letters or digits, e.g. dc-a1b2c3d4");
        TencentLimits.name(problems, "name", request.name(), TencentLimits.NAME);
        TencentLimits.noDescription(problems, request.description(), "a dedicated tunnel");
        problems.check(request.routing() != RoutingType.NONE, "routing", "a Tencent tunnel routes by BGP or static prefixes");
        Ranges.vlan(problems, "vlan", request.vlan(), MIN_VLAN, MAX_VLAN);
        bandwidth(problems, request.bandwidthMbps());
        NetworkRules.peerPair(problems, "providerAddress", request.providerAddress(), "customerAddress",
                request.customerAddress(), SHORTEST_PREFIX, LONGEST_PREFIX);
        if (request.routing() == RoutingType.BGP && request.bgp() != null) {
            bgp(problems, request.bgp());
        }
        for (int i = 0; i < request.staticPrefixes().size(); i++) {
            NetworkRules.networkPrefix(problems, "staticPrefixes[" + i + "]", request.staticPrefixes().get(i));
        }
        TencentLimits.tags(problems, request.tags());
        return problems.list();
    }

    static List<Problem> validateUpdate(UpdateVirtualInterfaceRequest request) {
        Problems problems = new Problems();
        TencentLimits.name(problems, "name", request.name(), TencentLimits.NAME);
        TencentLimits.noDescription(problems, request.description(), "a dedicated tunnel");
        bandwidth(problems, request.bandwidthMbps());
        if (request.bgp() != null) {
            bgp(problems, request.bgp());
        }
        if (request.staticPrefixes() != null) {
            for (int i = 0; i < request.staticPrefixes().size(); i++) {
                NetworkRules.networkPrefix(problems, "staticPrefixes[" + i + "]", request.staticPrefixes().get(i));
            }
        }
        return problems.list();
    }

    /** UNVERIFIED: a tunnel's bandwidth is undocumented beyond "defaults to the line's": the line's range applies. */
    private static void bandwidth(Problems problems, Integer mbps) {
        Ranges.bandwidth(problems, "bandwidthMbps", mbps, TencentConnections.MIN_BANDWIDTH, TencentConnections.MAX_BANDWIDTH);
    }

    private static void bgp(Problems problems, BgpPeering bgp) {
        Ranges.asn(problems, "bgp.customerAsn", bgp.customerAsn());
        problems.check(bgp.providerAsn() == null, "bgp.providerAsn",
                "is the DC gateway's ASN on Tencent Cloud (CreateDirectConnectGateway's GatewayAsn): leave it empty");
        if (bgp.authKey() != null) {
            problems.text("bgp.authKey", bgp.authKey().reveal(), MAX_AUTH_KEY);
        }
    }

    CompletableFuture<VirtualInterface> create(CreateVirtualInterfaceRequest request) {
        boolean ccn = request.networkId().startsWith("ccn-");
        ObjectNode params = api.params()
                .put("DirectConnectId", request.connectionId())
                .put("DirectConnectTunnelName", request.name())
                .put("NetworkType", ccn ? "CCN" : "VPC")
                .put("NetworkRegion", api.region())
                .put("DirectConnectGatewayId", request.gatewayId())
                .put("Vlan", request.vlan())
                .put("TencentAddress", request.providerAddress())
                .put("CustomerAddress", request.customerAddress())
                .put("RouteType", request.routing().name());
        if (!ccn) {
            params.put("VpcId", request.networkId());
        }
        TencentApi.putIfPresent(params, "DirectConnectOwnerAccount", request.ownerAccount());
        if (request.bandwidthMbps() != null) {
            params.put("Bandwidth", request.bandwidthMbps());
        }
        String authKey = bgp(params, request.routing() == RoutingType.BGP ? request.bgp() : null);
        prefixes(params, request.staticPrefixes());
        IdempotencyTag.putTags(params, request.tags(), request.idempotencyKey());
        return api.dc().write("CreateDirectConnectTunnel", params, authKey)
                .thenCompose(response -> get(TencentApi.createdId(response, "DirectConnectTunnelIdSet", "dcx-")));
    }

    /** The tunnel a create with this idempotency key made, if any: every page of the tunnels with its name is read. */
    CompletableFuture<Optional<VirtualInterface>> findCreated(CreateVirtualInterfaceRequest request) {
        return Pages.all(token -> named(request.name(), token), api.errors(), "dedicated tunnels named " + request.name())
                .thenApply(tunnels -> tunnels.stream()
                        .filter(tunnel -> IdempotencyTag.carries(tunnel.tags(), request.idempotencyKey())).findFirst());
    }

    private CompletableFuture<Page<VirtualInterface>> named(String name, String token) {
        ObjectNode params = api.window(token);
        TencentApi.filter(params.putArray("Filters"), "direct-connect-tunnel-name", List.of(name));
        return api.dc().read("DescribeDirectConnectTunnels", params).thenApply(response -> api.page(response,
                "DirectConnectTunnelSet", token, node -> TencentMapping.tunnel(node, OperationalStatus.NOT_REPORTED),
                tunnel -> true));
    }

    CompletableFuture<VirtualInterface> update(String id, UpdateVirtualInterfaceRequest request) {
        ObjectNode params = api.params().put("DirectConnectTunnelId", id);
        TencentApi.putIfPresent(params, "DirectConnectTunnelName", request.name());
        if (request.bandwidthMbps() != null) {
            params.put("Bandwidth", request.bandwidthMbps());
        }
        String authKey = bgp(params, request.bgp());
        if (request.staticPrefixes() != null) {
            prefixes(params, request.staticPrefixes());
        }
        return modify(params, authKey).thenCompose(response -> get(id));
    }

    CompletableFuture<JsonRecord> modify(ObjectNode params, String sensitive) {
        return api.dc().repeatableWrite("ModifyDirectConnectTunnelAttribute", params, sensitive);
    }

    CompletableFuture<Void> delete(String id) {
        return api.dc().delete("DeleteDirectConnectTunnel", api.params().put("DirectConnectTunnelId", id));
    }

    CompletableFuture<VirtualInterface> accept(String id) {
        return decide("AcceptDirectConnectTunnel", id);
    }

    CompletableFuture<VirtualInterface> reject(String id) {
        return decide("RejectDirectConnectTunnel", id);
    }

    private CompletableFuture<VirtualInterface> decide(String action, String id) {
        return api.dc().repeatableWrite(action, api.params().put("DirectConnectTunnelId", id)).thenCompose(response -> get(id));
    }

    /** Writes BgpPeer and returns the auth key, which must never be logged. */
    private static String bgp(ObjectNode params, BgpPeering bgp) {
        if (bgp == null) {
            return null;
        }
        ObjectNode peer = params.putObject("BgpPeer");
        if (bgp.customerAsn() != null) {
            peer.put("Asn", bgp.customerAsn());
        }
        if (bgp.authKey() != null) {
            peer.put("AuthKey", bgp.authKey().reveal());
            return bgp.authKey().reveal();
        }
        return null;
    }

    static void prefixes(ObjectNode params, List<String> prefixes) {
        ArrayNode array = params.putArray("RouteFilterPrefixes");
        prefixes.forEach(prefix -> array.addObject().put("Cidr", prefix));
    }
}
