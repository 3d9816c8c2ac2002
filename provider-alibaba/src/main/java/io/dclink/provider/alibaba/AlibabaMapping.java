package io.dclink.provider.alibaba;

import static io.dclink.core.json.JsonFields.strings;
import static io.dclink.core.json.JsonFields.tags;
import static io.dclink.core.json.JsonFields.text;
import static io.dclink.core.json.JsonFields.unmapped;

import com.fasterxml.jackson.databind.JsonNode;
import io.dclink.auth.Secret;
import io.dclink.core.json.Times;
import io.dclink.lifecycle.ConnectionState;
import io.dclink.lifecycle.LoaState;
import io.dclink.lifecycle.OperationalStatus;
import io.dclink.lifecycle.RouteState;
import io.dclink.lifecycle.VirtualInterfaceState;
import io.dclink.model.AccessPoint;
import io.dclink.model.BgpPeering;
import io.dclink.model.Connection;
import io.dclink.model.ConstructionType;
import io.dclink.model.Coordinates;
import io.dclink.model.FieldEngineer;
import io.dclink.model.Gender;
import io.dclink.model.IdDocumentType;
import io.dclink.model.Loa;
import io.dclink.model.ProviderState;
import io.dclink.model.Route;
import io.dclink.model.RouteType;
import io.dclink.model.RoutingType;
import io.dclink.model.VirtualInterface;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Alibaba's JSON records onto the neutral model. Unmapped scalar fields go to the attributes. */
final class AlibabaMapping {

    private static final Set<String> CONNECTION_FIELDS = Set.of("PhysicalConnectionId", "Name", "Status", "LoaStatus",
            "BusinessStatus", "AccessPointId", "LineOperator", "PortType", "Bandwidth", "PeerLocation", "CircuitCode",
            "RedundantPhysicalConnectionId", "CreationTime", "Tags");
    private static final Set<String> VBR_FIELDS = Set.of("VbrId", "Name", "Status", "PhysicalConnectionId", "VlanId",
            "Bandwidth", "LocalGatewayIp", "PeerGatewayIp", "PeeringSubnetMask", "CreationTime", "Tags");

    private AlibabaMapping() {
    }

    static Connection connection(JsonNode node) {
        String status = text(node, "Status");
        String loaStatus = text(node, "LoaStatus");
        String businessStatus = text(node, "BusinessStatus");
        AlibabaStates.Mapped<ConnectionState> mapped = AlibabaStates.connection(status, loaStatus, businessStatus);
        return Connection.builder()
                .provider(AlibabaProvider.ID)
                .id(node.path("PhysicalConnectionId").asText())
                .name(node.path("Name").asText(""))
                .state(mapped.state())
                .requiredAction(mapped.action())
                .businessStatus(AlibabaStates.business(businessStatus))
                .providerState(ProviderState.of(status).with("LoaStatus", loaStatus).with("BusinessStatus", businessStatus))
                .accessPointId(text(node, "AccessPointId"))
                .carrier(text(node, "LineOperator"))
                .portType(text(node, "PortType"))
                .bandwidthMbps(node.hasNonNull("Bandwidth") ? node.get("Bandwidth").asInt() : null)
                .customerAddress(text(node, "PeerLocation"))
                .circuitCode(text(node, "CircuitCode"))
                .redundantConnectionId(text(node, "RedundantPhysicalConnectionId"))
                .createdAt(time(node, "CreationTime"))
                .tags(tags(node.path("Tags").path("tags")))
                .attributes(unmapped(node, CONNECTION_FIELDS))
                .build();
    }

