package io.dclink.testkit.tencent;

import static io.dclink.testkit.emulator.LifecycleTrigger.action;
import static io.dclink.testkit.emulator.LifecycleTrigger.after;
import static io.dclink.testkit.emulator.LifecycleTrigger.customerAfter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dclink.testkit.emulator.RawLifecycle;
import io.dclink.testkit.emulator.StoredJson;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Dedicated tunnels ({@code DirectConnectTunnel}). The provider configures a tunnel in minutes:
 * {@code ALLOCATING} 2 minutes after the request, {@code ALLOCATED} 5 minutes after it, and
 * {@code AVAILABLE} with its BGP session up 30 minutes after it unless the customer's router came
 * up earlier. A tunnel another account requests on a line waits in {@code COMFIRMING} until the
 * line's owner accepts or rejects it. Deleting a tunnel takes a minute.
 */
final class Tunnels {

    private static final int MAX_TUNNELS_PER_LINE = 50;

    private final TencentCloud cloud;
    final Map<String, ObjectNode> store = new LinkedHashMap<>();
    final RawLifecycle lifecycle;

    Tunnels(TencentCloud cloud) {
        this.cloud = cloud;
        this.lifecycle = RawLifecycle.of("tunnel")
                .row("PENDING", after(Duration.ofMinutes(2)), "ALLOCATING")
                .row("ALLOCATING", after(Duration.ofMinutes(3)), "ALLOCATED")
                .row("ALLOCATED", customerAfter(Duration.ofMinutes(25)), "AVAILABLE")
                .row("ALLOCATED", action("linkUp"), "AVAILABLE")
                .row("ALTERING", action(RawLifecycle.ADVANCE), "AVAILABLE")
                .row("COMFIRMING", action("accept"), "PENDING")
                .row("COMFIRMING", action("reject"), "REJECTED")
                .rows(List.of("AVAILABLE", "ALLOCATED", "REJECTED", "COMFIRMING"), action("delete"), "DELETING")
                .row("DELETING", after(Duration.ofMinutes(1)), RawLifecycle.REMOVED)
                .onEntering("AVAILABLE", entered -> {
                    // a tunnel that has finished altering keeps its session as it was
                    if (entered.from().equals("ALLOCATED")) {
                        store.get(entered.resourceId()).put("_bgp", "Established");
                    }
                })
                .build(store, "State", cloud.clock(), cloud);
    }

