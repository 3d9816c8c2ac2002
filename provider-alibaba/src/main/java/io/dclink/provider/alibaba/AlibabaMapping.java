package io.dclink.provider.alibaba;

import io.dclink.auth.Secret;
import io.dclink.kit.json.JsonRecord;
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
import io.dclink.spi.StateTable;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
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

    static Connection connection(JsonRecord node) {
        String status = node.text("Status");
        String loaStatus = node.text(AlibabaStates.LOA_STATUS);
        String businessStatus = node.text(AlibabaStates.BUSINESS_STATUS);
        ProviderState raw = ProviderState.of(status).with(AlibabaStates.LOA_STATUS, loaStatus)
                .with(AlibabaStates.BUSINESS_STATUS, businessStatus);
        StateTable.Mapped<ConnectionState> mapped = AlibabaStates.CONNECTION.map(raw);
        return Connection.builder()
                .provider(AlibabaProvider.ID)
                .id(AlibabaApi.id(node, "PhysicalConnectionId", "pc-"))
                .name(nonNull(node.text("Name")))
                .state(mapped.state())
                .requiredAction(mapped.action())
                .businessStatus(AlibabaStates.business(businessStatus))
                .providerState(raw)
                .accessPointId(node.text("AccessPointId"))
                .carrier(node.text("LineOperator"))
                .portType(node.text("PortType"))
                .bandwidthMbps(node.integer("Bandwidth"))
                .customerAddress(node.text("PeerLocation"))
                .circuitCode(node.text("CircuitCode"))
                .redundantConnectionId(node.text("RedundantPhysicalConnectionId"))
                .createdAt(time(node, "CreationTime"))
                .tags(node.record("Tags").tags("tags"))
                .attributes(node.unmapped(CONNECTION_FIELDS))
                .build();
    }

    /** The LOA of a line; {@code loa} is DescribePhysicalConnectionLOA's record, or missing when none was applied for. */
    static Loa loa(String connectionId, JsonRecord loa) {
        String status = loa.text("Status");
        StateTable.Mapped<LoaState> mapped = AlibabaStates.LOA.map(status);
        List<FieldEngineer> engineers = loa.record("PMInfo").records("PMInfo", pm -> new FieldEngineer(pm.text("PMName"),
                pm.text("PMContactInfo"), idType(pm.text("PMCertificateType")),
                Secret.ofNullable(pm.text("PMCertificateNo")), gender(pm.text("PMGender"))));
        return Loa.builder()
                .provider(AlibabaProvider.ID)
                .connectionId(connectionId)
                .state(mapped.state())
                .requiredAction(mapped.action())
                .providerState(ProviderState.of(status))
                .companyName(loa.text("CompanyName"))
                .constructionCompany(loa.text("SI"))
                .constructionType(constructionType(loa.text("LineType")))
                .constructionTime(time(loa, "ConstructionTime"))
                .engineers(engineers)
                .documentUrl(uri(loa.text("LoaUrl")))
                .lineCode(loa.text("LineCode"))
                .cableLabel(loa.text("LineLabel"))
                .lineServiceProvider(loa.text("LineServiceProvider"))
                .attributes(loa.unmapped(Set.of("InstanceId", "Status", "CompanyName", "SI", "LineType",
                        "ConstructionTime", "PMInfo", "LoaUrl", "LineCode", "LineLabel", "LineServiceProvider")))
                .build();
    }

    /**
     * A VBR. {@code group} and {@code peer} are its BGP group and first peer, if it has them; when
     * {@code enriched} is false they were not read and routing is left unknown.
     */
    static VirtualInterface vbr(JsonRecord node, Optional<JsonRecord> group, Optional<JsonRecord> peer,
            List<String> staticPrefixes, boolean enriched) {
        String status = node.text("Status");
        StateTable.Mapped<VirtualInterfaceState> mapped = AlibabaStates.VBR.map(status);
        int prefix = Masks.prefixLength(node.text("PeeringSubnetMask"));
        return VirtualInterface.builder()
                .provider(AlibabaProvider.ID)
                .id(AlibabaApi.id(node, "VbrId", "vbr-"))
                .name(nonNull(node.text("Name")))
                .state(mapped.state())
                .requiredAction(mapped.action())
                .operationalStatus(operational(peer))
                .providerState(ProviderState.of(status))
                .connectionId(node.text("PhysicalConnectionId"))
                .vlan(node.integer("VlanId"))
                .bandwidthMbps(node.integer("Bandwidth"))
                .providerAddress(withPrefix(node.text("LocalGatewayIp"), prefix))
                .customerAddress(withPrefix(node.text("PeerGatewayIp"), prefix))
                .routing(!enriched ? null : group.isPresent() ? RoutingType.BGP : RoutingType.STATIC)
                .bgp(group.map(bgp -> new BgpPeering(bgp.longValue("PeerAsn"), bgp.longValue("LocalAsn"),
                        Secret.ofNullable(bgp.text("AuthKey")))).orElse(null))
                .staticPrefixes(group.isPresent() ? List.of() : staticPrefixes)
                .createdAt(time(node, "CreationTime"))
                .tags(node.record("Tags").tags("Tags"))
                .attributes(node.unmapped(VBR_FIELDS))
                .build();
    }

    /** A custom entry of the VBR's route table: a static route toward the customer. */
    static Route routeEntry(JsonRecord node, String vbrId) {
        String status = node.text("Status");
        StateTable.Mapped<RouteState> mapped = AlibabaStates.ROUTE.map(status);
        String type = node.text("Type");
        List<JsonRecord> hops = node.record("NextHops").records("NextHop");
        return Route.builder()
                .provider(AlibabaProvider.ID)
                .id(AlibabaApi.id(node, "RouteEntryId", "rte-"))
                .state(mapped.state())
                .requiredAction(mapped.action())
                .providerState(ProviderState.of(status))
                .virtualInterfaceId(vbrId)
                .destination(node.requiredText("DestinationCidrBlock"))
                .nextHop(hops.isEmpty() ? null : hops.get(0).text("NextHopId"))
                .routeType("Custom".equals(type) ? RouteType.STATIC : "BGP".equals(type) ? RouteType.BGP
                        : RouteType.PROPAGATED)
                .description(node.text("Description"))
                .attributes(node.unmapped(Set.of("RouteEntryId", "Status", "DestinationCidrBlock", "Type",
                        "Description", "NextHops")))
                .build();
    }

    /** A BGP network: a prefix the VBR announces to the customer. */
    static Route bgpNetwork(JsonRecord node, String vbrId) {
        String status = node.text("Status");
        StateTable.Mapped<RouteState> mapped = AlibabaStates.ROUTE.map(status);
        String destination = node.requiredText("DstCidrBlock");
        return Route.builder()
                .provider(AlibabaProvider.ID)
                .id(vbrId + ":" + destination)
                .state(mapped.state())
                .requiredAction(mapped.action())
                .providerState(ProviderState.of(status))
                .virtualInterfaceId(vbrId)
                .destination(destination)
                .routeType(RouteType.BGP)
                .attributes(node.unmapped(Set.of("DstCidrBlock", "Status", "RouterId")))
                .build();
    }

    /** DescribeAccessPoints' record, completed by ListBusinessAccessPoints' where there is one. */
    static AccessPoint accessPoint(JsonRecord node, JsonRecord business) {
        List<String> portTypes = list(business.text("SupportPortTypes"));
        String status = node.text("Status");
        Double latitude = business.decimal("Latitude");
        Double longitude = business.decimal("Longitude");
        return AccessPoint.builder()
                .provider(AlibabaProvider.ID)
                .id(AlibabaApi.id(node, "AccessPointId", "ap-"))
                .name(nonNull(node.text("Name")))
                .state(AlibabaStates.ACCESS_POINT.map(status).state())
                .providerState(ProviderState.of(status))
                .region(node.text("AttachedRegionNo"))
                .address(node.text("Location"))
                .carriers(list(business.text("SupportLineOperator")))
                .portTypes(portTypes)
                .portSpeedsMbps(portTypes.stream().map(AlibabaConnections::speedMbps).filter(speed -> speed > 0).distinct()
                        .sorted().toList())
                .coordinates(latitude != null && longitude != null ? new Coordinates(latitude, longitude) : null)
                .attributes(node.unmapped(Set.of("AccessPointId", "Name", "Status", "AttachedRegionNo", "Location")))
                .build();
    }

    /**
     * ListBusinessAccessPoints' {@code SupportLineOperator} and {@code SupportPortTypes} are strings
     * (SDK model ListBusinessAccessPointsResponseBody). UNVERIFIED: several values are separated by commas.
     */
    static List<String> list(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(String::trim).filter(value -> !value.isEmpty()).toList();
    }

    private static OperationalStatus operational(Optional<JsonRecord> peer) {
        String session = peer.map(record -> record.text("BgpStatus")).orElse(null);
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



    /** UNVERIFIED: times written without a zone (VBR times) are UTC, like the zoned ones. */
    private static Instant time(JsonRecord node, String field) {
        return node.time(field, ZoneOffset.UTC);
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }



}
