package io.dclink.testkit.tencent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dclink.lifecycle.ResourceType;
import io.dclink.testkit.emulator.EmulatorRequest;
import io.dclink.testkit.emulator.EmulatorResponse;
import io.dclink.testkit.emulator.Operator;
import io.dclink.testkit.emulator.StoredJson;
import io.dclink.testkit.emulator.WireProtocol;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Tencent's API and its people, in memory. Every resource is stored as the JSON object the API
 * returns, plus internal fields (names starting with {@code _}) that are never returned.
 */
final class TencentCloud implements WireProtocol, Operator {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SPACED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(java.time.ZoneId.of("Asia/Shanghai"));
    private static final Pattern CIDR = Pattern.compile("(\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3})/(\\d{1,2})");
    private static final String FOREIGN_ACCOUNT = "200000000002";
    private static final int MAX_LIMIT = 100;
    private static final int MAX_LINES = 500;
    private static final int MAX_TUNNELS_PER_LINE = 50;

    private static final Map<String, Set<String>> DC_PARAMETERS = Map.ofEntries(
            Map.entry("DescribeAccessPoints", Set.of("RegionId", "Offset", "Limit", "Filters")),
            Map.entry("CreateDirectConnect", Set.of("DirectConnectName", "AccessPointId", "LineOperator", "PortType",
                    "CircuitCode", "Location", "Bandwidth", "RedundantDirectConnectId", "Vlan", "TencentAddress",
                    "CustomerAddress", "CustomerName", "CustomerContactMail", "CustomerContactNumber",
                    "FaultReportContactPerson", "FaultReportContactNumber", "FaultReportContactEmail", "SignLaw", "Tags",
                    "IsMacSec")),
            Map.entry("DescribeDirectConnects", Set.of("Filters", "DirectConnectIds", "Offset", "Limit")),
            Map.entry("ModifyDirectConnectAttribute", Set.of("DirectConnectId", "DirectConnectName", "CircuitCode", "Vlan",
                    "TencentAddress", "CustomerAddress", "CustomerName", "CustomerContactMail", "CustomerContactNumber",
                    "FaultReportContactPerson", "FaultReportContactNumber", "FaultReportContactEmail", "SignLaw",
                    "Bandwidth")),
            Map.entry("DeleteDirectConnect", Set.of("DirectConnectId")),
            Map.entry("CreateDirectConnectTunnel", Set.of("DirectConnectId", "DirectConnectTunnelName",
                    "DirectConnectOwnerAccount", "NetworkType", "NetworkRegion", "VpcId", "DirectConnectGatewayId",
                    "Bandwidth", "RouteType", "BgpPeer", "RouteFilterPrefixes", "Vlan", "TencentAddress", "CustomerAddress",
                    "TencentBackupAddress", "CloudAttachId", "BfdEnable", "NqaEnable", "BfdInfo", "NqaInfo", "Tags")),
            Map.entry("DescribeDirectConnectTunnels", Set.of("Filters", "DirectConnectTunnelIds", "Offset", "Limit")),
            Map.entry("ModifyDirectConnectTunnelAttribute", Set.of("DirectConnectTunnelId", "DirectConnectTunnelName",
                    "BgpPeer", "RouteFilterPrefixes", "TencentAddress", "CustomerAddress", "Bandwidth",
                    "TencentBackupAddress")),
            Map.entry("DeleteDirectConnectTunnel", Set.of("DirectConnectTunnelId")),
            Map.entry("AcceptDirectConnectTunnel", Set.of("DirectConnectTunnelId")),
            Map.entry("RejectDirectConnectTunnel", Set.of("DirectConnectTunnelId")),
            Map.entry("DescribeDirectConnectTunnelExtra", Set.of("DirectConnectTunnelId")),
            Map.entry("DescribePublicDirectConnectTunnelRoutes", Set.of("DirectConnectTunnelId", "Filters", "Offset",
                    "Limit")));
    private static final Map<String, Set<String>> VPC_PARAMETERS = Map.of(
            "CreateDirectConnectGateway", Set.of("DirectConnectGatewayName", "NetworkType", "NetworkInstanceId",
                    "GatewayType", "ModeType", "GatewayAsn", "Zone", "HaZoneGroupId", "Tags"),
            "DescribeDirectConnectGateways", Set.of("DirectConnectGatewayIds", "Filters", "Offset", "Limit"),
            "DeleteDirectConnectGateway", Set.of("DirectConnectGatewayId"));
    private static final List<String> LINE_OPERATORS =
            List.of("ChinaTelecom", "ChinaMobile", "ChinaUnicom", "In-houseWiring", "ChinaOther", "InternationalOperator");
    private static final List<String> PORT_TYPES = List.of("100Base-T", "1000Base-T", "1000Base-LX", "10GBase-T", "10GBase-LR");

    private final TencentEmulator emulator;
    private final Tc3Verifier verifier;
    private final boolean listASpellings;
    private final Map<String, ObjectNode> lines = new LinkedHashMap<>();
    private final Map<String, ObjectNode> tunnels = new LinkedHashMap<>();
    private final Map<String, ObjectNode> gateways = new LinkedHashMap<>();
    private final List<ObjectNode> accessPoints = new ArrayList<>();
    private long ids = 0x1_0000_0000L;

    TencentCloud(TencentEmulator emulator, boolean listASpellings) {
        this.emulator = emulator;
        this.verifier = new Tc3Verifier(emulator.keys());
        this.listASpellings = listASpellings;
        String region = emulator.region();
        String city = region.replaceFirst("^ap-", "");
        accessPoints.add(accessPoint("ap-" + city + "-a-th", "AVAILABLE", region));
        accessPoints.add(accessPoint("ap-" + city + "-b-kf", "AVAILABLE", region));
        accessPoints.add(accessPoint("ap-" + city + "-c-old", "UNAVAILABLE", region));
    }

