package io.dclink.provider.tencent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dclink.core.validation.NetworkRules;
import io.dclink.core.validation.NumberRange;
import io.dclink.core.validation.Problems;
import io.dclink.core.validation.Ranges;
import io.dclink.error.Problem;
import io.dclink.lifecycle.OperationalStatus;
import io.dclink.model.BgpPeering;
import io.dclink.model.CreateVirtualInterfaceRequest;
import io.dclink.model.RoutingType;
import io.dclink.model.UpdateVirtualInterfaceRequest;
import io.dclink.model.VirtualInterface;
import io.dclink.model.VirtualInterfaceQuery;
import io.dclink.spi.Idempotency;
import io.dclink.spi.Page;
import io.dclink.spi.VirtualInterfaceDriver;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** Dedicated tunnels as virtual interfaces. */
final class TencentTunnels implements VirtualInterfaceDriver {

    static final int MIN_VLAN = 0;
    static final int MAX_VLAN = 3000;
    /** The interconnect prefixes seen in the official examples run from /24 to /30. */
    static final int SHORTEST_PREFIX = 24;
    static final int LONGEST_PREFIX = 30;
    private static final NumberRange CUSTOMER_ASN = new NumberRange(1, 4_294_967_294L);

    private final TencentApi api;

    TencentTunnels(TencentApi api) {
        this.api = api;
    }

    @Override
    public CompletableFuture<Page<VirtualInterface>> list(VirtualInterfaceQuery query, String pageToken) {
        ObjectNode params = Pages.window(api.params(), pageToken);
        if (!query.ids().isEmpty()) {
            query.ids().forEach(params.putArray("DirectConnectTunnelIds")::add);
        } else if (query.connectionId() != null) {
            TencentConnections.filter(params.putArray("Filters"), "direct-connect-id", List.of(query.connectionId()));
        }
        return api.read(TencentApi.DC, "DescribeDirectConnectTunnels", params).thenApply(response -> Pages.page(response,
                "DirectConnectTunnelSet", pageToken, node -> TencentMapping.tunnel(node, OperationalStatus.NOT_REPORTED),
                tunnel -> query.gatewayId() == null || query.gatewayId().equals(tunnel.gatewayId())));
    }

    /** Reads the tunnel, and its BGP session state from the extra describe where the site offers it. */
    @Override
    public CompletableFuture<VirtualInterface> get(String id) {
        return describe(id).thenCompose(tunnel -> extra(id)
                .thenApply(extra -> TencentMapping.tunnel(tunnel, extra.map(TencentMapping::bgpStatus)
                        .orElse(OperationalStatus.NOT_REPORTED))));
    }

    CompletableFuture<JsonNode> describe(String id) {
        ObjectNode params = api.params();
        params.putArray("DirectConnectTunnelIds").add(id);
        return api.read(TencentApi.DC, "DescribeDirectConnectTunnels", params).thenApply(response -> {
            JsonNode set = response.path("DirectConnectTunnelSet");
            if (set.isEmpty()) {
                throw NotFound.of("dedicated tunnel", id, response);
            }
            return set.get(0);
        });
    }

    /** UNVERIFIED: DescribeDirectConnectTunnelExtra may exist only on the China site; without it, no BGP state. */
    private CompletableFuture<Optional<JsonNode>> extra(String id) {
        return api.read(TencentApi.DC, "DescribeDirectConnectTunnelExtra", api.params().put("DirectConnectTunnelId", id))
                .thenApply(response -> Optional.of(response.path("DirectConnectTunnelExtra")))
                .exceptionally(failure -> Optional.empty());
    }

