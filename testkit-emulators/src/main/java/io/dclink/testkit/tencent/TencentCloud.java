package io.dclink.testkit.tencent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dclink.testkit.emulator.EmulatedClock;
import io.dclink.testkit.emulator.EmulatorRequest;
import io.dclink.testkit.emulator.EmulatorResponse;
import io.dclink.testkit.emulator.WireProtocol;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Tencent's API on the wire: the {@code X-TC-Action}, {@code X-TC-Version} and
 * {@code X-TC-Region} headers, TC3 signatures (scoped to {@code dc}, {@code vpc} or {@code tag}),
 * each action's parameters (unknown ones refused), the dispatch to access points, lines, tunnels,
 * gateways and the tag service, and the JSON envelope of answers and
 * errors. Every resource is stored as the JSON object the API returns, plus internal fields (names
 * starting with {@code _}) that are never returned. All of it runs holding this object's lock.
 */
final class TencentCloud implements WireProtocol {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SPACED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Shanghai"));

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

    private static final Map<String, Set<String>> TAG_PARAMETERS = Map.of(
            "DescribeResourcesByTags", Set.of("TagFilters", "CreateUin", "Offset", "Limit", "ResourcePrefix", "ResourceId",
                    "ResourceRegion", "ServiceType"));

    private final TencentEmulator emulator;
    private final Tc3Verifier verifier;
    private final AccessPoints accessPoints;
    private final Lines lines;
    private final Tunnels tunnels;
    private final Gateways gateways;
    private final TagService tags;
    private long ids = 0x1_0000_0000L;

    TencentCloud(TencentEmulator emulator, boolean listASpellings) {
        this.emulator = emulator;
        this.verifier = new Tc3Verifier(emulator.keys());
        this.accessPoints = new AccessPoints(emulator.region());
        this.lines = listASpellings ? new Lines(this, "TOPAY", "ALLOCATED") : new Lines(this, "PENDINGPAY", "BUILDING");
        this.tunnels = new Tunnels(this);
        this.gateways = new Gateways(this);
        this.tags = new TagService(this);
    }

    // ---- the parts -------------------------------------------------------------------------------

    AccessPoints accessPoints() {
        return accessPoints;
    }

    Lines lines() {
        return lines;
    }

    Tunnels tunnels() {
        return tunnels;
    }

    Gateways gateways() {
        return gateways;
    }

    EmulatedClock clock() {
        return emulator.clock();
    }

    Instant now() {
        return emulator.clock().instant();
    }

    String region() {
        return emulator.region();
    }

    long nextNumber() {
        return ids++;
    }

    /** An id like the service's: the prefix and 8 base-36 digits. */
    String newId(String prefix) {
        String suffix = "00000000" + Long.toString(nextNumber(), 36);
        return prefix + suffix.substring(suffix.length() - 8);
    }

    static String iso(Instant time) {
        return ISO.format(time);
    }

    /** The space-separated Beijing time some fields use. */
    static String spaced(Instant time) {
        return SPACED.format(time);
    }

    synchronized void learnInternetRoute(String tunnelId, String cidr, boolean enabled) {
        tunnels.learnInternetRoute(tunnelId, cidr, enabled);
    }

    /** An available line of another account, built as the operator builds lines. */
    synchronized String sharedLine(String ownerAccount) {
        ObjectNode p = Params.JSON.createObjectNode().put("DirectConnectName", "shared-by-" + ownerAccount)
                .put("AccessPointId", "ap-" + region().replaceFirst("^ap-", "") + "-a-th")
                .put("LineOperator", "ChinaTelecom").put("PortType", "10GBase-LR").put("Bandwidth", 10_000);
        String id = lines.create(p, ownerAccount).get("DirectConnectIdSet").get(0).asText();
        for (String step : new String[] {"approve", "markPaid", "completeConstruction"}) {
            lines.lifecycle.fire(id, step);
        }
        return id;
    }

    /** The owner of a tunnel's line accepts it, as its AcceptDirectConnectTunnel would. */
    synchronized void acceptAsLineOwner(String tunnelId) {
        ObjectNode tunnel = tunnels.stored(tunnelId);
        tunnels.decide(Params.JSON.createObjectNode().put("DirectConnectTunnelId", tunnelId),
                tunnel.get("DirectConnectOwnerAccount").asText(), true);
    }