    String toPay() {
        return listASpellings ? "TOPAY" : "PENDINGPAY";
    }

    String building() {
        return listASpellings ? "ALLOCATED" : "BUILDING";
    }

    // ---- the wire ------------------------------------------------------------------------------

    @Override
    public String operation(EmulatorRequest request) {
        String action = request.header("X-TC-Action");
        return action == null ? "(no action)" : action;
    }

    @Override
    public synchronized EmulatorResponse handle(EmulatorRequest request, String action) {
        String requestId = UUID.randomUUID().toString();
        try {
            if (!request.method().equals("POST")) {
                throw new TcError("UnsupportedProtocol", "Only POST with a JSON body is emulated.");
            }
            if (request.header("X-TC-Action") == null) {
                throw new TcError("MissingParameter", "The X-TC-Action header is missing.");
            }
            boolean dc = DC_PARAMETERS.containsKey(action);
            if (!dc && !VPC_PARAMETERS.containsKey(action)) {
                throw new TcError("InvalidAction", "The action " + action + " does not exist.");
            }
            String version = dc ? "2018-04-10" : "2017-03-12";
            if (!version.equals(request.header("X-TC-Version"))) {
                throw new TcError("NoSuchVersion", "The API version " + request.header("X-TC-Version") + " does not exist.");
            }
            Tc3Verifier.Result auth = verifier.verify(request, dc ? "dc" : "vpc", emulator.signatureClock().instant());
            if (auth.failure() != null) {
                throw new TcError(auth.failure().code(), auth.failure().message());
            }
            String region = request.header("X-TC-Region");
            if (region != null && !region.equals(emulator.region())) {
                throw new TcError("UnsupportedRegion", "The emulator serves region " + emulator.region() + ".");
            }
            ObjectNode params = params(request);
            Set<String> known = dc ? DC_PARAMETERS.get(action) : VPC_PARAMETERS.get(action);
            for (Iterator<String> names = params.fieldNames(); names.hasNext();) {
                String name = names.next();
                if (!known.contains(name)) {
                    throw new TcError("UnknownParameter", "The parameter " + name + " is not recognized.");
                }
            }
            ObjectNode result = dispatch(action, params, auth.account());
            result.put("RequestId", requestId);
            ObjectNode envelope = JSON.createObjectNode();
            envelope.set("Response", result);
            return EmulatorResponse.json(200, envelope.toString());
        } catch (TcError e) {
            return error(e.code, e.getMessage(), requestId, 200);
        }
    }

    @Override
    public EmulatorResponse throttled(EmulatorRequest request, String operation) {
        return error("RequestLimitExceeded", "Your current request times equals to `20` in a second.",
                UUID.randomUUID().toString(), 200);
    }

    @Override
    public EmulatorResponse serverError(EmulatorRequest request, String operation, int status) {
        return error("InternalError", "An internal error has occurred. Retry your request.", UUID.randomUUID().toString(), status);
    }

    private static EmulatorResponse error(String code, String message, String requestId, int status) {
        ObjectNode response = JSON.createObjectNode();
        response.putObject("Error").put("Code", code).put("Message", message);
        response.put("RequestId", requestId);
        ObjectNode envelope = JSON.createObjectNode();
        envelope.set("Response", response);
        return EmulatorResponse.json(status, envelope.toString());
    }

    private static ObjectNode params(EmulatorRequest request) {
        if (request.body().length == 0) {
            return JSON.createObjectNode();
        }
        try {
            JsonNode body = JSON.readTree(request.body());
            if (body instanceof ObjectNode object) {
                return object;
            }
        } catch (IOException e) {
            // answered below
        }
        throw new TcError("InvalidParameter", "The request body is not a JSON object.");
    }

    private ObjectNode dispatch(String action, ObjectNode p, String account) {
        return switch (action) {
            case "DescribeAccessPoints" -> describeAccessPoints(p);
            case "CreateDirectConnect" -> createDirectConnect(p, account);
            case "DescribeDirectConnects" -> describeDirectConnects(p, account);
            case "ModifyDirectConnectAttribute" -> modifyDirectConnect(p, account);
            case "DeleteDirectConnect" -> deleteDirectConnect(p, account);
            case "CreateDirectConnectTunnel" -> createTunnel(p, account);
            case "DescribeDirectConnectTunnels" -> describeTunnels(p, account);
            case "ModifyDirectConnectTunnelAttribute" -> modifyTunnel(p, account);
            case "DeleteDirectConnectTunnel" -> deleteTunnel(p, account);
            case "AcceptDirectConnectTunnel" -> decideTunnel(p, account, true);
            case "RejectDirectConnectTunnel" -> decideTunnel(p, account, false);
            case "DescribeDirectConnectTunnelExtra" -> tunnelExtra(p, account);
            case "DescribePublicDirectConnectTunnelRoutes" -> publicRoutes(p, account);
            case "CreateDirectConnectGateway" -> createGateway(p, account);
            case "DescribeDirectConnectGateways" -> describeGateways(p, account);
            case "DeleteDirectConnectGateway" -> deleteGateway(p, account);
            default -> throw new TcError("InvalidAction", "The action " + action + " does not exist.");
        };
    }

    // ---- access points ---------------------------------------------------------------------------