    /** The LOA of a line; {@code loa} is DescribePhysicalConnectionLOA's record, or missing when none was applied for. */
    static Loa loa(String connectionId, JsonNode loa) {
        String status = text(loa, "Status");
        AlibabaStates.Mapped<LoaState> mapped = AlibabaStates.loa(status);
        List<FieldEngineer> engineers = new ArrayList<>();
        loa.path("PMInfo").path("PMInfo").forEach(pm -> engineers.add(new FieldEngineer(text(pm, "PMName"),
                text(pm, "PMContactInfo"), idType(text(pm, "PMCertificateType")),
                Secret.ofNullable(text(pm, "PMCertificateNo")), gender(text(pm, "PMGender")))));
        return Loa.builder()
                .provider(AlibabaProvider.ID)
                .connectionId(connectionId)
                .state(mapped.state())
                .requiredAction(mapped.action())
                .providerState(ProviderState.of(status))
                .companyName(text(loa, "CompanyName"))
                .constructionCompany(text(loa, "SI"))
                .constructionType(constructionType(text(loa, "LineType")))
                .constructionTime(time(loa, "ConstructionTime"))
                .engineers(engineers)
                .documentUrl(uri(text(loa, "LoaUrl")))
                .lineCode(text(loa, "LineCode"))
                .cableLabel(text(loa, "LineLabel"))
                .lineServiceProvider(text(loa, "LineServiceProvider"))
                .attributes(unmapped(loa, Set.of("InstanceId", "Status", "CompanyName", "SI", "LineType",
                        "ConstructionTime", "PMInfo", "LoaUrl", "LineCode", "LineLabel", "LineServiceProvider")))
                .build();
    }

    /**
     * A VBR. {@code group} and {@code peer} are its BGP group and first peer, or missing nodes; when
     * {@code enriched} is false they were not read and routing is left unknown.
     */
    static VirtualInterface vbr(JsonNode node, JsonNode group, JsonNode peer, List<String> staticPrefixes,
            boolean enriched) {
        AlibabaStates.Mapped<VirtualInterfaceState> mapped = AlibabaStates.vbr(text(node, "Status"));
        int prefix = Masks.prefixLength(text(node, "PeeringSubnetMask"));
        boolean bgp = !group.isMissingNode();
        return VirtualInterface.builder()
                .provider(AlibabaProvider.ID)
                .id(node.path("VbrId").asText())
                .name(node.path("Name").asText(""))
                .state(mapped.state())
                .requiredAction(mapped.action())
                .operationalStatus(operational(peer))
                .providerState(ProviderState.of(text(node, "Status")))
                .connectionId(text(node, "PhysicalConnectionId"))
                .vlan(node.hasNonNull("VlanId") ? node.get("VlanId").asInt() : null)
                .bandwidthMbps(node.hasNonNull("Bandwidth") ? node.get("Bandwidth").asInt() : null)
                .providerAddress(withPrefix(text(node, "LocalGatewayIp"), prefix))
                .customerAddress(withPrefix(text(node, "PeerGatewayIp"), prefix))
                .routing(!enriched ? null : bgp ? RoutingType.BGP : RoutingType.STATIC)
                .bgp(bgp ? new BgpPeering(number(group, "PeerAsn"), number(group, "LocalAsn"),
                        Secret.ofNullable(text(group, "AuthKey"))) : null)
                .staticPrefixes(bgp ? List.of() : staticPrefixes)
                .createdAt(time(node, "CreationTime"))
                .tags(tags(node.path("Tags").path("Tags")))
                .attributes(unmapped(node, VBR_FIELDS))
                .build();
    }

    /** A custom entry of the VBR's route table: a static route toward the customer. */
    static Route routeEntry(JsonNode node, String vbrId) {
        String status = text(node, "Status");
        AlibabaStates.Mapped<RouteState> mapped = AlibabaStates.route(status);
        String type = text(node, "Type");
        return Route.builder()
                .provider(AlibabaProvider.ID)
                .id(node.path("RouteEntryId").asText())
                .state(mapped.state())
                .requiredAction(mapped.action())
                .providerState(ProviderState.of(status))
                .virtualInterfaceId(vbrId)
                .destination(node.path("DestinationCidrBlock").asText())
                .nextHop(text(node.path("NextHops").path("NextHop").path(0), "NextHopId"))
                .routeType("Custom".equals(type) ? RouteType.STATIC : "BGP".equals(type) ? RouteType.BGP
                        : RouteType.PROPAGATED)
                .description(text(node, "Description"))
                .attributes(unmapped(node, Set.of("RouteEntryId", "Status", "DestinationCidrBlock", "Type",
                        "Description", "NextHops")))
                .build();
    }