    ObjectNode create(ObjectNode p, String account) {
        String lineId = Params.required(p, "DirectConnectId");
        String name = Params.required(p, "DirectConnectTunnelName");
        if (name.isEmpty() || name.length() > 60) {
            throw new TcError("InvalidParameterValue", "DirectConnectTunnelName must be 1 to 60 characters.");
        }
        String owner = p.hasNonNull("DirectConnectOwnerAccount") ? p.get("DirectConnectOwnerAccount").asText() : account;
        ObjectNode line = cloud.lines().line(lineId, owner);
        if (!line.get("State").asText().equals("AVAILABLE")) {
            throw TcError.stateConflict("The line " + lineId + " is not available.");
        }
        int vlan = p.path("Vlan").asInt(1);
        if (vlan < 0 || vlan > 3000) {
            throw new TcError("InvalidParameterValue", "Vlan must be between 0 and 3000.");
        }
        List<ObjectNode> onLine = onLine(lineId);
        if (onLine.stream().anyMatch(t -> t.get("Vlan").asInt() == vlan || t.get("Vlan").asInt() == 0) || (vlan == 0 && !onLine.isEmpty())) {
            throw new TcError("InvalidParameter.VlanConflict", "The VLAN " + vlan + " conflicts with a tunnel on the line.");
        }
        if (onLine.size() >= MAX_TUNNELS_PER_LINE) {
            throw new TcError("LimitExceeded.DirectConnectTunnelLimitExceeded", "The line's tunnel quota is reached.");
        }
        String networkType = p.path("NetworkType").asText("VPC");
        if (!List.of("VPC", "BMVPC", "CCN").contains(networkType)) {
            throw new TcError("InvalidParameterValue", "NetworkType " + networkType + " is not valid.");
        }
        if (networkType.equals("VPC") && !p.hasNonNull("VpcId")) {
            throw new TcError("MissingParameter", "VpcId is required when NetworkType is VPC.");
        }
        ObjectNode gateway = null;
        if (p.hasNonNull("DirectConnectGatewayId")) {
            gateway = cloud.gateways().gateway(p.get("DirectConnectGatewayId").asText(), account);
            if (networkType.equals("VPC") && !gateway.get("NetworkInstanceId").asText().equals(p.get("VpcId").asText())) {
                throw new TcError("InvalidParameterValue", "The DC gateway belongs to another VPC.");
            }
        }
        String routeType = p.path("RouteType").asText("BGP");
        if (!routeType.equals("BGP") && !routeType.equals("STATIC")) {
            throw new TcError("InvalidParameterValue", "RouteType must be BGP or STATIC.");
        }
        Ipv4.checkPeering(p.path("TencentAddress").asText(""), p.path("CustomerAddress").asText(""));
        String id = cloud.newId("dcx-");
        boolean own = owner.equals(account);
        ObjectNode tunnel = Params.JSON.createObjectNode().put("DirectConnectTunnelId", id).put("DirectConnectId", lineId)
                .put("State", own ? "PENDING" : "COMFIRMING").put("DirectConnectOwnerAccount", owner)
                .put("OwnerAccount", account).put("NetworkType", networkType)
                .put("NetworkRegion", p.path("NetworkRegion").asText(cloud.region()))
                .put("VpcId", p.path("VpcId").asText("")).put("DirectConnectGatewayId", p.path("DirectConnectGatewayId").asText(""))
                .put("DirectConnectGatewayName", gateway == null ? "" : gateway.get("DirectConnectGatewayName").asText())
                .put("RouteType", routeType).put("Vlan", vlan)
                .put("Bandwidth", p.path("Bandwidth").asInt(line.get("Bandwidth").asInt()))
                .put("TencentAddress", p.path("TencentAddress").asText("")).put("CustomerAddress", p.path("CustomerAddress").asText(""))
                .put("TencentBackupAddress", p.path("TencentBackupAddress").asText(""))
                .put("DirectConnectTunnelName", name).put("CreatedTime", TencentCloud.iso(cloud.now()))
                .put("AccessPointId", line.get("AccessPointId").asText()).put("AccessPointType", "VXLAN")
                .put("SignLaw", true).put("ShareOrNot", own ? 0 : 1).put("EnableBGPCommunity", false)
                .put("NatType", 0).put("BfdEnable", p.path("BfdEnable").asInt(0)).put("_bgp", "Connect");
        ObjectNode bgp = tunnel.putObject("BgpPeer").put("CloudAsn", 45090L);
        bgp.put("Asn", routeType.equals("BGP") ? p.path("BgpPeer").path("Asn").asLong(-1) : -1)
                .put("AuthKey", p.path("BgpPeer").path("AuthKey").asText(""));
        tunnel.set("RouteFilterPrefixes", prefixes(p.path("RouteFilterPrefixes")));
        tunnel.set("TagSet", Params.tags(p));
        store.put(id, tunnel);
        lifecycle.enter(id, tunnel.get("State").asText());
        ObjectNode result = Params.JSON.createObjectNode();
        result.putArray("DirectConnectTunnelIdSet").add(id);
        return result;
    }

    ObjectNode describe(ObjectNode p, String account) {
        List<String> ids = Params.strings(p.path("DirectConnectTunnelIds"));
        Map<String, List<String>> filters = Params.filters(p);
        Params.idsOrFilters(ids, filters, "DirectConnectTunnelIds");
        List<ObjectNode> matching = store.values().stream()
                .filter(visibleTo(account))
                .filter(t -> ids.isEmpty() || ids.contains(t.get("DirectConnectTunnelId").asText()))
                .filter(t -> Params.matches(filters.get("direct-connect-tunnel-id"), t.get("DirectConnectTunnelId").asText()))
                .filter(t -> Params.matches(filters.get("direct-connect-tunnel-name"), t.get("DirectConnectTunnelName").asText()))
                .filter(t -> Params.matches(filters.get("direct-connect-id"), t.get("DirectConnectId").asText()))
                .toList();
        return Params.page(p, matching, "DirectConnectTunnelSet");
    }

