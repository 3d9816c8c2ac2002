package io.dclink.testkit.jdcloud;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dclink.testkit.emulator.EmulatedClock;
import io.dclink.testkit.emulator.EmulatorRequest;
import io.dclink.testkit.emulator.EmulatorResponse;
import io.dclink.testkit.emulator.RestRoutes;
import io.dclink.testkit.emulator.WireProtocol;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JD Cloud's REST API on the wire, for the {@code bgw} and {@code vpc} services on one server:
 * the request's route in {@link ApiTable}, its {@code JDCLOUD2-HMAC-SHA256} signature scoped to the
 * route's service and the path's region, GET/DELETE parameters in the query and POST/PATCH models
 * in a JSON body, the dispatch to the resources, and the envelopes
 * {@code {"requestId", "result"}} and {@code {"requestId", "error": {"code", "status", "message"}}}
 * with the request id also in {@code x-jdcloud-request-id}. All of it runs holding this object's lock.
 */
final class JdCloud implements WireProtocol {

    /** UNVERIFIED: the regions the emulator answers besides its own (JD Cloud's public regions). */
    static final List<String> REGIONS = List.of("cn-north-1", "cn-east-1", "cn-east-2", "cn-south-1");
    private static final Pattern REGION = Pattern.compile("/v1/regions/([^/:]+)/.*");
    private static final Pattern SCOPE_SERVICE = Pattern.compile(".*Credential=[^/]+/\\d{8}/[^/]+/([^/]+)/jdcloud2_request.*");

    private final JdCloudEmulator emulator;
    private final Jdcloud2Verifier verifier;
    private final List<String> regions;
    final JdJson ids = new JdJson();
    final Quotas quotas = new Quotas(this);
    final Locations locations;
    final Connections connections;
    final Bgws bgws = new Bgws(this);
    final VpcAttachments attachments = new VpcAttachments(this);
    final PrivateVifs vifs;
    final BgwRoutes bgwRoutes = new BgwRoutes(this);
    final RouteTables routeTables = new RouteTables(this);
    final Vpcs vpcs = new Vpcs(this);

    JdCloud(JdCloudEmulator emulator) {
        this.emulator = emulator;
        this.verifier = new Jdcloud2Verifier(emulator.keys());
        List<String> served = new ArrayList<>(REGIONS);
        if (!served.contains(emulator.region())) {
            served.add(emulator.region());
        }
        this.regions = List.copyOf(served);
        this.locations = new Locations(ids, regions);
        this.connections = new Connections(this);
        this.vifs = new PrivateVifs(this);
    }

    EmulatedClock clock() {
        return emulator.clock();
    }

    Instant now() {
        return emulator.clock().instant();
    }

    // ---- the wire --------------------------------------------------------------------------------

    @Override
    public String operation(EmulatorRequest request) {
        return ApiTable.match(request.method(), Rfc3986.decode(request.path())).map(m -> m.route().operation())
                .orElse("(unknown)");
    }

    @Override
    public synchronized EmulatorResponse handle(EmulatorRequest request, String operation) {
        String requestId = JdJson.requestId();
        try {
            String path = Rfc3986.decode(request.path());
            Optional<RestRoutes.Match<ApiTable.Route>> match = ApiTable.match(request.method(), path);
            Matcher region = REGION.matcher(path);
            String scopeRegion = region.matches() ? region.group(1) : "jdcloud-api";
            String account = verifier.verify(request, scopeRegion, match.map(m -> m.route().service())
                    .orElseGet(() -> scopeService(request)), emulator.signatureClock().instant());
            if (match.isEmpty()) {
                throw JdError.noSuchApi(request.method(), request.path());
            }
            if (!regions.contains(scopeRegion)) {
                // UNVERIFIED: the answer for a region the service does not run in
                throw JdError.invalidArgument("regionId", "must be one of " + regions + ", was " + scopeRegion);
            }
            ApiTable.Route route = match.get().route();
            JsonNode model = route.bodyField() == null ? null : body(request).get(route.bodyField());
            Call call = new Call(account, scopeRegion, match.get().parameters(), request.queryParameters(),
                    model == null || model.isNull() ? null : model, route.bodyField());
            vpcs.seed(account, scopeRegion);
            return answer(200, envelope(requestId).set("result", dispatch(route.operation(), call)), requestId);
        } catch (JdError e) {
            return error(e.code, e.status, e.getMessage(), requestId);
        }
    }

    @Override
    public EmulatorResponse throttled(EmulatorRequest request, String operation) {
        // UNVERIFIED: the message of JD's rate limit
        return error(429, "RATE_LIMIT", "request rate limit exceeded, please retry later", JdJson.requestId());
    }