    /** A BGP network: a prefix the VBR announces to the customer. */
    static Route bgpNetwork(JsonNode node, String vbrId) {
        String status = text(node, "Status");
        AlibabaStates.Mapped<RouteState> mapped = AlibabaStates.route(status);
        String destination = node.path("DstCidrBlock").asText();
        return Route.builder()
                .provider(AlibabaProvider.ID)
                .id(vbrId + ":" + destination)
                .state(mapped.state())
                .requiredAction(mapped.action())
                .providerState(ProviderState.of(status))
                .virtualInterfaceId(vbrId)
                .destination(destination)
                .routeType(RouteType.BGP)
                .attributes(unmapped(node, Set.of("DstCidrBlock", "Status", "RouterId")))
                .build();
    }

    /** DescribeAccessPoints' record, completed by ListBusinessAccessPoints' where there is one. */
    static AccessPoint accessPoint(JsonNode node, JsonNode business) {
        List<String> portTypes = strings(business.path("SupportPortTypes"));
        return AccessPoint.builder()
                .provider(AlibabaProvider.ID)
                .id(node.path("AccessPointId").asText())
                .name(node.path("Name").asText(""))
                .state(AlibabaStates.accessPoint(text(node, "Status")))
                .providerState(ProviderState.of(text(node, "Status")))
                .region(text(node, "AttachedRegionNo"))
                .address(text(node, "Location"))
                .carriers(strings(business.path("SupportLineOperator")))
                .portTypes(portTypes)
                .portSpeedsMbps(portTypes.stream().map(AlibabaConnections::speedMbps).filter(speed -> speed > 0).distinct()
                        .sorted().toList())
                .coordinates(business.hasNonNull("Latitude") && business.hasNonNull("Longitude")
                        ? new Coordinates(business.get("Latitude").asDouble(), business.get("Longitude").asDouble()) : null)
                .attributes(unmapped(node, Set.of("AccessPointId", "Name", "Status", "AttachedRegionNo", "Location")))
                .build();
    }

    private static OperationalStatus operational(JsonNode peer) {
        String session = text(peer, "BgpStatus");
        if (session == null) {
            return OperationalStatus.NOT_REPORTED;
        }
        return "Established".equals(session) ? OperationalStatus.UP : OperationalStatus.DOWN;
    }

    private static String withPrefix(String address, int prefix) {
        return address == null || prefix < 0 ? address : address + "/" + prefix;
    }

    private static ConstructionType constructionType(String lineType) {
        if (lineType == null) {
            return null;
        }
        return switch (lineType) {
            case "MSTP" -> ConstructionType.MSTP;
            case "MPLSVPN" -> ConstructionType.MPLSVPN;
            case "FIBRE" -> ConstructionType.FIBRE;
            default -> ConstructionType.OTHER;
        };
    }

    private static IdDocumentType idType(String type) {
        if (type == null) {
            return null;
        }
        return switch (type) {
            case "IDCard" -> IdDocumentType.ID_CARD;
            case "Passport" -> IdDocumentType.PASSPORT;
            default -> IdDocumentType.OTHER;
        };
    }

    private static Gender gender(String gender) {
        return "Male".equals(gender) ? Gender.MALE : "Female".equals(gender) ? Gender.FEMALE : null;
    }

    private static URI uri(String text) {
        if (text == null) {
            return null;
        }
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static Long number(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.canConvertToLong() || value.isTextual() && value.asText().matches("\\d{1,19}") ? value.asLong() : null;
    }


    /** UNVERIFIED: times written without a zone (VBR times) are UTC, like the zoned ones. */
    private static Instant time(JsonNode node, String field) {
        return Times.parse(text(node, field), ZoneOffset.UTC);
    }



}