    ObjectNode modify(ObjectNode p, String account) {
        ObjectNode tunnel = tunnel(Params.required(p, "DirectConnectTunnelId"), account);
        if (!tunnel.get("State").asText().equals("AVAILABLE")) {
            throw TcError.stateConflict("The tunnel is " + tunnel.get("State").asText() + ".");
        }
        if (p.hasNonNull("DirectConnectTunnelName")) {
            tunnel.put("DirectConnectTunnelName", p.get("DirectConnectTunnelName").asText());
        }
        if (p.hasNonNull("Bandwidth")) {
            tunnel.put("Bandwidth", p.get("Bandwidth").asInt());
        }
        if (p.has("BgpPeer")) {
            ObjectNode bgp = (ObjectNode) tunnel.get("BgpPeer");
            if (p.get("BgpPeer").has("Asn")) {
                bgp.put("Asn", p.get("BgpPeer").get("Asn").asLong());
            }
            if (p.get("BgpPeer").has("AuthKey")) {
                bgp.put("AuthKey", p.get("BgpPeer").get("AuthKey").asText());
            }
        }
        if (p.has("RouteFilterPrefixes")) {
            ArrayNode prefixes = prefixes(p.get("RouteFilterPrefixes"));
            // UNVERIFIED: static prefixes "can be modified but not deleted": an empty list is refused.
            if (prefixes.isEmpty() && tunnel.get("RouteType").asText().equals("STATIC")) {
                throw new TcError("InvalidParameterValue", "A static tunnel needs at least one RouteFilterPrefixes entry.");
            }
            tunnel.set("RouteFilterPrefixes", prefixes);
        }
        if (p.hasNonNull("TencentAddress") || p.hasNonNull("CustomerAddress")) {
            String local = p.path("TencentAddress").asText(tunnel.get("TencentAddress").asText());
            String peer = p.path("CustomerAddress").asText(tunnel.get("CustomerAddress").asText());
            Ipv4.checkPeering(local, peer);
            tunnel.put("TencentAddress", local).put("CustomerAddress", peer);
        }
        return Params.JSON.createObjectNode();
    }

    ObjectNode delete(ObjectNode p, String account) {
        ObjectNode tunnel = tunnel(Params.required(p, "DirectConnectTunnelId"), account);
        lifecycle.fire(tunnel.get("DirectConnectTunnelId").asText(), "delete", () -> TcError.stateConflict("The tunnel is "
                + tunnel.get("State").asText() + " and cannot be deleted now."));
        return Params.JSON.createObjectNode();
    }

    /** The line owner's answer to a tunnel another account requested on the line. */
    ObjectNode decide(ObjectNode p, String account, boolean accept) {
        ObjectNode tunnel = tunnel(Params.required(p, "DirectConnectTunnelId"), account);
        if (!tunnel.get("DirectConnectOwnerAccount").asText().equals(account)) {
            throw new TcError("InvalidParameter.DirectConnectIdIsNotUin", "Only the line owner can accept or reject.");
        }
        lifecycle.fire(tunnel.get("DirectConnectTunnelId").asText(), accept ? "accept" : "reject",
                () -> TcError.stateConflict("The tunnel is not waiting for acceptance."));
        return Params.JSON.createObjectNode();
    }

    ObjectNode extra(ObjectNode p, String account) {
        ObjectNode tunnel = tunnel(Params.required(p, "DirectConnectTunnelId"), account);
        ObjectNode extra = StoredJson.visible(tunnel);
        extra.remove(List.of("TagSet"));
        extra.putArray("PublicAddresses");
        extra.put("NqaEnable", 0).put("IPv6Enable", 0).put("JumboEnable", 0);
        extra.putObject("BgpStatus").put("TencentAddressBgpState", tunnel.get("_bgp").asText())
                .put("TencentBackupAddressBgpState", "");
        ObjectNode result = Params.JSON.createObjectNode();
        result.set("DirectConnectTunnelExtra", extra);
        return result;
    }

