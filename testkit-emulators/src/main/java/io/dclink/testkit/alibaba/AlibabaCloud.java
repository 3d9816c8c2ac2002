package io.dclink.testkit.alibaba;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dclink.lifecycle.ResourceType;
import io.dclink.testkit.emulator.EmulatedClock;
import io.dclink.testkit.emulator.EmulatorRequest;
import io.dclink.testkit.emulator.EmulatorResponse;
import io.dclink.testkit.emulator.Operator;
import io.dclink.testkit.emulator.StoredJson;
import io.dclink.testkit.emulator.WireProtocol;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * The VPC API's wire protocol and the provider's people behind it: ACS3 signatures, the action
 * and version headers, parameters in the query (or a form body), client tokens, error bodies with
 * 4xx/5xx statuses, and the dispatch to lines, LOAs, VBRs, BGP and route entries.
 */
final class AlibabaCloud implements WireProtocol, Operator {

    static final String VERSION = "2016-04-28";
    /** Parameters every action accepts besides its own. */
    private static final Set<String> COMMON = Set.of("RegionId", "ClientToken", "OwnerId", "OwnerAccount", "ResourceOwnerId",
            "ResourceOwnerAccount", "Action", "Version", "Format", "AccessKeyId", "SignatureMethod", "SignatureVersion",
            "SignatureNonce", "Timestamp", "Signature", "SecurityToken", "AcceptLanguage");
    private static final Map<String, Set<String>> PARAMETERS = Map.ofEntries(
            Map.entry("DescribeAccessPoints", Set.of("PageNumber", "PageSize")),
            Map.entry("ListBusinessAccessPoints", Set.of()),
            Map.entry("CreatePhysicalConnection", Set.of("AccessPointId", "LineOperator", "PortType", "bandwidth",
                    "CircuitCode", "PeerLocation", "RedundantPhysicalConnectionId", "Name", "Description", "Type",
                    "ResourceGroupId", "Tag.N.Key", "Tag.N.Value", "OpticalModuleModel", "DeviceAdvancedCapacity.N")),
            Map.entry("CreatePhysicalConnectionSetupOrder", Set.of("AccessPointId", "LineOperator", "PortType",
                    "RedundantPhysicalConnectionId", "AutoPay")),
            Map.entry("CreateHighReliablePhysicalConnection", Set.of("HighReliableType", "PortType", "ApList.N.AccessPointId",
                    "ApList.N.LineOperator", "ApList.N.RegionId", "ApList.N.Bandwidth", "ApList.N.CircuitCode",
                    "ApList.N.Name", "ApList.N.Description", "ApList.N.OpticalModuleModel", "ApList.N.PeerLocation",
                    "ApList.N.PortNum", "ApList.N.Type", "DryRun", "DeviceAdvancedCapacity.N", "Tag.N.Key", "Tag.N.Value",
                    "ResourceGroupId")),
            Map.entry("DescribePhysicalConnections", Set.of("PageNumber", "PageSize", "Filter.N.Key", "Filter.N.Value.N",
                    "IncludeReservationData", "ResourceGroupId", "Tags.N.Key", "Tags.N.Value")),
            Map.entry("ModifyPhysicalConnectionAttribute", Set.of("PhysicalConnectionId", "LineOperator", "PortType",
                    "bandwidth", "CircuitCode", "PeerLocation", "RedundantPhysicalConnectionId", "Name", "Description",
                    "DownDelayTime")),
            Map.entry("CancelPhysicalConnection", Set.of("PhysicalConnectionId")),
            Map.entry("ConfirmPhysicalConnection", Set.of("PhysicalConnectionId")),
            Map.entry("EnablePhysicalConnection", Set.of("PhysicalConnectionId", "ByPassSp")),
            Map.entry("CreatePhysicalConnectionOccupancyOrder", Set.of("PhysicalConnectionId", "InstanceChargeType",
                    "PricingCycle", "Period", "AutoPay", "AutoRenew", "AutoRenewDuration")),
            Map.entry("TerminatePhysicalConnection", Set.of("PhysicalConnectionId")),
            Map.entry("DeletePhysicalConnection", Set.of("PhysicalConnectionId")),
            Map.entry("ApplyPhysicalConnectionLOA", loaParameters()),
            Map.entry("SecondApplyPhysicalConnectionLOA", loaParameters()),
            Map.entry("DescribePhysicalConnectionLOA", Set.of("InstanceId")),
            Map.entry("CompletePhysicalConnectionLOA", Set.of("InstanceId", "LineCode", "LineLabel", "LineServiceProvider",
                    "LineSPContactInfo", "FinishWork")),
            Map.entry("CreateVirtualBorderRouter", Set.of("PhysicalConnectionId", "VlanId", "LocalGatewayIp", "PeerGatewayIp",
                    "PeeringSubnetMask", "LocalIpv6GatewayIp", "PeerIpv6GatewayIp", "PeeringIpv6SubnetMask", "EnableIpv6",
                    "Bandwidth", "CircuitCode", "VbrOwnerId", "Name", "Description", "ResourceGroupId", "Tags.N.Key",
                    "Tags.N.Value")),
            Map.entry("DescribeVirtualBorderRouters", Set.of("PageNumber", "PageSize", "Filter.N.Key", "Filter.N.Value.N",
                    "IncludeCrossAccountVbr", "ResourceGroupId", "Tags.N.Key", "Tags.N.Value")),
            Map.entry("ModifyVirtualBorderRouterAttribute", Set.of("VbrId", "VlanId", "CircuitCode", "LocalGatewayIp",
                    "PeerGatewayIp", "PeeringSubnetMask", "Bandwidth", "Name", "Description", "MinRxInterval",
                    "MinTxInterval", "DetectMultiplier", "Mtu", "SitelinkEnable")),
            Map.entry("DeleteVirtualBorderRouter", Set.of("VbrId")),
            Map.entry("TerminateVirtualBorderRouter", Set.of("VbrId")),
            Map.entry("RecoverVirtualBorderRouter", Set.of("VbrId")),
            Map.entry("CreateBgpGroup", Set.of("RouterId", "PeerAsn", "LocalAsn", "AuthKey", "IsFakeAsn", "IpVersion",
                    "RouteQuota", "Name", "Description")),
            Map.entry("DescribeBgpGroups", Set.of("RouterId", "BgpGroupId", "IsDefault", "PageNumber", "PageSize")),
            Map.entry("ModifyBgpGroupAttribute", Set.of("BgpGroupId", "PeerAsn", "AuthKey", "ClearAuthKey", "Name",
                    "Description", "IsFakeAsn", "LocalAsn", "RouteQuota")),
            Map.entry("DeleteBgpGroup", Set.of("BgpGroupId")),
            Map.entry("CreateBgpPeer", Set.of("BgpGroupId", "PeerIpAddress", "EnableBfd", "BfdMultiHop", "IpVersion")),
            Map.entry("DescribeBgpPeers", Set.of("RouterId", "BgpGroupId", "BgpPeerId", "IsDefault", "PageNumber",
                    "PageSize")),
            Map.entry("DeleteBgpPeer", Set.of("BgpPeerId")),
            Map.entry("AddBgpNetwork", Set.of("RouterId", "DstCidrBlock", "VpcId")),
            Map.entry("DescribeBgpNetworks", Set.of("RouterId", "PageNumber", "PageSize")),
            Map.entry("DeleteBgpNetwork", Set.of("RouterId", "DstCidrBlock")),
            Map.entry("CreateRouteEntry", Set.of("RouteTableId", "DestinationCidrBlock", "NextHopType", "NextHopId",
                    "RouteEntryName", "Description", "DryRun")),
            Map.entry("DescribeRouteEntryList", Set.of("RouteTableId", "RouteEntryId", "RouteEntryName", "RouteEntryType",
                    "DestinationCidrBlock", "IpVersion", "NextHopId", "NextHopType", "NextToken", "MaxResult")),
            Map.entry("DeleteRouteEntry", Set.of("RouteEntryId", "RouteTableId", "DestinationCidrBlock", "NextHopId",
                    "DryRun")));