    // ---- the wire --------------------------------------------------------------------------------

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
            String service = DC_PARAMETERS.containsKey(action) ? "dc" : VPC_PARAMETERS.containsKey(action) ? "vpc"
                    : TAG_PARAMETERS.containsKey(action) ? "tag" : null;
            if (service == null) {
                throw new TcError("InvalidAction", "The action " + action + " does not exist.");
            }
            String version = switch (service) {
                case "dc" -> "2018-04-10";
                case "vpc" -> "2017-03-12";
                default -> "2018-08-13";
            };
            if (!version.equals(request.header("X-TC-Version"))) {
                throw new TcError("NoSuchVersion", "The API version " + request.header("X-TC-Version") + " does not exist.");
            }
            Tc3Verifier.Result auth = verifier.verify(request, service, emulator.signatureClock().instant());
            if (auth.failure() != null) {
                throw new TcError(auth.failure().code(), auth.failure().message());
            }
            String region = request.header("X-TC-Region");
            if (region != null && !region.equals(emulator.region())) {
                throw new TcError("UnsupportedRegion", "The emulator serves region " + emulator.region() + ".");
            }
            ObjectNode params = params(request);
            Set<String> known = switch (service) {
                case "dc" -> DC_PARAMETERS.get(action);
                case "vpc" -> VPC_PARAMETERS.get(action);
                default -> TAG_PARAMETERS.get(action);
            };
            for (Iterator<String> names = params.fieldNames(); names.hasNext();) {
                String name = names.next();
                if (!known.contains(name)) {
                    throw new TcError("UnknownParameter", "The parameter " + name + " is not recognized.");
                }
            }
            ObjectNode result = dispatch(action, params, auth.account());
            result.put("RequestId", requestId);
            ObjectNode envelope = Params.JSON.createObjectNode();
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

    @Override
    public EmulatorResponse providerError(EmulatorRequest request, String operation, String code, int status) {
        return error(code, "A scripted " + code + " error.", UUID.randomUUID().toString(), status);
    }

    private static EmulatorResponse error(String code, String message, String requestId, int status) {
        ObjectNode response = Params.JSON.createObjectNode();
        response.putObject("Error").put("Code", code).put("Message", message);
        response.put("RequestId", requestId);
        ObjectNode envelope = Params.JSON.createObjectNode();
        envelope.set("Response", response);
        return EmulatorResponse.json(status, envelope.toString());
    }

    private static ObjectNode params(EmulatorRequest request) {
        if (request.body().length == 0) {
            return Params.JSON.createObjectNode();
        }
        try {
            JsonNode body = Params.JSON.readTree(request.body());
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
            case "DescribeAccessPoints" -> accessPoints.describe(p);
            case "CreateDirectConnect" -> lines.create(p, account);
            case "DescribeDirectConnects" -> lines.describe(p, account);
            case "ModifyDirectConnectAttribute" -> lines.modify(p, account);
            case "DeleteDirectConnect" -> lines.delete(p, account);
            case "CreateDirectConnectTunnel" -> tunnels.create(p, account);
            case "DescribeDirectConnectTunnels" -> tunnels.describe(p, account);
            case "ModifyDirectConnectTunnelAttribute" -> tunnels.modify(p, account);
            case "DeleteDirectConnectTunnel" -> tunnels.delete(p, account);
            case "AcceptDirectConnectTunnel" -> tunnels.decide(p, account, true);
            case "RejectDirectConnectTunnel" -> tunnels.decide(p, account, false);
            case "DescribeDirectConnectTunnelExtra" -> tunnels.extra(p, account);
            case "DescribePublicDirectConnectTunnelRoutes" -> tunnels.publicRoutes(p, account);
            case "CreateDirectConnectGateway" -> gateways.create(p, account);
            case "DescribeDirectConnectGateways" -> gateways.describe(p, account);
            case "DeleteDirectConnectGateway" -> gateways.delete(p, account);
            case "DescribeResourcesByTags" -> tags.describeResourcesByTags(p, account);
            default -> throw new TcError("InvalidAction", "The action " + action + " does not exist.");
        };
    }
}