    private ObjectNode accessPoint(String id, String state, String region) {
        ObjectNode ap = JSON.createObjectNode().put("AccessPointName", "Emulated " + id).put("AccessPointId", id)
                .put("State", state).put("Location", "Emulated DC").put("Address", "1 Emulator Road").put("City", "Guangzhou")
                .put("Area", "South China").put("RegionId", region).put("AccessPointType", "VXLAN")
                .put("AccessPointServiceType", "NORMAL");
        LINE_OPERATORS.stream().limit(5).forEach(ap.putArray("LineOperator")::add);
        ArrayNode types = ap.putArray("AvailablePortType");
        ArrayNode info = ap.putArray("AvailablePortInfo");
        for (String[] port : new String[][] {{"1000BASE-LX", "1000", "X"}, {"1000BASE-T", "1000", "T"},
                {"10GBASE-LR", "10000", "X"}, {"100GBASE-LR4", "100000", "X"}}) {
            types.add(port[0]);
            info.addObject().put("InternationalName", port[0]).put("Specification", Integer.parseInt(port[1]))
                    .put("PortType", port[2]);
        }
        ap.putObject("Coordinate").put("Lat", 23.1291).put("Lng", 113.2644);
        return ap;
    }

    private ObjectNode describeAccessPoints(ObjectNode p) {
        String region = p.path("RegionId").asText(null);
        Map<String, List<String>> filters = filters(p);
        List<ObjectNode> matching = accessPoints.stream()
                .filter(ap -> region == null || ap.get("RegionId").asText().equals(region))
                .filter(ap -> matches(filters.get("access-point-id"), ap.get("AccessPointId").asText()))
                .filter(ap -> !filters.containsKey("isp") || filters.get("isp").stream()
                        .anyMatch(isp -> contains(ap.get("LineOperator"), isp)))
                .toList();
        return page(p, matching, "AccessPointSet");
    }

    // ---- lines -----------------------------------------------------------------------------------

    private ObjectNode createDirectConnect(ObjectNode p, String account) {
        String name = required(p, "DirectConnectName");
        String apId = required(p, "AccessPointId");
        String operator = required(p, "LineOperator");
        String portType = required(p, "PortType");
        ObjectNode ap = accessPoints.stream().filter(a -> a.get("AccessPointId").asText().equals(apId)).findFirst()
                .orElseThrow(() -> new TcError("ResourceNotFound", "The access point " + apId + " does not exist."));
        if (!ap.get("State").asText().equals("AVAILABLE")) {
            throw new TcError("ResourceUnavailable", "The access point " + apId + " is not available.");
        }
        if (!LINE_OPERATORS.contains(operator)) {
            throw new TcError("InvalidParameterValue", "LineOperator " + operator + " is not valid.");
        }
        if (!PORT_TYPES.contains(portType)) {
            throw new TcError("InvalidParameterValue", "PortType " + portType + " is not valid.");
        }
        int bandwidth = p.path("Bandwidth").asInt(1000);
        if (bandwidth < 2 || bandwidth > 100_000) {
            throw new TcError("InvalidParameterValue", "Bandwidth must be between 2 and 100000.");
        }
        if (p.hasNonNull("RedundantDirectConnectId") && !p.get("RedundantDirectConnectId").asText().isEmpty()) {
            line(p.get("RedundantDirectConnectId").asText(), account);
        }
        if (owned(lines, account).size() >= MAX_LINES) {
            throw new TcError("LimitExceeded.DirectConnectLimitExceeded", "The line quota of the account is reached.");
        }
        String id = newId("dc-");
        Instant now = emulator.clock().instant();
        ObjectNode line = JSON.createObjectNode().put("DirectConnectId", id).put("DirectConnectName", name)
                .put("AccessPointId", apId).put("AccessPointName", ap.get("AccessPointName").asText())
                .put("AccessPointType", "VXLAN").put("State", "PENDING").put("ChargeState", "NORMAL")
                .put("LineOperator", operator).put("PortType", portType).put("Bandwidth", bandwidth)
                .put("Location", p.path("Location").asText("")).put("CircuitCode", p.path("CircuitCode").asText(""))
                .put("RedundantDirectConnectId", p.path("RedundantDirectConnectId").asText(""))
                .put("Vlan", p.path("Vlan").asInt(0)).put("TencentAddress", p.path("TencentAddress").asText(""))
                .put("CustomerAddress", p.path("CustomerAddress").asText(""))
                .put("CustomerName", p.path("CustomerName").asText("")).put("CustomerContactMail", p.path("CustomerContactMail").asText(""))
                .put("CustomerContactNumber", p.path("CustomerContactNumber").asText(""))
                .put("FaultReportContactPerson", p.path("FaultReportContactPerson").asText(""))
                .put("FaultReportContactNumber", p.path("FaultReportContactNumber").asText(""))
                .put("FaultReportContactEmail", p.path("FaultReportContactEmail").asText(""))
                .put("SignLaw", p.path("SignLaw").asBoolean(true)).put("IsMacSec", p.path("IsMacSec").asBoolean(false))
                .put("ChargeType", "PREPAID_BY_YEAR").put("CreatedTime", ISO.format(now)).put("StartTime", SPACED.format(now))
                .put("VlanZeroDirectConnectTunnelCount", 0).put("OtherVlanDirectConnectTunnelCount", 0)
                .put("PortSpecification", portType.startsWith("10G") ? 10_000 : 1000).put("_account", account);
        line.set("TagSet", tags(p));
        lines.put(id, line);
        emulator.clock().afterWorkingDays(3, () -> reviewed(id));
        ObjectNode result = JSON.createObjectNode();
        result.putArray("DirectConnectIdSet").add(id);
        return result;
    }

    private synchronized void reviewed(String id) {
        ObjectNode line = lines.get(id);
        if (line != null && line.get("State").asText().equals("PENDING")) {
            line.put("State", toPay());
        }
    }