    /** UNVERIFIED: the error a tunnel that is not an internet tunnel gets is not documented; UnsupportedOperation is assumed. */
    ObjectNode publicRoutes(ObjectNode p, String account) {
        ObjectNode tunnel = tunnel(Params.required(p, "DirectConnectTunnelId"), account);
        if (!tunnel.has("_publicRoutes")) {
            throw new TcError("UnsupportedOperation", "The tunnel is not an internet tunnel.");
        }
        Map<String, List<String>> filters = Params.filters(p);
        List<ObjectNode> matching = new ArrayList<>();
        tunnel.get("_publicRoutes").forEach(route -> {
            if (Params.matches(filters.get("route-type"), route.get("RouteType").asText())
                    && Params.matches(filters.get("route-subnet"), route.get("DestinationCidrBlock").asText())) {
                matching.add((ObjectNode) route);
            }
        });
        return Params.page(p, matching, "Routes");
    }

    /** Makes a tunnel an internet tunnel that has learned a route, as DescribePublicDirectConnectTunnelRoutes shows it. */
    void learnInternetRoute(String tunnelId, String cidr, boolean enabled) {
        ObjectNode tunnel = stored(tunnelId);
        ArrayNode routes = tunnel.has("_publicRoutes") ? (ArrayNode) tunnel.get("_publicRoutes") : tunnel.putArray("_publicRoutes");
        ObjectNode route = routes.addObject().put("RouteId", String.format("ccnr-%08x", cloud.nextNumber() & 0xffffffffL))
                .put("DestinationCidrBlock", cidr).put("RouteType", "BGP").put("Status", enabled ? "ENABLE" : "DISABLE")
                .put("NextHop", tunnel.path("CustomerAddress").asText().replaceFirst("/.*", ""))
                .put("UpdateTime", TencentCloud.iso(cloud.now())).put("ApplyOnTunnelEnable", true);
        route.putArray("ASPath").add(tunnel.path("BgpPeer").path("Asn").asText());
    }

    /** The customer's router brings the BGP session up; a configured tunnel becomes available. */
    void routerUp(String id) {
        stored(id).put("_bgp", "Established");
        if (lifecycle.allows(id, "linkUp")) {
            lifecycle.fire(id, "linkUp");
        }
    }

    void routerDown(String id) {
        stored(id).put("_bgp", "Connect");
    }

    /** The tunnels of a line, deleted ones excluded. */
    List<ObjectNode> onLine(String lineId) {
        return store.values().stream()
                .filter(t -> t.get("DirectConnectId").asText().equals(lineId) && !t.get("State").asText().equals("DELETED"))
                .toList();
    }

    boolean usesGateway(String gatewayId) {
        return store.values().stream().anyMatch(t -> t.get("DirectConnectGatewayId").asText().equals(gatewayId));
    }

    ObjectNode stored(String id) {
        ObjectNode tunnel = store.get(id);
        if (tunnel == null) {
            throw new IllegalArgumentException("no VIRTUAL_INTERFACE " + id);
        }
        return tunnel;
    }

    private ObjectNode tunnel(String id, String account) {
        ObjectNode tunnel = store.get(id);
        if (tunnel == null || !visibleTo(account).test(tunnel)) {
            throw new TcError("ResourceNotFound.DirectConnectTunnelIdIsNotExist", "The tunnel " + id + " does not exist.");
        }
        return tunnel;
    }

    private static Predicate<ObjectNode> visibleTo(String account) {
        return t -> t.get("OwnerAccount").asText().equals(account) || t.get("DirectConnectOwnerAccount").asText().equals(account);
    }

    private static ArrayNode prefixes(JsonNode list) {
        ArrayNode prefixes = Params.JSON.createArrayNode();
        for (JsonNode prefix : list) {
            if (!Ipv4.isCidr(prefix.path("Cidr").asText())) {
                throw new TcError("InvalidParameterValue", "RouteFilterPrefixes.Cidr must be a CIDR block.");
            }
            prefixes.addObject().put("Cidr", prefix.get("Cidr").asText());
        }
        return prefixes;
    }
}
