package io.dclink.provider.jdcloud;

import io.dclink.kit.json.JsonRecord;
import io.dclink.lifecycle.GatewayState;
import io.dclink.lifecycle.RouteState;
import io.dclink.model.Gateway;
import io.dclink.model.ProviderState;
import io.dclink.model.Route;
import io.dclink.model.RouteBuilder;
import io.dclink.model.RouteType;
import io.dclink.spi.StateTable;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** JD Cloud's border gateways, their routes and the VPC route rules to them onto the neutral model. */
final class NetworkMapping {

    /** JD Cloud's side of every BGP session (reference §1.5); a border gateway reports no ASN of its own. */
    static final long JD_CLOUD_ASN = 64_512;
    /** The attribute that marks a route as a rule of a VPC route table, holding the table's id. */
    static final String ROUTE_TABLE = "routeTableId";

    private static final Set<String> BGW_FIELDS = Set.of("bgwId", "bgwName", "description", "createdTime", "vifIds",
            "vpcAttachmentIds", "vpnConnectionIds");
    private static final Set<String> BGW_ROUTE_FIELDS = Set.of("bgwRouteId", "bgwId", "bgwRouteDestination",
            "bgwRouteNexthop", "description");
    private static final Set<String> RULE_FIELDS = Set.of("ruleId", "addressPrefix", "nextHopId", "description");

    private NetworkMapping() {
    }

    /**
     * A border gateway with the VPC attachments that link it to VPCs: the first attached VPC is its
     * network, every attachment is listed in its attributes.
     *
     * @param bgw the gateway's record
     * @param attachments its attachments' records
     * @return the gateway
     */
    static Gateway gateway(JsonRecord bgw, List<JsonRecord> attachments) {
        StateTable.Mapped<GatewayState> mapped = JdCloudStates.GATEWAY.map(StateTable.NONE);
        Map<String, String> attributes = LineMapping.attributes(bgw, BGW_FIELDS);
        LineMapping.putIfPresent(attributes, "description", IdempotencyMark.strip(bgw.text("description")));
        LineMapping.putIfPresent(attributes, "vifIds", String.join(",", bgw.texts("vifIds")));
        LineMapping.putIfPresent(attributes, "vpcAttachmentIds", String.join(",",
                attachments.stream().map(a -> a.requiredText("vpcAttachmentId")).toList()));
        List<String> vpcs = attachments.stream().map(a -> a.requiredText("vpcId")).toList();
        LineMapping.putIfPresent(attributes, "vpcIds", String.join(",", vpcs));
        return Gateway.builder()
                .provider(JdCloudProvider.ID)
                .id(bgw.requiredText("bgwId"))
                .name(Objects.requireNonNullElse(bgw.text("bgwName"), ""))
                .state(mapped.state())
                .requiredAction(mapped.action())
                .providerState(ProviderState.of(StateTable.NONE))
                .networkType(vpcs.isEmpty() ? null : "VPC")
                .networkId(vpcs.isEmpty() ? null : vpcs.get(0))
                .asn(JD_CLOUD_ASN)
                .createdAt(bgw.time("createdTime", ZoneOffset.UTC))
                .attributes(attributes)
                .build();
    }

    /** A route of a border gateway's table; one whose next hop is a VIF belongs to that VIF. */
    static Route bgwRoute(JsonRecord route) {
        String type = route.text("bgwRouteNextHopType");
        String nextHop = route.text("bgwRouteNexthop");
        boolean propagated = "propagated".equals(route.text("origin"));
        return route(Route.builder()
                .id(route.requiredText("bgwRouteId"))
                .gatewayId(route.requiredText("bgwId"))
                .virtualInterfaceId(NextHops.isVif(type) ? nextHop : null)
                .destination(route.requiredText("bgwRouteDestination"))
                .nextHop(nextHop)
                .routeType(!propagated ? RouteType.STATIC : NextHops.isVif(type) ? RouteType.BGP : RouteType.PROPAGATED)
                .description(route.text("description"))
                .attributes(LineMapping.attributes(route, BGW_ROUTE_FIELDS)));
    }

    /** A rule of a VPC route table whose next hop is a border gateway; its gateway is the table. */
    static Route vpcRule(JsonRecord rule, String routeTableId, String vpcId) {
        Map<String, String> attributes = LineMapping.attributes(rule, RULE_FIELDS);
        attributes.put(ROUTE_TABLE, routeTableId);
        LineMapping.putIfPresent(attributes, "vpcId", vpcId);
        return route(Route.builder()
                .id(rule.requiredText("ruleId"))
                .gatewayId(routeTableId)
                .destination(rule.requiredText("addressPrefix"))
                .nextHop(rule.text("nextHopId"))
                .routeType("propagated".equals(rule.text("origin")) ? RouteType.PROPAGATED : RouteType.STATIC)
                .description(rule.text("description"))
                .attributes(attributes));
    }

    private static Route route(RouteBuilder builder) {
        StateTable.Mapped<RouteState> mapped = JdCloudStates.ROUTE.map(StateTable.NONE);
        return builder.provider(JdCloudProvider.ID).state(mapped.state()).requiredAction(mapped.action())
                .providerState(ProviderState.of(StateTable.NONE)).build();
    }
}