    private ObjectNode describeDirectConnects(ObjectNode p, String account) {
        Map<String, List<String>> filters = filters(p);
        List<String> ids = strings(p.path("DirectConnectIds"));
        List<ObjectNode> matching = owned(lines, account).stream()
                .filter(line -> ids.isEmpty() || ids.contains(line.get("DirectConnectId").asText()))
                .filter(line -> matches(filters.get("direct-connect-id"), line.get("DirectConnectId").asText()))
                .filter(line -> matches(filters.get("direct-connect-name"), line.get("DirectConnectName").asText()))
                .filter(line -> matches(filters.get("states"), line.get("State").asText()))
                .toList();
        ObjectNode result = page(p, matching, "DirectConnectSet");
        result.put("AllSignLaw", matching.stream().allMatch(line -> line.path("SignLaw").asBoolean()));
        return result;
    }

    private ObjectNode modifyDirectConnect(ObjectNode p, String account) {
        ObjectNode line = line(required(p, "DirectConnectId"), account);
        for (String field : List.of("DirectConnectName", "CircuitCode", "TencentAddress", "CustomerAddress", "CustomerName",
                "CustomerContactMail", "CustomerContactNumber", "FaultReportContactPerson", "FaultReportContactNumber",
                "FaultReportContactEmail")) {
            if (p.hasNonNull(field)) {
                line.put(field, p.get(field).asText());
            }
        }
        if (p.hasNonNull("Bandwidth")) {
            int bandwidth = p.get("Bandwidth").asInt();
            if (bandwidth < 2 || bandwidth > 100_000) {
                throw new TcError("InvalidParameterValue", "Bandwidth must be between 2 and 100000.");
            }
            line.put("Bandwidth", bandwidth);
        }
        if (p.hasNonNull("SignLaw")) {
            line.put("SignLaw", p.get("SignLaw").asBoolean());
        }
        if (line.get("State").asText().equals("REJECTED")) {
            line.put("State", "PENDING");
            String id = line.get("DirectConnectId").asText();
            emulator.clock().afterWorkingDays(3, () -> reviewed(id));
        }
        return JSON.createObjectNode();
    }

    private ObjectNode deleteDirectConnect(ObjectNode p, String account) {
        ObjectNode line = line(required(p, "DirectConnectId"), account);
        if (!line.get("State").asText().equals("AVAILABLE")) {
            throw new TcError("UnsupportedOperation.StateConfLict", "Only available lines can be deleted; this one is "
                    + line.get("State").asText() + ".");
        }
        String id = line.get("DirectConnectId").asText();
        if (tunnels.values().stream().anyMatch(t -> t.get("DirectConnectId").asText().equals(id)
                && !t.get("State").asText().equals("DELETED"))) {
            throw new TcError("FailedOperation", "The line still has dedicated tunnels; delete them first.");
        }
        line.put("State", "DELETING");
        emulator.clock().after(Duration.ofMinutes(1), () -> finishLineDeletion(id));
        return JSON.createObjectNode();
    }

    private synchronized void finishLineDeletion(String id) {
        ObjectNode line = lines.get(id);
        if (line != null && line.get("State").asText().equals("DELETING")) {
            line.put("State", "DELETED");
        }
    }

    private ObjectNode line(String id, String account) {
        ObjectNode line = lines.get(id);
        if (line == null) {
            throw new TcError("ResourceNotFound", "The line " + id + " does not exist.");
        }
        if (!line.get("_account").asText().equals(account)) {
            throw new TcError("InvalidParameter.DirectConnectIdIsNotUin", "The line " + id + " does not belong to the account.");
        }
        return line;
    }

    // ---- tunnels ---------------------------------------------------------------------------------