    private final AlibabaEmulator emulator;
    private final Acs3Verifier verifier;
    private final Lines lines;
    private final Loas loas;
    private final Vbrs vbrs;
    private final SetupOrders setupOrders;
    private final HighReliableOrders highReliableOrders;
    private final List<ObjectNode> accessPoints = new ArrayList<>();
    private final Map<String, ObjectNode> tokens = new HashMap<>();
    private final Map<String, Integer> conflicts = new HashMap<>();
    private long numbers = 1;

    AlibabaCloud(AlibabaEmulator emulator) {
        this.emulator = emulator;
        this.verifier = new Acs3Verifier(emulator.keys());
        this.lines = new Lines(this);
        this.loas = new Loas(this, lines.lines);
        this.vbrs = new Vbrs(this);
        this.setupOrders = new SetupOrders(this, lines);
        this.highReliableOrders = new HighReliableOrders(this, lines);
        String region = emulator.region();
        accessPoints.add(accessPoint(region, "yh-A", "recommended", false, 30.29, 120.16));
        accessPoints.add(accessPoint(region, "xs-B", "hot", false, 30.18, 120.26));
        // the reference's samples spell the status "recommended", other pages "Recommended": both are served
        accessPoints.add(accessPoint(region, "bj-P", "Recommended", true, 30.27, 120.13));
        accessPoints.add(accessPoint(region, "old-C", "disabled", false, 30.30, 120.10));
    }

