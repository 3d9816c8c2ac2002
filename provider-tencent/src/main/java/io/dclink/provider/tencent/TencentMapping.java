package io.dclink.provider.tencent;

import static io.dclink.core.json.JsonFields.strings;
import static io.dclink.core.json.JsonFields.tags;
import static io.dclink.core.json.JsonFields.text;
import static io.dclink.core.json.JsonFields.unmapped;

import com.fasterxml.jackson.databind.JsonNode;
import io.dclink.auth.Secret;
import io.dclink.core.json.Times;
import io.dclink.lifecycle.BusinessStatus;
import io.dclink.lifecycle.ConnectionState;
import io.dclink.lifecycle.GatewayState;
import io.dclink.lifecycle.OperationalStatus;
import io.dclink.lifecycle.RequiredAction;
import io.dclink.lifecycle.RouteState;
import io.dclink.lifecycle.VirtualInterfaceState;
import io.dclink.model.AccessPoint;
import io.dclink.model.BgpPeering;
import io.dclink.model.Connection;
import io.dclink.model.Coordinates;
import io.dclink.model.Gateway;
import io.dclink.model.ProviderState;
import io.dclink.model.Route;
import io.dclink.model.RouteType;
import io.dclink.model.RoutingType;
import io.dclink.model.VirtualInterface;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Tencent's JSON records onto the neutral model. Unmapped scalar fields go to the attributes. */
final class TencentMapping {

    /** UNVERIFIED: times without a zone ("2019-09-12 17:09:07") are taken as China Standard Time. */
    static final ZoneId LOCAL_TIMES = ZoneId.of("Asia/Shanghai");

    private static final Set<String> CONNECTION_FIELDS = Set.of("DirectConnectId", "DirectConnectName", "State",
            "AccessPointId", "LineOperator", "PortType", "Bandwidth", "Location", "CircuitCode",
            "RedundantDirectConnectId", "CreatedTime", "TagSet");
    private static final Set<String> TUNNEL_FIELDS = Set.of("DirectConnectTunnelId", "DirectConnectTunnelName", "State",
            "DirectConnectId", "DirectConnectGatewayId", "VpcId", "Vlan", "Bandwidth", "TencentAddress", "CustomerAddress",
            "RouteType", "BgpPeer", "RouteFilterPrefixes", "CreatedTime", "TagSet");

    private TencentMapping() {
    }

    static Connection connection(JsonNode node) {
        String raw = node.path("State").asText("");
        TencentStates.Mapped<ConnectionState> mapped = TencentStates.connection(raw);
        return Connection.builder()
                .provider(TencentProvider.ID)
                .id(node.path("DirectConnectId").asText())
                .name(node.path("DirectConnectName").asText(""))
                .state(mapped.state())
                .requiredAction(mapped.action())
                .businessStatus(chargeState(node.path("ChargeState")))
                .providerState(ProviderState.of(raw))
                .accessPointId(text(node, "AccessPointId"))
                .carrier(text(node, "LineOperator"))
                .portType(text(node, "PortType"))
                .bandwidthMbps(node.hasNonNull("Bandwidth") ? node.get("Bandwidth").asInt() : null)
                .customerAddress(text(node, "Location"))
                .circuitCode(text(node, "CircuitCode"))
                .redundantConnectionId(text(node, "RedundantDirectConnectId"))
                .createdAt(time(node, "CreatedTime"))
                .tags(tags(node.path("TagSet")))
                .attributes(unmapped(node, CONNECTION_FIELDS))
                .build();
    }

    static VirtualInterface tunnel(JsonNode node, OperationalStatus operational) {
        String raw = node.path("State").asText("");
        TencentStates.Mapped<VirtualInterfaceState> mapped = TencentStates.tunnel(raw);
        String owner = text(node, "OwnerAccount");
        boolean foreign = owner != null && !owner.equals(text(node, "DirectConnectOwnerAccount"));
        JsonNode bgp = node.path("BgpPeer");
        List<String> prefixes = new ArrayList<>();
        node.path("RouteFilterPrefixes").forEach(prefix -> prefixes.add(prefix.path("Cidr").asText()));
        String routeType = node.path("RouteType").asText("");
        return VirtualInterface.builder()
                .provider(TencentProvider.ID)
                .id(node.path("DirectConnectTunnelId").asText())
                .name(node.path("DirectConnectTunnelName").asText(""))
                .state(mapped.state())
                .requiredAction(mapped.action())
                .operationalStatus(operational)
                .providerState(ProviderState.of(raw))
                .connectionId(text(node, "DirectConnectId"))
                .gatewayId(text(node, "DirectConnectGatewayId"))
                .networkId(text(node, "VpcId"))
                .ownerAccount(foreign ? owner : null)
                .vlan(node.hasNonNull("Vlan") ? node.get("Vlan").asInt() : null)
                .bandwidthMbps(node.hasNonNull("Bandwidth") ? node.get("Bandwidth").asInt() : null)
                .providerAddress(text(node, "TencentAddress"))
                .customerAddress(text(node, "CustomerAddress"))
                .routing("STATIC".equals(routeType) ? RoutingType.STATIC : "BGP".equals(routeType) ? RoutingType.BGP : null)
                .bgp("BGP".equals(routeType) ? new BgpPeering(unset(bgp.path("Asn")), unset(bgp.path("CloudAsn")),
                        Secret.ofNullable(text(bgp, "AuthKey"))) : null)
                .staticPrefixes(prefixes)
                .createdAt(time(node, "CreatedTime"))
                .tags(tags(node.path("TagSet")))
                .attributes(unmapped(node, TUNNEL_FIELDS))
                .build();
    }