    private ObjectNode createTunnel(ObjectNode p, String account) {
        String lineId = required(p, "DirectConnectId");
        String name = required(p, "DirectConnectTunnelName");
        if (name.isEmpty() || name.length() > 60) {
            throw new TcError("InvalidParameterValue", "DirectConnectTunnelName must be 1 to 60 characters.");
        }
        String owner = p.hasNonNull("DirectConnectOwnerAccount") ? p.get("DirectConnectOwnerAccount").asText() : account;
        ObjectNode line = line(lineId, owner);
        if (!line.get("State").asText().equals("AVAILABLE")) {
            throw new TcError("UnsupportedOperation.StateConfLict", "The line " + lineId + " is not available.");
        }
        int vlan = p.path("Vlan").asInt(1);
        if (vlan < 0 || vlan > 3000) {
            throw new TcError("InvalidParameterValue", "Vlan must be between 0 and 3000.");
        }
        List<ObjectNode> onLine = tunnels.values().stream()
                .filter(t -> t.get("DirectConnectId").asText().equals(lineId) && !t.get("State").asText().equals("DELETED"))
                .toList();
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
            gateway = gateway(p.get("DirectConnectGatewayId").asText(), account);
            if (networkType.equals("VPC") && !gateway.get("NetworkInstanceId").asText().equals(p.get("VpcId").asText())) {
                throw new TcError("InvalidParameterValue", "The DC gateway belongs to another VPC.");
            }
        }
        String routeType = p.path("RouteType").asText("BGP");
        if (!routeType.equals("BGP") && !routeType.equals("STATIC")) {
            throw new TcError("InvalidParameterValue", "RouteType must be BGP or STATIC.");
        }
        addresses(p.path("TencentAddress").asText(""), p.path("CustomerAddress").asText(""));
        String id = newId("dcx-");
        ObjectNode tunnel = JSON.createObjectNode().put("DirectConnectTunnelId", id).put("DirectConnectId", lineId)
                .put("State", owner.equals(account) ? "PENDING" : "COMFIRMING").put("DirectConnectOwnerAccount", owner)
                .put("OwnerAccount", account).put("NetworkType", networkType)
                .put("NetworkRegion", p.path("NetworkRegion").asText(emulator.region()))
                .put("VpcId", p.path("VpcId").asText("")).put("DirectConnectGatewayId", p.path("DirectConnectGatewayId").asText(""))
                .put("DirectConnectGatewayName", gateway == null ? "" : gateway.get("DirectConnectGatewayName").asText())
                .put("RouteType", routeType).put("Vlan", vlan)
                .put("Bandwidth", p.path("Bandwidth").asInt(line.get("Bandwidth").asInt()))
                .put("TencentAddress", p.path("TencentAddress").asText("")).put("CustomerAddress", p.path("CustomerAddress").asText(""))
                .put("TencentBackupAddress", p.path("TencentBackupAddress").asText(""))
                .put("DirectConnectTunnelName", name).put("CreatedTime", ISO.format(emulator.clock().instant()))
                .put("AccessPointId", line.get("AccessPointId").asText()).put("AccessPointType", "VXLAN")
                .put("SignLaw", true).put("ShareOrNot", owner.equals(account) ? 0 : 1).put("EnableBGPCommunity", false)
                .put("NatType", 0).put("BfdEnable", p.path("BfdEnable").asInt(0)).put("_bgp", "Connect");
        ObjectNode bgp = tunnel.putObject("BgpPeer").put("CloudAsn", 45090L);
        bgp.put("Asn", routeType.equals("BGP") ? p.path("BgpPeer").path("Asn").asLong(-1) : -1)
                .put("AuthKey", p.path("BgpPeer").path("AuthKey").asText(""));
        tunnel.set("RouteFilterPrefixes", prefixes(p.path("RouteFilterPrefixes")));
        tunnel.set("TagSet", tags(p));
        tunnels.put(id, tunnel);
        if (owner.equals(account)) {
            configureLater(id);
        }
        ObjectNode result = JSON.createObjectNode();
        result.putArray("DirectConnectTunnelIdSet").add(id);
        return result;
    }

    private void configureLater(String id) {
        emulator.clock().after(Duration.ofMinutes(2), () -> stepTunnel(id, "PENDING", "ALLOCATING"));
        emulator.clock().after(Duration.ofMinutes(5), () -> stepTunnel(id, "ALLOCATING", "ALLOCATED"));
        emulator.clock().after(Duration.ofMinutes(30), () -> stepTunnel(id, "ALLOCATED", "AVAILABLE"));
    }

    private synchronized void stepTunnel(String id, String from, String to) {
        ObjectNode tunnel = tunnels.get(id);
        if (tunnel != null && tunnel.get("State").asText().equals(from)) {
            tunnel.put("State", to);
            if (to.equals("AVAILABLE")) {
                tunnel.put("_bgp", "Established");
            }
        }
    }

    private ObjectNode describeTunnels(ObjectNode p, String account) {
        List<String> ids = strings(p.path("DirectConnectTunnelIds"));
        Map<String, List<String>> filters = filters(p);
        if (!ids.isEmpty() && !filters.isEmpty()) {
            throw new TcError("InvalidParameter", "DirectConnectTunnelIds and Filters cannot be combined.");
        }
        List<ObjectNode> matching = tunnels.values().stream()
                .filter(visibleTo(account))
                .filter(t -> ids.isEmpty() || ids.contains(t.get("DirectConnectTunnelId").asText()))
                .filter(t -> matches(filters.get("direct-connect-tunnel-id"), t.get("DirectConnectTunnelId").asText()))
                .filter(t -> matches(filters.get("direct-connect-tunnel-name"), t.get("DirectConnectTunnelName").asText()))
                .filter(t -> matches(filters.get("direct-connect-id"), t.get("DirectConnectId").asText()))
                .toList();
        return page(p, matching, "DirectConnectTunnelSet");
    }

    private ObjectNode modifyTunnel(ObjectNode p, String account) {
        ObjectNode tunnel = tunnel(required(p, "DirectConnectTunnelId"), account);
        if (!tunnel.get("State").asText().equals("AVAILABLE")) {
            throw new TcError("UnsupportedOperation.StateConfLict", "The tunnel is " + tunnel.get("State").asText() + ".");
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
            addresses(local, peer);
            tunnel.put("TencentAddress", local).put("CustomerAddress", peer);
        }
        return JSON.createObjectNode();
    }

    private ObjectNode deleteTunnel(ObjectNode p, String account) {
        ObjectNode tunnel = tunnel(required(p, "DirectConnectTunnelId"), account);
        String state = tunnel.get("State").asText();
        if (!List.of("AVAILABLE", "ALLOCATED", "REJECTED", "COMFIRMING").contains(state)) {
            throw new TcError("UnsupportedOperation.StateConfLict", "The tunnel is " + state + " and cannot be deleted now.");
        }
        tunnel.put("State", "DELETING");
        String id = tunnel.get("DirectConnectTunnelId").asText();
        emulator.clock().after(Duration.ofMinutes(1), () -> removeTunnel(id));
        return JSON.createObjectNode();
    }

    private synchronized void removeTunnel(String id) {
        ObjectNode tunnel = tunnels.get(id);
        if (tunnel != null && tunnel.get("State").asText().equals("DELETING")) {
            tunnels.remove(id);
        }
    }

    private ObjectNode decideTunnel(ObjectNode p, String account, boolean accept) {
        ObjectNode tunnel = tunnel(required(p, "DirectConnectTunnelId"), account);
        if (!tunnel.get("DirectConnectOwnerAccount").asText().equals(account)) {
            throw new TcError("InvalidParameter.DirectConnectIdIsNotUin", "Only the line owner can accept or reject.");
        }
        if (!tunnel.get("State").asText().equals("COMFIRMING")) {
            throw new TcError("UnsupportedOperation.StateConfLict", "The tunnel is not waiting for acceptance.");
        }
        tunnel.put("State", accept ? "PENDING" : "REJECTED");
        if (accept) {
            configureLater(tunnel.get("DirectConnectTunnelId").asText());
        }
        return JSON.createObjectNode();
    }

    /** UNVERIFIED: the error a tunnel that is not an internet tunnel gets is not documented; UnsupportedOperation is assumed. */
    private ObjectNode publicRoutes(ObjectNode p, String account) {
        ObjectNode tunnel = tunnel(required(p, "DirectConnectTunnelId"), account);
        if (!tunnel.has("_publicRoutes")) {
            throw new TcError("UnsupportedOperation", "The tunnel is not an internet tunnel.");
        }
        Map<String, List<String>> filters = filters(p);
        List<ObjectNode> matching = new ArrayList<>();
        tunnel.get("_publicRoutes").forEach(route -> {
            if (matches(filters.get("route-type"), route.get("RouteType").asText())
                    && matches(filters.get("route-subnet"), route.get("DestinationCidrBlock").asText())) {
                matching.add((ObjectNode) route);
            }
        });
        return page(p, matching, "Routes");
    }

    /** Makes a tunnel an internet tunnel that has learned a route, as DescribePublicDirectConnectTunnelRoutes shows it. */
    synchronized void learnInternetRoute(String tunnelId, String cidr, boolean enabled) {
        ObjectNode tunnel = stored(ResourceType.VIRTUAL_INTERFACE, tunnelId);
        ArrayNode routes = tunnel.has("_publicRoutes") ? (ArrayNode) tunnel.get("_publicRoutes") : tunnel.putArray("_publicRoutes");
        ObjectNode route = routes.addObject().put("RouteId", String.format("ccnr-%08x", ids++ & 0xffffffffL))
                .put("DestinationCidrBlock", cidr).put("RouteType", "BGP").put("Status", enabled ? "ENABLE" : "DISABLE")
                .put("NextHop", tunnel.path("CustomerAddress").asText().replaceFirst("/.*", ""))
                .put("UpdateTime", ISO.format(emulator.clock().instant())).put("ApplyOnTunnelEnable", true);
        route.putArray("ASPath").add(tunnel.path("BgpPeer").path("Asn").asText());
    }

    private ObjectNode tunnelExtra(ObjectNode p, String account) {
        ObjectNode tunnel = tunnel(required(p, "DirectConnectTunnelId"), account);
        ObjectNode extra = StoredJson.visible(tunnel);
        extra.remove(List.of("TagSet"));
        extra.putArray("PublicAddresses");
        extra.put("NqaEnable", 0).put("IPv6Enable", 0).put("JumboEnable", 0);
        extra.putObject("BgpStatus").put("TencentAddressBgpState", tunnel.get("_bgp").asText())
                .put("TencentBackupAddressBgpState", "");
        ObjectNode result = JSON.createObjectNode();
        result.set("DirectConnectTunnelExtra", extra);
        return result;
    }

    private ObjectNode tunnel(String id, String account) {
        ObjectNode tunnel = tunnels.get(id);
        if (tunnel == null || !visibleTo(account).test(tunnel)) {
            throw new TcError("ResourceNotFound.DirectConnectTunnelIdIsNotExist", "The tunnel " + id + " does not exist.");
        }
        return tunnel;
    }

    private static Predicate<ObjectNode> visibleTo(String account) {
        return t -> t.get("OwnerAccount").asText().equals(account) || t.get("DirectConnectOwnerAccount").asText().equals(account);
    }

    private static void addresses(String local, String peer) {
        if (local.isEmpty() && peer.isEmpty()) {
            return;
        }
        var a = CIDR.matcher(local);
        var b = CIDR.matcher(peer);
        if (!a.matches() || !b.matches() || !a.group(2).equals(b.group(2)) || local.equals(peer)) {
            throw new TcError("InvalidParameter.AddressError", "TencentAddress and CustomerAddress must be distinct "
                    + "addresses of one subnet in CIDR form.");
        }
        int bits = Integer.parseInt(a.group(2));
        if (bits > 32 || network(a.group(1), bits) != network(b.group(1), bits)) {
            throw new TcError("InvalidParameter.AddressError", "TencentAddress and CustomerAddress are not in the same subnet.");
        }
    }

    private static long network(String address, int bits) {
        long value = 0;
        for (String octet : address.split("\\.")) {
            int part = Integer.parseInt(octet);
            if (part > 255) {
                throw new TcError("InvalidParameter.AddressError", "Bad address " + address + ".");
            }
            value = (value << 8) | part;
        }
        return bits == 0 ? 0 : value >>> (32 - bits);
    }

    // ---- gateways (vpc) --------------------------------------------------------------------------

    private ObjectNode createGateway(ObjectNode p, String account) {
        String name = required(p, "DirectConnectGatewayName");
        String type = required(p, "NetworkType");
        if (name.length() > 60) {
            throw new TcError("InvalidParameterValue", "DirectConnectGatewayName must be at most 60 characters.");
        }
        if (!type.equals("VPC") && !type.equals("CCN")) {
            throw new TcError("InvalidParameterValue", "NetworkType must be VPC or CCN.");
        }
        String gatewayType = p.path("GatewayType").asText("NORMAL");
        if (!gatewayType.equals("NORMAL") && !(gatewayType.equals("NAT") && type.equals("VPC"))) {
            throw new TcError("InvalidParameterValue", "GatewayType " + gatewayType + " is not valid for " + type + ".");
        }
        if (p.has("GatewayAsn")) {
            long asn = p.get("GatewayAsn").asLong();
            boolean ok = asn == 45_090 || (asn >= 64_512 && asn <= 65_534) || (asn >= 4_200_000_000L && asn <= 4_294_967_294L);
            if (!ok) {
                throw new TcError("InvalidParameterValue", "GatewayAsn " + asn + " is not allowed.");
            }
        }
        String id = newId("dcg-");
        ObjectNode gateway = JSON.createObjectNode().put("DirectConnectGatewayId", id).put("DirectConnectGatewayName", name)
                .put("NetworkType", type).put("NetworkInstanceId", p.path("NetworkInstanceId").asText(""))
                .put("VpcId", type.equals("VPC") ? p.path("NetworkInstanceId").asText("") : "")
                .put("GatewayType", gatewayType).put("CreateTime", SPACED.format(emulator.clock().instant()))
                .put("DirectConnectGatewayIp", "10.255.0." + (gateways.size() % 250 + 1)).put("_account", account);
        if (p.has("GatewayAsn")) {
            gateway.put("GatewayAsn", p.get("GatewayAsn").asLong());
        }
        gateway.set("TagSet", tags(p));
        gateways.put(id, gateway);
        ObjectNode result = JSON.createObjectNode();
        result.set("DirectConnectGateway", StoredJson.visible(gateway));
        return result;
    }

    private ObjectNode describeGateways(ObjectNode p, String account) {
        List<String> ids = strings(p.path("DirectConnectGatewayIds"));
        Map<String, List<String>> filters = filters(p);
        if (!ids.isEmpty() && !filters.isEmpty()) {
            throw new TcError("InvalidParameter", "DirectConnectGatewayIds and Filters cannot be combined.");
        }
        List<String> names = filters.get("direct-connect-gateway-name");
        List<ObjectNode> matching = owned(gateways, account).stream()
                .filter(g -> ids.isEmpty() || ids.contains(g.get("DirectConnectGatewayId").asText()))
                .filter(g -> matches(filters.get("direct-connect-gateway-id"), g.get("DirectConnectGatewayId").asText()))
                .filter(g -> names == null || names.stream().anyMatch(n -> g.get("DirectConnectGatewayName").asText().contains(n)))
                .toList();
        return page(p, matching, "DirectConnectGatewaySet");
    }

    private ObjectNode deleteGateway(ObjectNode p, String account) {
        ObjectNode gateway = gateway(required(p, "DirectConnectGatewayId"), account);
        String id = gateway.get("DirectConnectGatewayId").asText();
        if (tunnels.values().stream().anyMatch(t -> t.get("DirectConnectGatewayId").asText().equals(id))) {
            throw new TcError("ResourceInUse", "The DC gateway is used by a dedicated tunnel.");
        }
        gateways.remove(id);
        return JSON.createObjectNode();
    }

    private ObjectNode gateway(String id, String account) {
        ObjectNode gateway = gateways.get(id);
        if (gateway == null || !gateway.get("_account").asText().equals(account)) {
            throw new TcError("ResourceNotFound", "The DC gateway " + id + " does not exist.");
        }
        return gateway;
    }

    // ---- shared pieces ---------------------------------------------------------------------------

    private ObjectNode page(ObjectNode p, List<ObjectNode> matching, String setName) {
        int offset = p.path("Offset").asInt(0);
        int limit = p.path("Limit").asInt(20);
        if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
            throw new TcError("InvalidParameterValue", "Offset must be at least 0 and Limit 1 to " + MAX_LIMIT + ".");
        }
        ObjectNode result = JSON.createObjectNode();
        ArrayNode set = result.putArray(setName);
        matching.stream().skip(offset).limit(limit).forEach(item -> set.add(StoredJson.visible(item)));
        result.put("TotalCount", matching.size());
        return result;
    }

    private static Map<String, List<String>> filters(ObjectNode p) {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (JsonNode filter : p.path("Filters")) {
            if (!filter.hasNonNull("Name") || !filter.has("Values")) {
                throw new TcError("MissingParameter", "Every filter needs Name and Values.");
            }
            filters.put(filter.get("Name").asText(), strings(filter.get("Values")));
        }
        return filters;
    }

    private static boolean matches(List<String> wanted, String value) {
        return wanted == null || wanted.contains(value);
    }

    private static boolean contains(JsonNode array, String value) {
        for (JsonNode item : array) {
            if (item.asText().equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static ArrayNode tags(ObjectNode p) {
        ArrayNode tags = JSON.createArrayNode();
        for (JsonNode tag : p.path("Tags")) {
            if (!tag.hasNonNull("Key") || !tag.hasNonNull("Value")) {
                throw new TcError("MissingParameter", "Tag.Key and Tag.Value are required.");
            }
            tags.addObject().put("Key", tag.get("Key").asText()).put("Value", tag.get("Value").asText());
        }
        return tags;
    }

    private static ArrayNode prefixes(JsonNode list) {
        ArrayNode prefixes = JSON.createArrayNode();
        for (JsonNode prefix : list) {
            if (!CIDR.matcher(prefix.path("Cidr").asText()).matches()) {
                throw new TcError("InvalidParameterValue", "RouteFilterPrefixes.Cidr must be a CIDR block.");
            }
            prefixes.addObject().put("Cidr", prefix.get("Cidr").asText());
        }
        return prefixes;
    }

    private static List<ObjectNode> owned(Map<String, ObjectNode> store, String account) {
        return store.values().stream().filter(r -> r.get("_account").asText().equals(account)).toList();
    }

    private static String required(ObjectNode p, String field) {
        if (!p.hasNonNull(field)) {
            throw new TcError("MissingParameter", "The parameter " + field + " is missing.");
        }
        return p.get(field).asText();
    }

    private String newId(String prefix) {
        String suffix = "00000000" + Long.toString(ids++, 36);
        return prefix + suffix.substring(suffix.length() - 8);
    }

    // ---- the operator ----------------------------------------------------------------------------

    private ObjectNode stored(ResourceType type, String id) {
        ObjectNode resource = switch (type) {
            case CONNECTION -> lines.get(id);
            case VIRTUAL_INTERFACE -> tunnels.get(id);
            case GATEWAY -> gateways.get(id);
            default -> throw new UnsupportedOperationException("the Tencent emulator stores no " + type + " of its own");
        };
        if (resource == null) {
            throw new IllegalArgumentException("no " + type + " " + id);
        }
        return resource;
    }

    private void expect(ObjectNode resource, String state) {
        if (!resource.get("State").asText().equals(state)) {
            throw new IllegalStateException("the resource is " + resource.get("State").asText() + ", not " + state);
        }
    }

    @Override
    public synchronized void approve(String connectionId) {
        ObjectNode line = stored(ResourceType.CONNECTION, connectionId);
        expect(line, "PENDING");
        line.put("State", toPay());
    }

    @Override
    public synchronized void reject(String connectionId, String reason) {
        ObjectNode line = stored(ResourceType.CONNECTION, connectionId);
        expect(line, "PENDING");
        line.put("State", "REJECTED");
    }

    @Override
    public synchronized void markPaid(String connectionId) {
        ObjectNode line = stored(ResourceType.CONNECTION, connectionId);
        expect(line, toPay());
        line.put("State", "PAID");
        emulator.clock().afterWorkingDays(1, () -> allocate(connectionId));
    }

    private synchronized void allocate(String id) {
        ObjectNode line = lines.get(id);
        if (line != null && line.get("State").asText().equals("PAID")) {
            line.put("State", building());
            emulator.clock().afterWorkingDays(5, () -> built(id));
        }
    }

    private synchronized void built(String id) {
        ObjectNode line = lines.get(id);
        if (line != null && line.get("State").asText().equals(building())) {
            line.put("State", "AVAILABLE").put("EnabledTime", ISO.format(emulator.clock().instant()));
        }
    }

    @Override
    public synchronized void completeConstruction(String connectionId) {
        ObjectNode line = stored(ResourceType.CONNECTION, connectionId);
        if (!List.of("PAID", building()).contains(line.get("State").asText())) {
            throw new IllegalStateException("the line is not being built");
        }
        line.put("State", "AVAILABLE").put("EnabledTime", ISO.format(emulator.clock().instant()));
    }

    @Override
    public synchronized void advance(ResourceType type, String id) {
        ObjectNode resource = stored(type, id);
        String state = resource.get("State") == null ? "" : resource.get("State").asText();
        if (type == ResourceType.CONNECTION) {
            if (state.equals("PENDING")) {
                resource.put("State", toPay());
            } else if (state.equals("PAID")) {
                allocate(id);
            } else if (state.equals(building())) {
                built(id);
            } else if (state.equals("DELETING")) {
                finishLineDeletion(id);
            }
        } else if (type == ResourceType.VIRTUAL_INTERFACE) {
            switch (state) {
                case "PENDING" -> resource.put("State", "ALLOCATING");
                case "ALLOCATING" -> resource.put("State", "ALLOCATED");
                case "ALTERING" -> resource.put("State", "AVAILABLE");
                case "DELETING" -> tunnels.remove(id);
                default -> {
                    // nothing is the provider's to do
                }
            }
        }
    }

    @Override
    public synchronized void linkUp(ResourceType type, String id) {
        ObjectNode tunnel = stored(ResourceType.VIRTUAL_INTERFACE, id);
        tunnel.put("_bgp", "Established");
        if (tunnel.get("State").asText().equals("ALLOCATED")) {
            tunnel.put("State", "AVAILABLE");
        }
    }

    @Override
    public synchronized void linkDown(ResourceType type, String id) {
        stored(ResourceType.VIRTUAL_INTERFACE, id).put("_bgp", "Connect");
    }

    @Override
    public synchronized String requestForeignVirtualInterface(String connectionId) {
        ObjectNode line = stored(ResourceType.CONNECTION, connectionId);
        ObjectNode p = JSON.createObjectNode().put("DirectConnectId", connectionId)
                .put("DirectConnectTunnelName", "shared-by-" + FOREIGN_ACCOUNT)
                .put("DirectConnectOwnerAccount", line.get("_account").asText()).put("NetworkType", "CCN")
                .put("Vlan", 2000 + tunnels.size() % 1000).put("RouteType", "BGP");
        p.putObject("BgpPeer").put("Asn", 65_100);
        return createTunnel(p, FOREIGN_ACCOUNT).get("DirectConnectTunnelIdSet").get(0).asText();
    }

    @Override
    public synchronized void setRawState(ResourceType type, String id, String rawState) {
        stored(type, id).put("State", rawState);
    }

    @Override
    public synchronized int count(ResourceType type) {
        return switch (type) {
            case CONNECTION -> lines.size();
            case VIRTUAL_INTERFACE -> tunnels.size();
            case GATEWAY -> gateways.size();
            default -> 0;
        };
    }

    /** A request the service refuses, with its code. */
    private static final class TcError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String code;

        TcError(String code, String message) {
            super(message);
            this.code = code;
        }
    }
}