    private static Set<String> loaParameters() {
        return Set.of("InstanceId", "CompanyName", "LineType", "Si", "ConstructionTime", "PeerLocation", "Bandwidth",
                "PMInfo.N.PMName", "PMInfo.N.PMContactInfo", "PMInfo.N.PMCertificateType", "PMInfo.N.PMCertificateNo",
                "PMInfo.N.PMGender");
    }

    private static ObjectNode accessPoint(String region, String suffix, String status, boolean partner, double lat,
            double lng) {
        return Rpc.JSON.createObjectNode().put("AccessPointId", "ap-" + region + "-" + suffix)
                .put("Name", region + "-" + suffix).put("Description", region + "-" + suffix.toLowerCase())
                .put("Status", status).put("Type", "VPC").put("Location", "Hall " + suffix + ", " + region + " data centre")
                .put("HostOperator", partner ? "Express Connect partner" : "GDS").put("AttachedRegionNo", region)
                .put("_partner", partner).put("_lat", lat).put("_lng", lng);
    }

    // ---- parts -----------------------------------------------------------------------------------------

    Lines lines() {
        return lines;
    }

    Loas loas() {
        return loas;
    }

    Vbrs vbrs() {
        return vbrs;
    }

    SetupOrders setupOrders() {
        return setupOrders;
    }

    Instant now() {
        return emulator.clock().instant();
    }

    EmulatedClock clock() {
        return emulator.clock();
    }

    String region() {
        return emulator.region();
    }

    URI publishDocument(String name, byte[] content) {
        return emulator.publishDocument(name, content);
    }

    long nextNumber() {
        return numbers++;
    }

    /** An id like the service's: the prefix and lower-case letters and digits. */
    String newId(String prefix, int length) {
        String digits = Long.toString(0x10_0000_0000L + numbers++ * 7919, 36);
        StringBuilder id = new StringBuilder(prefix).append(digits);
        while (id.length() < prefix.length() + length) {
            id.append((char) ('a' + (id.length() * 7 + numbers) % 26));
        }
        return id.toString();
    }

    ObjectNode accessPoint(String id) {
        ObjectNode point = accessPoints.stream().filter(ap -> ap.get("AccessPointId").asText().equals(id)).findFirst()
                .orElseThrow(() -> AliError.badRequest("ResourceNotFound.AccessPointId", "The access point does not exist."));
        if (point.get("Status").asText().equalsIgnoreCase("disabled")) {
            throw AliError.badRequest("InvalidAccessPointId.NotEnabled", "The access point is not enabled.");
        }
        return point;
    }

    String accessPointId(boolean partner) {
        return accessPoints.stream().filter(ap -> ap.get("_partner").asBoolean() == partner
                && ap.get("Status").asText().equalsIgnoreCase("recommended")).findFirst().orElseThrow()
                .get("AccessPointId").asText();
    }