    static AccessPoint accessPoint(JsonNode node) {
        String raw = node.path("State").asText("");
        List<String> carriers = strings(node.path("LineOperator"));
        List<Integer> speeds = new ArrayList<>();
        node.path("AvailablePortInfo").forEach(info -> speeds.add(info.path("Specification").asInt()));
        JsonNode coordinate = node.path("Coordinate");
        return AccessPoint.builder()
                .provider(TencentProvider.ID)
                .id(node.path("AccessPointId").asText())
                .name(node.path("AccessPointName").asText(""))
                .state(TencentStates.accessPoint(raw))
                .providerState(ProviderState.of(raw))
                .region(text(node, "RegionId"))
                .city(text(node, "City"))
                .address(text(node, "Address") != null ? text(node, "Address") : text(node, "Location"))
                .carriers(carriers)
                .portTypes(strings(node.path("AvailablePortType")))
                .portSpeedsMbps(speeds.stream().distinct().sorted().toList())
                .coordinates(coordinate.has("Lat") ? new Coordinates(coordinate.get("Lat").asDouble(), coordinate.get("Lng").asDouble()) : null)
                .attributes(unmapped(node, Set.of("AccessPointId", "AccessPointName", "State", "RegionId", "City",
                        "Address", "LineOperator", "AvailablePortType", "AvailablePortInfo", "Coordinate")))
                .build();
    }

    static Gateway gateway(JsonNode node) {
        return Gateway.builder()
                .provider(TencentProvider.ID)
                .id(node.path("DirectConnectGatewayId").asText())
                .name(node.path("DirectConnectGatewayName").asText(""))
                .state(GatewayState.ACTIVE)
                .requiredAction(RequiredAction.NONE)
                .providerState(ProviderState.of(""))
                .networkType(text(node, "NetworkType"))
                .networkId(text(node, "NetworkInstanceId"))
                // UNVERIFIED: whether the DirectConnectGateway object echoes GatewayAsn.
                .asn(node.hasNonNull("GatewayAsn") ? node.get("GatewayAsn").asLong() : null)
                .createdAt(time(node, "CreateTime"))
                .tags(tags(node.path("TagSet")))
                .attributes(unmapped(node, Set.of("DirectConnectGatewayId", "DirectConnectGatewayName", "NetworkType",
                        "NetworkInstanceId", "GatewayAsn", "CreateTime", "TagSet")))
                .build();
    }

    /** A route of DescribePublicDirectConnectTunnelRoutes, on the tunnel it was read from. */
    static Route internetRoute(JsonNode node, VirtualInterface tunnel) {
        String status = node.path("Status").asText("");
        TencentStates.Mapped<RouteState> mapped = TencentStates.publicRoute(status);
        String type = node.path("RouteType").asText("");
        List<String> path = strings(node.path("ASPath"));
        Map<String, String> attributes = unmapped(node, Set.of("RouteId", "DestinationCidrBlock", "RouteType", "Status",
                "NextHop", "ASPath"));
        if (!path.isEmpty()) {
            attributes.put("ASPath", String.join(" ", path));
        }
        return Route.builder()
                .provider(TencentProvider.ID)
                .id(node.path("RouteId").asText())
                .state(mapped.state())
                .requiredAction(mapped.action())
                .providerState(ProviderState.of(status))
                .virtualInterfaceId(tunnel.id())
                .gatewayId(tunnel.gatewayId())
                .destination(node.path("DestinationCidrBlock").asText())
                .nextHop(text(node, "NextHop"))
                .routeType("BGP".equals(type) ? RouteType.BGP : "STATIC".equals(type) ? RouteType.STATIC : RouteType.UNKNOWN)
                .attributes(attributes)
                .build();
    }

    static OperationalStatus bgpStatus(JsonNode extra) {
        JsonNode state = extra.path("BgpStatus").path("TencentAddressBgpState");
        if (state.isMissingNode() || state.isNull() || state.asText().isEmpty()) {
            return OperationalStatus.NOT_REPORTED;
        }
        return "Established".equals(state.asText()) ? OperationalStatus.UP : OperationalStatus.DOWN;
    }

    private static BusinessStatus chargeState(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return BusinessStatus.NOT_REPORTED;
        }
        return "NORMAL".equals(node.asText()) ? BusinessStatus.NORMAL : BusinessStatus.UNKNOWN;
    }

    /** Tencent writes -1 for "not set". UNVERIFIED: CloudAsn's JSON type, so numeric text is accepted too. */
    private static Long unset(JsonNode node) {
        boolean numeric = node.isNumber() || (node.isTextual() && node.asText().matches("\\d{1,10}"));
        return numeric && node.asLong() >= 0 ? node.asLong() : null;
    }


    private static Instant time(JsonNode node, String field) {
        return Times.parse(text(node, field), LOCAL_TIMES);
    }



}