    @Override
    public EmulatorResponse serverError(EmulatorRequest request, String operation, int status) {
        // UNVERIFIED: the messages of JD's internal errors
        return error(status, JdError.serverStatus(status), "internal error, please retry later", JdJson.requestId());
    }

    @Override
    public EmulatorResponse providerError(EmulatorRequest request, String operation, String code, int status) {
        return error(status, code, "a scripted " + code + " error", JdJson.requestId());
    }

    private static ObjectNode envelope(String requestId) {
        return JdJson.object().put("requestId", requestId);
    }

    private static EmulatorResponse error(int code, String status, String message, String requestId) {
        ObjectNode body = envelope(requestId);
        body.putObject("error").put("code", code).put("status", status).put("message", message);
        return answer(code, body, requestId);
    }

    private static EmulatorResponse answer(int status, JsonNode body, String requestId) {
        return EmulatorResponse.json(status, body.toString()).withHeader("x-jdcloud-request-id", requestId);
    }

    /** The service a request signs for, when no route tells it. */
    private static String scopeService(EmulatorRequest request) {
        Matcher m = SCOPE_SERVICE.matcher(String.valueOf(request.header("authorization")));
        return m.matches() ? m.group(1) : "bgw";
    }

    private static ObjectNode body(EmulatorRequest request) {
        if (request.body().length == 0) {
            return JdJson.object();
        }
        try {
            JsonNode body = JdJson.JSON.readTree(request.body());
            if (body instanceof ObjectNode object) {
                return object;
            }
        } catch (IOException e) {
            // answered below
        }
        throw JdError.invalidArgument("body", "must be a JSON object");
    }

    private ObjectNode dispatch(String operation, Call call) {
        return switch (operation) {
            case "describeConnections" -> connections.describeAll(call);
            case "describeConnection" -> connections.describe(call);
            case "createConnection" -> connections.create(call);
            case "modifyConnection" -> connections.modify(call);
            case "deleteConnection" -> connections.delete(call);
            case "confirmConnection" -> connections.confirm(call);
            case "describeLocations" -> locations.describeLocations(call);
            case "describeLocation" -> locations.describeLocation(call);
            case "describeLocationPortSpecs" -> locations.describePortSpecs(call);
            case "describeLocationPortSpec" -> locations.describePortSpec(call);
            case "describeLocationISPs" -> locations.describeIsps(call);
            case "describeLocationISP" -> locations.describeIsp(call);
            case "describePartners" -> locations.describePartners(call);
            case "describePartner" -> locations.describePartner(call);
            case "describeBgws" -> bgws.describeAll(call);
            case "describeBgw" -> bgws.describe(call);
            case "createBgw" -> bgws.create(call);
            case "modifyBgw" -> bgws.modify(call);
            case "deleteBgw" -> bgws.delete(call);
            case "describeVpcAttachments" -> attachments.describeAll(call);
            case "describeVpcAttachment" -> attachments.describe(call);
            case "createVpcAttachment" -> attachments.create(call);
            case "modifyVpcAttachment" -> attachments.modify(call);
            case "deleteVpcAttachment" -> attachments.delete(call);
            case "describePrivateVifs" -> vifs.describeAll(call);
            case "describePrivateVif" -> vifs.describe(call);
            case "createPrivateVif" -> vifs.create(call);
            case "modifyPrivateVif" -> vifs.modify(call);
            case "deletePrivateVif" -> vifs.delete(call);
            case "describeBgwRoutes" -> bgwRoutes.describe(call);
            case "createBgwRoutes" -> bgwRoutes.create(call);
            case "modifyBgwRoutes" -> bgwRoutes.modify(call);
            case "deleteBgwRoutes" -> bgwRoutes.delete(call);
            case "describeQuotas" -> quotas.describe(call);
            case "modifyAdminStatus" -> modifyAdminStatus(call);
            case "describeVpcs" -> vpcs.describeAll(call);
            case "describeVpc" -> vpcs.describe(call);
            case "describeRouteTables" -> routeTables.describeAll(call);
            case "describeRouteTable" -> routeTables.describe(call);
            case "describeRouteTableRules" -> routeTables.describeRules(call);
            case "addRouteTableRules" -> routeTables.add(call);
            case "modifyRouteTableRules" -> routeTables.modify(call);
            case "removeRouteTableRules" -> routeTables.remove(call);
            default -> throw new IllegalStateException("ApiTable names an operation nothing answers: " + operation);
        };
    }

    /** The verified VPN call: its body is checked, but no VPN tunnels are emulated, so every id is unknown. */
    private static ObjectNode modifyAdminStatus(Call call) {
        if (call.model() == null || !List.of("UP", "DOWN").contains(call.model().asText())) {
            throw JdError.invalidArgument("adminStatus", "must be UP or DOWN");
        }
        throw JdError.notFound("vpnTunnel", call.path("vpnTunnelId"));
    }
}