    synchronized void conflictNext(String action, int times) {
        conflicts.merge(action, times, Integer::sum);
    }

    // ---- the wire ----------------------------------------------------------------------------------------

    @Override
    public String operation(EmulatorRequest request) {
        String action = request.header("x-acs-action");
        return action != null ? action : params(request).getOrDefault("Action", "(no action)");
    }

    @Override
    public synchronized EmulatorResponse handle(EmulatorRequest request, String action) {
        String requestId = UUID.randomUUID().toString().toUpperCase();
        try {
            if (!request.method().equals("POST") && !request.method().equals("GET")) {
                throw AliError.badRequest("UnsupportedHTTPMethod", "Only GET and POST are supported.");
            }
            String account = verifier.verify(request, emulator.signatureClock().instant());
            if (!PARAMETERS.containsKey(action)) {
                throw AliError.notFound("InvalidAction.NotFound", "Specified api is not found, please check your url and "
                        + "method.");
            }
            String version = request.header("x-acs-version");
            if (!VERSION.equals(version)) {
                throw AliError.notFound("InvalidApi.NotFound", "The API " + action + " of version " + version
                        + " is not found.");
            }
            Map<String, String> params = params(request);
            checkParameters(action, params);
            String region = params.get("RegionId");
            if (region != null && !region.equals(emulator.region())) {
                throw AliError.notFound("InvalidRegionId.NotFound", "The specified region does not exist.");
            }
            Rpc rpc = new Rpc(action, account, params);
            if (region == null && !action.equals("ListBusinessAccessPoints") && !action.equals("CreateRouteEntry")
                    && !action.equals("DeleteRouteEntry")) {
                rpc.required("RegionId");
            }
            ObjectNode result = replayOrRun(rpc);
            result.put("RequestId", requestId);
            return EmulatorResponse.json(200, result.toString());
        } catch (AliError e) {
            return error(e.status, e.code, e.getMessage(), requestId);
        }
    }

    /** A write repeated with its client token gets the first answer again and changes nothing. */
    private ObjectNode replayOrRun(Rpc rpc) {
        String token = rpc.get("ClientToken");
        if (token != null && token.length() > 64) {
            throw AliError.badRequest("IllegalParam.ClientToken", "client token length too long");
        }
        String key = token == null ? null : rpc.account + "|" + rpc.action + "|" + token;
        if (key != null && tokens.containsKey(key)) {
            return tokens.get(key).deepCopy();
        }
        Integer pending = conflicts.get(rpc.action);
        if (pending != null && pending > 0) {
            conflicts.put(rpc.action, pending - 1);
            throw AliError.badRequest("TaskConflict", "The operation conflicts with a task in progress.");
        }
        ObjectNode result = dispatch(rpc);
        if (key != null) {
            tokens.put(key, result.deepCopy());
        }
        return result;
    }

    private static void checkParameters(String action, Map<String, String> params) {
        Set<String> allowed = PARAMETERS.get(action);
        for (String name : params.keySet()) {
            String shape = name.replaceAll("\\.\\d+", ".N");
            if (!COMMON.contains(name) && !allowed.contains(shape)) {
                // Stricter than the service, which ignores unknown parameters: a misspelt one is a bug worth seeing.
                throw AliError.badRequest("InvalidParameter.Unknown", "The parameter " + name + " is not one of "
                        + action + "'s.");
            }
        }
    }