    @Override
    public List<Problem> validate(CreateVirtualInterfaceRequest request) {
        Problems problems = new Problems()
                .required("gatewayId", request.gatewayId())
                .required("networkId", request.networkId());
        problems.check(request.name() == null || request.name().length() <= 60, "name", "must be 1 to 60 characters");
        Ranges.vlan(problems, "vlan", request.vlan(), MIN_VLAN, MAX_VLAN);
        NetworkRules.peerPair(problems, "providerAddress", request.providerAddress(), "customerAddress",
                request.customerAddress(), SHORTEST_PREFIX, LONGEST_PREFIX);
        if (request.routing() == RoutingType.BGP && request.bgp() != null) {
            Ranges.within(problems, "bgp.customerAsn", request.bgp().customerAsn(), CUSTOMER_ASN);
        }
        for (int i = 0; i < request.staticPrefixes().size(); i++) {
            NetworkRules.networkPrefix(problems, "staticPrefixes[" + i + "]", request.staticPrefixes().get(i));
        }
        return problems.list();
    }

    @Override
    public CompletableFuture<VirtualInterface> create(CreateVirtualInterfaceRequest request) {
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
        TencentConnections.putIfPresent(params, "DirectConnectOwnerAccount", request.ownerAccount());
        if (request.bandwidthMbps() != null) {
            params.put("Bandwidth", request.bandwidthMbps());
        }
        String authKey = bgp(params, request.routing() == RoutingType.BGP ? request.bgp() : null);
        prefixes(params, request.staticPrefixes());
        IdempotencyTag.putTags(params, request.tags(), request.idempotencyKey());
        return api.call(TencentApi.DC, "CreateDirectConnectTunnel", params, Idempotency.NOT_IDEMPOTENT, authKey)
                .thenCompose(response -> get(response.path("DirectConnectTunnelIdSet").path(0).asText()));
    }

    @Override
    public CompletableFuture<Optional<VirtualInterface>> findCreated(CreateVirtualInterfaceRequest request) {
        ObjectNode params = Pages.window(api.params(), null);
        TencentConnections.filter(params.putArray("Filters"), "direct-connect-tunnel-name", List.of(request.name()));
        return api.read(TencentApi.DC, "DescribeDirectConnectTunnels", params).thenApply(response -> Pages.page(response,
                        "DirectConnectTunnelSet", null, node -> TencentMapping.tunnel(node, OperationalStatus.NOT_REPORTED),
                        tunnel -> IdempotencyTag.carries(tunnel.tags(), request.idempotencyKey())))
                .thenApply(page -> page.items().stream().findFirst());
    }

    @Override
    public CompletableFuture<VirtualInterface> update(String id, UpdateVirtualInterfaceRequest request) {
        ObjectNode params = api.params().put("DirectConnectTunnelId", id);
        TencentConnections.putIfPresent(params, "DirectConnectTunnelName", request.name());
        if (request.bandwidthMbps() != null) {
            params.put("Bandwidth", request.bandwidthMbps());
        }
        String authKey = bgp(params, request.bgp());
        if (request.staticPrefixes() != null) {
            prefixes(params, request.staticPrefixes());
        }
        return modify(params, authKey).thenCompose(response -> get(id));
    }

    CompletableFuture<JsonNode> modify(ObjectNode params, String sensitive) {
        return api.call(TencentApi.DC, "ModifyDirectConnectTunnelAttribute", params, Idempotency.IDEMPOTENT, sensitive);
    }

    @Override
    public CompletableFuture<Void> delete(String id) {
        return simple("DeleteDirectConnectTunnel", id).thenApply(response -> null);
    }

    @Override
    public CompletableFuture<VirtualInterface> accept(String id) {
        return simple("AcceptDirectConnectTunnel", id).thenCompose(response -> get(id));
    }

    @Override
    public CompletableFuture<VirtualInterface> reject(String id) {
        return simple("RejectDirectConnectTunnel", id).thenCompose(response -> get(id));
    }

    private CompletableFuture<JsonNode> simple(String action, String id) {
        return api.call(TencentApi.DC, action, api.params().put("DirectConnectTunnelId", id), Idempotency.IDEMPOTENT, null);
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
