package io.dclink.provider.tencent;

import io.dclink.auth.Secret;
import io.dclink.kit.json.JsonRecord;
import io.dclink.lifecycle.BusinessStatus;
import io.dclink.lifecycle.ConnectionState;
import io.dclink.lifecycle.GatewayState;
import io.dclink.lifecycle.OperationalStatus;
import io.dclink.lifecycle.RouteState;
import io.dclink.lifecycle.RequiredAction;
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
import io.dclink.spi.StateTable;
import java.time.ZoneId;
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
    private static final Set<String> ACCESS_POINT_FIELDS = Set.of("AccessPointId", "AccessPointName", "State", "RegionId",
            "City", "Address", "LineOperator", "AvailablePortType", "AvailablePortInfo", "Coordinate");
    private static final Set<String> GATEWAY_FIELDS = Set.of("DirectConnectGatewayId", "DirectConnectGatewayName",
            "NetworkType", "NetworkInstanceId", "GatewayAsn", "CreateTime");
    private static final Set<String> ROUTE_FIELDS = Set.of("RouteId", "DestinationCidrBlock", "RouteType", "Status",
            "NextHop", "ASPath");

    private TencentMapping() {
    }

    static Connection connection(JsonRecord line) {
        String raw = line.text("State");
        StateTable.Mapped<ConnectionState> mapped = TencentStates.CONNECTION.map(raw);
        return Connection.builder()
                .provider(TencentProvider.ID)
                .id(TencentApi.id(line, "DirectConnectId", "dc-"))
                .name(nonNull(line.text("DirectConnectName")))
                .state(mapped.state())
                .requiredAction(mapped.action())
                .businessStatus(chargeState(line.text("ChargeState"), line.has("ChargeState")))
                .providerState(ProviderState.of(raw))
                .accessPointId(line.text("AccessPointId"))
                .carrier(line.text("LineOperator"))
                .portType(line.text("PortType"))
                .bandwidthMbps(line.integer("Bandwidth"))
                .customerAddress(line.text("Location"))
                .circuitCode(line.text("CircuitCode"))
                .redundantConnectionId(line.text("RedundantDirectConnectId"))
                .createdAt(line.time("CreatedTime", LOCAL_TIMES))
                .tags(line.tags("TagSet"))
                .attributes(line.unmapped(CONNECTION_FIELDS))
                .build();
    }

    static VirtualInterface tunnel(JsonRecord tunnel, OperationalStatus operational) {
        String raw = tunnel.text("State");
        StateTable.Mapped<VirtualInterfaceState> mapped = TencentStates.TUNNEL.map(raw);
        String owner = tunnel.text("OwnerAccount");
        boolean foreign = owner != null && !owner.equals(tunnel.text("DirectConnectOwnerAccount"));
        String routeType = nonNull(tunnel.text("RouteType"));
        JsonRecord bgp = tunnel.record("BgpPeer");
        return VirtualInterface.builder()
                .provider(TencentProvider.ID)
                .id(TencentApi.id(tunnel, "DirectConnectTunnelId", "dcx-"))
                .name(nonNull(tunnel.text("DirectConnectTunnelName")))
                .state(mapped.state())
                .requiredAction(mapped.action())
                .operationalStatus(allocating(mapped) ? OperationalStatus.NOT_REPORTED : operational)
                .providerState(ProviderState.of(raw))
                .connectionId(tunnel.text("DirectConnectId"))
                .gatewayId(tunnel.text("DirectConnectGatewayId"))
                .networkId(tunnel.text("VpcId"))
                .ownerAccount(foreign ? owner : null)
                .vlan(tunnel.integer("Vlan"))
                .bandwidthMbps(tunnel.integer("Bandwidth"))
                .providerAddress(tunnel.text("TencentAddress"))
                .customerAddress(tunnel.text("CustomerAddress"))
                .routing("STATIC".equals(routeType) ? RoutingType.STATIC : "BGP".equals(routeType) ? RoutingType.BGP : null)
                .bgp("BGP".equals(routeType) ? new BgpPeering(unset(bgp.longValue("Asn")), unset(bgp.longValue("CloudAsn")),
                        Secret.ofNullable(bgp.text("AuthKey"))) : null)
                .staticPrefixes(tunnel.records("RouteFilterPrefixes", prefix -> prefix.requiredText("Cidr")))
                .createdAt(tunnel.time("CreatedTime", LOCAL_TIMES))
                .tags(tunnel.tags("TagSet"))
                .attributes(tunnel.unmapped(TUNNEL_FIELDS))
                .build();
    }

    static AccessPoint accessPoint(JsonRecord point) {
        String raw = point.text("State");
        JsonRecord coordinate = point.record("Coordinate");
        Double latitude = coordinate.decimal("Lat");
        Double longitude = coordinate.decimal("Lng");
        return AccessPoint.builder()
                .provider(TencentProvider.ID)
                .id(TencentApi.id(point, "AccessPointId", "ap-"))
                .name(nonNull(point.text("AccessPointName")))
                .state(TencentStates.ACCESS_POINT.map(raw).state())
                .providerState(ProviderState.of(raw))
                .region(point.text("RegionId"))
                .city(point.text("City"))
                .address(point.text("Address") != null ? point.text("Address") : point.text("Location"))
                .carriers(point.texts("LineOperator"))
                .portTypes(point.texts("AvailablePortType"))
                .portSpeedsMbps(point.records("AvailablePortInfo", info -> info.integer("Specification")).stream()
                        .filter(java.util.Objects::nonNull).distinct().sorted().toList())
                .coordinates(latitude != null && longitude != null ? new Coordinates(latitude, longitude) : null)
                .attributes(point.unmapped(ACCESS_POINT_FIELDS))
                .build();
    }

    static Gateway gateway(JsonRecord gateway) {
        StateTable.Mapped<GatewayState> mapped = TencentStates.GATEWAY.map(StateTable.NONE);
        return Gateway.builder()
                .provider(TencentProvider.ID)
                .id(TencentApi.id(gateway, "DirectConnectGatewayId", "dcg-"))
                .name(nonNull(gateway.text("DirectConnectGatewayName")))
                .state(mapped.state())
                .requiredAction(mapped.action())
                .providerState(ProviderState.of(StateTable.NONE))
                .networkType(gateway.text("NetworkType"))
                .networkId(gateway.text("NetworkInstanceId"))
                // The VPC API's DirectConnectGateway echoes GatewayAsn (resolved: SDK model).
                .asn(gateway.longValue("GatewayAsn"))
                .createdAt(gateway.time("CreateTime", LOCAL_TIMES))
                // The gateway object has no TagSet: its tags live in the tag service and are not read back.
                .attributes(gateway.unmapped(GATEWAY_FIELDS))
                .build();
    }

    /** A route of DescribePublicDirectConnectTunnelRoutes, on the tunnel it was read from. */
    static Route internetRoute(JsonRecord route, VirtualInterface tunnel) {
        String status = route.text("Status");
        StateTable.Mapped<RouteState> mapped = TencentStates.ROUTE.map(status);
        String type = nonNull(route.text("RouteType"));
        List<String> path = route.texts("ASPath");
        Map<String, String> attributes = route.unmapped(ROUTE_FIELDS);
        if (!path.isEmpty()) {
            attributes.put("ASPath", String.join(" ", path));
        }
        return Route.builder()
                .provider(TencentProvider.ID)
                .id(route.requiredText("RouteId"))
                .state(mapped.state())
                .requiredAction(mapped.action())
                .providerState(ProviderState.of(status))
                .virtualInterfaceId(tunnel.id())
                .gatewayId(tunnel.gatewayId())
                .destination(route.requiredText("DestinationCidrBlock"))
                .nextHop(route.text("NextHop"))
                .routeType("BGP".equals(type) ? RouteType.BGP : "STATIC".equals(type) ? RouteType.STATIC : RouteType.UNKNOWN)
                .attributes(attributes)
                .build();
    }

    /** A static tunnel's customer prefix as a route; it follows the tunnel and has no state of its own. */
    static Route staticRoute(VirtualInterface tunnel, String prefix) {
        StateTable.Mapped<RouteState> mapped = TencentStates.ROUTE.map(StateTable.NONE);
        return Route.builder()
                .provider(TencentProvider.ID)
                .id(tunnel.id() + ":" + prefix)
                .state(mapped.state())
                .requiredAction(mapped.action())
                .providerState(ProviderState.of(StateTable.NONE))
                .virtualInterfaceId(tunnel.id())
                .gatewayId(tunnel.gatewayId())
                .destination(prefix)
                .routeType(RouteType.STATIC)
                .build();
    }

    /** While Tencent still allocates a tunnel there is no session to report on (as a listing, which reads none, says). */
    private static boolean allocating(StateTable.Mapped<VirtualInterfaceState> mapped) {
        return mapped.state() == VirtualInterfaceState.PENDING && mapped.action() == RequiredAction.WAIT_FOR_PROVIDER;
    }

    static OperationalStatus bgpStatus(JsonRecord extra) {
        String state = extra.record("BgpStatus").text("TencentAddressBgpState");
        if (state == null) {
            return OperationalStatus.NOT_REPORTED;
        }
        return "Established".equals(state) ? OperationalStatus.UP : OperationalStatus.DOWN;
    }

    private static BusinessStatus chargeState(String value, boolean reported) {
        if (!reported) {
            return BusinessStatus.NOT_REPORTED;
        }
        return "NORMAL".equals(value) ? BusinessStatus.NORMAL : BusinessStatus.UNKNOWN;
    }

    /** Tencent writes -1 for "not set" (BgpPeer.Asn; BgpPeer.CloudAsn is a number too, e.g. 45090). */
    private static Long unset(Long value) {
        return value != null && value >= 0 ? value : null;
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