    private ObjectNode dispatch(Rpc p) {
        return switch (p.action) {
            case "DescribeAccessPoints" -> p.page(accessPoints, "AccessPointSet", "AccessPointType", StoredJson::visible);
            case "ListBusinessAccessPoints" -> businessAccessPoints();
            case "CreatePhysicalConnection" -> lines.create(p);
            case "CreatePhysicalConnectionSetupOrder" -> setupOrders.create(p);
            case "CreateHighReliablePhysicalConnection" -> highReliableOrders.create(p);
            case "DescribePhysicalConnections" -> lines.describe(p);
            case "ModifyPhysicalConnectionAttribute" -> lines.modify(p);
            case "CancelPhysicalConnection" -> lines.cancel(p);
            case "ConfirmPhysicalConnection" -> lines.confirm(p);
            case "EnablePhysicalConnection" -> lines.enable(p);
            case "CreatePhysicalConnectionOccupancyOrder" -> lines.occupancyOrder(p);
            case "TerminatePhysicalConnection" -> lines.terminate(p);
            case "DeletePhysicalConnection" -> lines.delete(p);
            case "ApplyPhysicalConnectionLOA" -> loas.apply(p, false);
            case "SecondApplyPhysicalConnectionLOA" -> loas.apply(p, true);
            case "DescribePhysicalConnectionLOA" -> loas.describe(p);
            case "CompletePhysicalConnectionLOA" -> loas.complete(p);
            case "CreateVirtualBorderRouter" -> vbrs.create(p);
            case "DescribeVirtualBorderRouters" -> vbrs.describe(p);
            case "ModifyVirtualBorderRouterAttribute" -> vbrs.modify(p);
            case "DeleteVirtualBorderRouter" -> vbrs.delete(p);
            case "TerminateVirtualBorderRouter" -> vbrs.terminate(p);
            case "RecoverVirtualBorderRouter" -> vbrs.recover(p);
            case "CreateBgpGroup" -> vbrs.createGroup(p);
            case "DescribeBgpGroups" -> vbrs.describeGroups(p);
            case "ModifyBgpGroupAttribute" -> vbrs.modifyGroup(p);
            case "DeleteBgpGroup" -> vbrs.deleteGroup(p);
            case "CreateBgpPeer" -> vbrs.createPeer(p);
            case "DescribeBgpPeers" -> vbrs.describePeers(p);
            case "DeleteBgpPeer" -> vbrs.deletePeer(p);
            case "AddBgpNetwork" -> vbrs.addNetwork(p);
            case "DescribeBgpNetworks" -> vbrs.describeNetworks(p);
            case "DeleteBgpNetwork" -> vbrs.deleteNetwork(p);
            case "CreateRouteEntry" -> vbrs.createEntry(p);
            case "DescribeRouteEntryList" -> vbrs.describeEntries(p);
            case "DeleteRouteEntry" -> vbrs.deleteEntry(p);
            default -> throw AliError.notFound("InvalidAction.NotFound", "Specified api is not found.");
        };
    }

    /**
     * ListBusinessAccessPoints: no paging; {@code SupportLineOperator} and {@code SupportPortTypes}
     * are strings (the SDK model types them so). UNVERIFIED: several values are joined with commas.
     */
    private ObjectNode businessAccessPoints() {
        ObjectNode result = Rpc.JSON.createObjectNode();
        ArrayNode points = result.putArray("BusinessAccessPoints");
        for (ObjectNode ap : accessPoints) {
            points.addObject().put("AccessPointId", ap.get("AccessPointId").asText())
                    .put("AccessPointName", ap.get("Name").asText()).put("Latitude", ap.get("_lat").asDouble())
                    .put("Longitude", ap.get("_lng").asDouble())
                    .put("SupportLineOperator", String.join(",", Lines.LINE_OPERATORS.subList(0, 4)))
                    .put("SupportPortTypes", String.join(",", Lines.PORT_TYPES.subList(0, 5)))
                    .put("CloudBoxInstanceIds", "");
        }
        return result;
    }

    @Override
    public EmulatorResponse throttled(EmulatorRequest request, String operation) {
        // UNVERIFIED: which throttling code and status the VPC gateway answers; the POP table says Throttling.User, 400.
        return error(400, "Throttling.User", "Request was denied due to user flow control.",
                UUID.randomUUID().toString().toUpperCase());
    }

    @Override
    public EmulatorResponse serverError(EmulatorRequest request, String operation, int status) {
        return error(status, status == 503 ? "ServiceUnavailable" : "InternalError",
                "The request has failed due to a temporary failure of the server.", UUID.randomUUID().toString().toUpperCase());
    }

    @Override
    public EmulatorResponse providerError(EmulatorRequest request, String operation, String code, int status) {
        return error(status, code, "A scripted " + code + " error.", UUID.randomUUID().toString().toUpperCase());
    }

    private EmulatorResponse error(int status, String code, String message, String requestId) {
        ObjectNode body = Rpc.JSON.createObjectNode().put("RequestId", requestId).put("HostId", "vpc." + emulator.region()
                + ".aliyuncs.com").put("Code", code).put("Message", message)
                .put("Recommend", "https://api.aliyun.com/troubleshoot?q=" + code + "&product=Vpc&requestId=" + requestId);
        return EmulatorResponse.json(status, body.toString());
    }

    /** Query and form-body parameters together, as the service merges them. */
    private static Map<String, String> params(EmulatorRequest request) {
        Map<String, String> params = new LinkedHashMap<>();
        if (request.rawQuery() != null && !request.rawQuery().isEmpty()) {
            for (String pair : request.rawQuery().split("&")) {
                int eq = pair.indexOf('=');
                params.putIfAbsent(Acs3Verifier.decode(eq < 0 ? pair : pair.substring(0, eq)),
                        eq < 0 ? "" : Acs3Verifier.decode(pair.substring(eq + 1)));
            }
        }
        String type = request.header("Content-Type");
        if (type != null && type.startsWith("application/x-www-form-urlencoded") && request.body().length > 0) {
            for (String pair : request.bodyText().split("&")) {
                int eq = pair.indexOf('=');
                Function<String, String> decode = text -> URLDecoder.decode(text, StandardCharsets.UTF_8);
                params.put(decode.apply(eq < 0 ? pair : pair.substring(0, eq)), eq < 0 ? "" : decode.apply(pair.substring(eq + 1)));
            }
        }
        return params;
    }

    // ---- the operator -------------------------------------------------------------------------------------

    @Override
    public synchronized void approve(String connectionId) {
        lines.lifecycle(connectionId).fire(connectionId, "approve");
    }

    @Override
    public synchronized void reject(String connectionId, String reason) {
        lines.lifecycle(connectionId).fire(connectionId, "reject");
    }

    @Override
    public synchronized void markPaid(String connectionId) {
        lines.markPaid(connectionId);
    }

    @Override
    public synchronized void issueLoa(String connectionId) {
        loas.lifecycle.fire(connectionId, "issueLoa");
    }

    @Override
    public synchronized void rejectLoa(String connectionId, String reason) {
        loas.lifecycle.fire(connectionId, "rejectLoa");
    }

    @Override
    public synchronized void completeConstruction(String connectionId) {
        lines.completeConstruction(connectionId);
    }

    @Override
    public synchronized void advance(ResourceType type, String id) {
        switch (type) {
            case CONNECTION -> lines.advance(id);
            case VIRTUAL_INTERFACE -> vbrs.advance(id);
            case ROUTE -> vbrs.advanceRoute(id);
            default -> throw new IllegalArgumentException("the Alibaba emulator has no " + type + " to advance");
        }
    }

    @Override
    public synchronized void linkUp(ResourceType type, String id) {
        vbrs.sessions(id, "Established");
    }

    @Override
    public synchronized void linkDown(ResourceType type, String id) {
        vbrs.sessions(id, "Active");
    }

    @Override
    public synchronized void setRawState(ResourceType type, String id, String rawState) {
        switch (type) {
            case CONNECTION -> lines.stored(id).put("Status", rawState);
            case LOA -> lines.stored(id).put("LoaStatus", rawState);
            case VIRTUAL_INTERFACE -> vbrs.stored(id).put("Status", rawState);
            case ROUTE -> vbrs.storedRoute(id).put("Status", rawState);
            default -> throw new IllegalArgumentException("the Alibaba emulator has no " + type);
        }
    }

    @Override
    public synchronized int count(ResourceType type) {
        return switch (type) {
            case CONNECTION -> lines.lines.size();
            case LOA -> loas.documents.size();
            case VIRTUAL_INTERFACE -> vbrs.vbrs.size();
            case ROUTE -> vbrs.entries.size() + vbrs.networks.size();
            case ACCESS_POINT -> accessPoints.size();
            default -> 0;
        };
    }
}
