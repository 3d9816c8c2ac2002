package io.dclink.testkit.toy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dclink.lifecycle.ResourceType;
import io.dclink.testkit.emulator.EmulatorRequest;
import io.dclink.testkit.emulator.EmulatorResponse;
import io.dclink.testkit.emulator.KeyRing;
import io.dclink.testkit.emulator.Operator;
import io.dclink.testkit.emulator.WireProtocol;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The toy provider's API and operations, in memory. Lines: APPLIED (review: 2 working days, or the
 * operator) → UNPAID (pay via API or operator) → BUILDING (the carrier; operator) → LIVE;
 * APPLIED → REJECTED → (update) → APPLIED; LIVE or REJECTED → REMOVING → gone. Virtual
 * interfaces: CONFIGURING → (router up) → UP; WAITING_OWNER → accept → CONFIGURING, or REFUSED.
 */
final class ToyCloud implements WireProtocol, Operator {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ROUTE = Pattern.compile("/(lines|gateways|vifs)(?:/([^/]+))?(?:/(pay|accept|reject|routes))?");
    private static final int MAX_PAGE = 10;

    private final ToyEmulator emulator;
    private final Map<String, ObjectNode> lines = new LinkedHashMap<>();
    private final Map<String, ObjectNode> gateways = new LinkedHashMap<>();
    private final Map<String, ObjectNode> vifs = new LinkedHashMap<>();
    private final AtomicInteger ids = new AtomicInteger(1000);

    ToyCloud(ToyEmulator emulator) {
        this.emulator = emulator;
    }

    @Override
    public String operation(EmulatorRequest request) {
        if (request.path().equals("/accessPoints")) {
            return "ListAccessPoints";
        }
        Matcher m = ROUTE.matcher(request.path());
        if (!m.matches()) {
            return "Unknown";
        }
        String noun = switch (m.group(1)) {
            case "lines" -> "Line";
            case "gateways" -> "Gateway";
            default -> "Vif";
        };
        if (m.group(3) != null) {
            return switch (m.group(3)) {
                case "pay" -> "PayLine";
                case "accept" -> "AcceptVif";
                case "reject" -> "RejectVif";
                default -> request.method().equals("GET") ? "GetRoutes" : request.method().equals("POST") ? "CreateRoute" : "DeleteRoute";
            };
        }
        return switch (request.method()) {
            case "GET" -> "Get" + noun + "s";
            case "POST" -> "Create" + noun;
            case "PUT" -> "Update" + noun;
            case "DELETE" -> "Delete" + noun;
            default -> "Unknown";
        };
    }

    @Override
    public synchronized EmulatorResponse handle(EmulatorRequest request, String operation) {
        String requestId = UUID.randomUUID().toString();
        try {
            String account = authenticate(request);
            ObjectNode body = request.body().length == 0 ? JSON.createObjectNode() : (ObjectNode) JSON.readTree(request.body());
            Matcher m = ROUTE.matcher(request.path());
            String id = m.matches() ? m.group(2) : null;
            ObjectNode result = switch (operation) {
                case "ListAccessPoints" -> page(List.of(accessPoint("ap-toy-1", "OPEN"), accessPoint("ap-toy-2", "CLOSED")), request);
                case "GetLines" -> id != null ? found(lines, id, account) : page(mine(lines, account, request.query("id")), request);
                case "CreateLine" -> createLine(account, body);
                case "UpdateLine" -> updateLine(found(lines, id, account), body);
                case "DeleteLine" -> transition(found(lines, id, account), List.of("LIVE", "REJECTED"), "REMOVING");
                case "PayLine" -> transition(found(lines, id, account), List.of("UNPAID"), "BUILDING");
                case "GetGateways" -> id != null ? found(gateways, id, account) : page(mine(gateways, account, null), request);
                case "CreateGateway" -> put(gateways, "gw-", account, JSON.createObjectNode()
                        .put("name", text(body, "name")).put("status", "AVAILABLE"));
                case "DeleteGateway" -> remove(gateways, found(gateways, id, account));
                case "GetVifs" -> id != null ? found(vifs, id, account) : page(vifsOf(account, request.query("line")), request);
                case "CreateVif" -> createVif(account, body);
                case "DeleteVif" -> transition(found(vifs, id, account), List.of("UP", "REFUSED", "WAITING_OWNER"), "REMOVING");
                case "AcceptVif" -> transition(found(vifs, id, account), List.of("WAITING_OWNER"), "CONFIGURING");
                case "RejectVif" -> transition(found(vifs, id, account), List.of("WAITING_OWNER"), "REFUSED");
                case "GetRoutes" -> routes(found(vifs, id, account));
                case "CreateRoute" -> addRoute(found(vifs, id, account), text(body, "cidr"));
                case "DeleteRoute" -> removeRoute(found(vifs, id, account), request.query("cidr"));
                default -> throw new ToyError(404, "NotFound", "no operation at " + request.method() + " " + request.path());
            };
            return EmulatorResponse.json(200, result.deepCopy().put("requestId", requestId).toString());
        } catch (ToyError e) {
            return error(e.status, e.code, e.getMessage(), requestId);
        } catch (IOException | ClassCastException e) {
            return error(400, "InvalidParameter", "the body is not a JSON object", requestId);
        }
    }

    @Override
    public EmulatorResponse throttled(EmulatorRequest request, String operation) {
        return error(429, "Throttled", "too many requests", UUID.randomUUID().toString());
    }

    @Override
    public EmulatorResponse serverError(EmulatorRequest request, String operation, int status) {
        return error(status, "InternalError", "internal error", UUID.randomUUID().toString());
    }

    @Override
    public EmulatorResponse providerError(EmulatorRequest request, String operation, String code, int status) {
        return error(status, code, "a scripted error", UUID.randomUUID().toString());
    }

    private String authenticate(EmulatorRequest request) {
        KeyRing.Key key = emulator.keys().find(request.header("X-Toy-Key"))
                .orElseThrow(() -> new ToyError(401, "UnknownKey", "the key is not known"));
        String time = request.header("X-Toy-Time");
        long skew = time == null ? Long.MAX_VALUE
                : Math.abs(emulator.signatureClock().instant().getEpochSecond() - Long.parseLong(time));
        if (skew > 300) {
            throw new ToyError(401, "SignatureExpired", "the request time is more than 5 minutes off");
        }
        String expected = ToySignature.sign(key.secret(), request.method(), request.path(), request.rawQuery(), time, request.body());
        if (!expected.equals(request.header("X-Toy-Signature"))) {
            throw new ToyError(401, "SignatureMismatch", "the signature does not match");
        }
        return key.account();
    }

    private ObjectNode createLine(String account, ObjectNode body) {
        if (text(body, "name").isBlank() || text(body, "accessPoint").isBlank()) {
            throw new ToyError(400, "InvalidParameter", "name and accessPoint are required");
        }
        ObjectNode line = put(lines, "ln-", account, JSON.createObjectNode().put("name", text(body, "name"))
                .put("accessPoint", text(body, "accessPoint")).put("status", "APPLIED")
                .set("tags", body.has("tags") ? body.get("tags") : JSON.createObjectNode()));
        String id = line.get("id").asText();
        emulator.clock().afterWorkingDays(2, () -> approveIfApplied(id));
        return line;
    }

    private synchronized void approveIfApplied(String id) {
        ObjectNode line = lines.get(id);
        if (line != null && line.get("status").asText().equals("APPLIED")) {
            line.put("status", "UNPAID");
        }
    }

    private ObjectNode updateLine(ObjectNode line, ObjectNode body) {
        if (body.has("name")) {
            line.put("name", text(body, "name"));
        }
        if (line.get("status").asText().equals("REJECTED")) {
            line.put("status", "APPLIED");
        }
        return line;
    }

    private ObjectNode createVif(String account, ObjectNode body) {
        ObjectNode line = found(lines, text(body, "line"), account);
        if (!line.get("status").asText().equals("LIVE")) {
            throw new ToyError(409, "WrongState", "the line is not LIVE");
        }
        int vlan = body.path("vlan").asInt(-1);
        if (vlan < 1 || vlan > 4094) {
            throw new ToyError(400, "InvalidParameter", "vlan must be 1 to 4094");
        }
        return put(vifs, "vif-", account, body.deepCopy().put("status", "CONFIGURING").put("link", "DOWN")
                .set("routes", JSON.createArrayNode()));
    }

    private ObjectNode routes(ObjectNode vif) {
        ObjectNode result = JSON.createObjectNode();
        result.set("items", vif.get("routes").deepCopy());
        return result;
    }

    private ObjectNode addRoute(ObjectNode vif, String cidr) {
        if (!vif.get("status").asText().equals("UP")) {
            throw new ToyError(409, "WrongState", "the interface is not UP");
        }
        ((ArrayNode) vif.get("routes")).add(cidr);
        return JSON.createObjectNode().put("cidr", cidr).put("vif", vif.get("id").asText());
    }

    private ObjectNode removeRoute(ObjectNode vif, String cidr) {
        ArrayNode routes = (ArrayNode) vif.get("routes");
        for (int i = 0; i < routes.size(); i++) {
            if (routes.get(i).asText().equals(cidr)) {
                routes.remove(i);
                return JSON.createObjectNode();
            }
        }
        throw new ToyError(404, "NotFound", "no route " + cidr);
    }

    private static ObjectNode transition(ObjectNode resource, List<String> from, String to) {
        String status = resource.get("status").asText();
        if (!from.contains(status)) {
            throw new ToyError(409, "WrongState", "not allowed in status " + status + "; allowed in " + from);
        }
        resource.put("status", to);
        return resource;
    }

    private ObjectNode put(Map<String, ObjectNode> store, String prefix, String account, ObjectNode resource) {
        String id = prefix + ids.incrementAndGet();
        resource.put("id", id).put("account", account);
        store.put(id, resource);
        return resource;
    }

    private static ObjectNode remove(Map<String, ObjectNode> store, ObjectNode resource) {
        store.remove(resource.get("id").asText());
        return JSON.createObjectNode();
    }

    private static ObjectNode found(Map<String, ObjectNode> store, String id, String account) {
        ObjectNode resource = id == null ? null : store.get(id);
        if (resource == null || !(resource.get("account").asText().equals(account)
                || resource.path("lineOwner").asText().equals(account))) {
            throw new ToyError(404, "NotFound", "no such resource " + id);
        }
        return resource;
    }

    private static List<ObjectNode> mine(Map<String, ObjectNode> store, String account, String onlyId) {
        List<ObjectNode> result = new ArrayList<>();
        store.values().forEach(r -> {
            if (r.get("account").asText().equals(account) && (onlyId == null || r.get("id").asText().equals(onlyId))) {
                result.add(r);
            }
        });
        return result;
    }

    private List<ObjectNode> vifsOf(String account, String line) {
        List<ObjectNode> result = new ArrayList<>();
        vifs.values().forEach(v -> {
            boolean visible = v.get("account").asText().equals(account) || v.path("lineOwner").asText().equals(account);
            if (visible && (line == null || v.get("line").asText().equals(line))) {
                result.add(v);
            }
        });
        return result;
    }

    private static ObjectNode page(List<ObjectNode> items, EmulatorRequest request) {
        int page = request.query("page") == null ? 1 : Integer.parseInt(request.query("page"));
        int size = request.query("size") == null ? MAX_PAGE : Integer.parseInt(request.query("size"));
        if (size < 1 || size > MAX_PAGE || page < 1) {
            throw new ToyError(400, "InvalidParameter", "size must be 1 to " + MAX_PAGE + " and page at least 1");
        }
        int from = Math.min(items.size(), (page - 1) * size);
        int to = Math.min(items.size(), from + size);
        ObjectNode result = JSON.createObjectNode();
        ArrayNode array = result.putArray("items");
        items.subList(from, to).forEach(array::add);
        if (to < items.size()) {
            result.put("next", page + 1);
        }
        return result;
    }

    private static ObjectNode accessPoint(String id, String status) {
        return JSON.createObjectNode().put("id", id).put("name", "Toy " + id).put("status", status).put("city", "Toyville");
    }

    private static String text(JsonNode node, String field) {
        return node.path(field).asText("");
    }

    private static EmulatorResponse error(int status, String code, String message, String requestId) {
        ObjectNode body = JSON.createObjectNode().put("requestId", requestId);
        body.putObject("error").put("code", code).put("message", message);
        return EmulatorResponse.json(status, body.toString());
    }

    // ---- the operator -------------------------------------------------------------------------

    private ObjectNode any(ResourceType type, String id) {
        Map<String, ObjectNode> store = switch (type) {
            case CONNECTION -> lines;
            case VIRTUAL_INTERFACE -> vifs;
            case GATEWAY -> gateways;
            default -> throw new UnsupportedOperationException("the toy has no stored " + type);
        };
        ObjectNode resource = store.get(id);
        if (resource == null) {
            throw new IllegalArgumentException("no " + type + " " + id);
        }
        return resource;
    }

    @Override
    public synchronized void approve(String connectionId) {
        transition(any(ResourceType.CONNECTION, connectionId), List.of("APPLIED"), "UNPAID");
    }

    @Override
    public synchronized void reject(String connectionId, String reason) {
        transition(any(ResourceType.CONNECTION, connectionId), List.of("APPLIED"), "REJECTED").put("reason", reason);
    }

    @Override
    public synchronized void markPaid(String connectionId) {
        transition(any(ResourceType.CONNECTION, connectionId), List.of("UNPAID"), "BUILDING");
    }

    @Override
    public synchronized void completeConstruction(String connectionId) {
        transition(any(ResourceType.CONNECTION, connectionId), List.of("BUILDING"), "LIVE");
    }

    @Override
    public synchronized void advance(ResourceType type, String id) {
        if (type == ResourceType.ROUTE) {
            return;
        }
        ObjectNode resource = any(type, id);
        switch (resource.get("status").asText()) {
            case "APPLIED" -> resource.put("status", "UNPAID");
            case "REMOVING" -> (type == ResourceType.CONNECTION ? lines : vifs).remove(id);
            case "CONFIGURING" -> resource.put("status", "UP").put("link", "UP");
            default -> {
                // nothing is the provider's to do in this state
            }
        }
    }

    @Override
    public synchronized void linkUp(ResourceType type, String id) {
        ObjectNode vif = any(ResourceType.VIRTUAL_INTERFACE, id);
        vif.put("link", "UP");
        if (vif.get("status").asText().equals("CONFIGURING")) {
            vif.put("status", "UP");
        }
    }

    @Override
    public synchronized void linkDown(ResourceType type, String id) {
        any(ResourceType.VIRTUAL_INTERFACE, id).put("link", "DOWN");
    }

    @Override
    public synchronized String requestForeignVirtualInterface(String connectionId) {
        ObjectNode line = any(ResourceType.CONNECTION, connectionId);
        ObjectNode vif = put(vifs, "vif-", "200000000002", JSON.createObjectNode().put("name", "foreign")
                .put("line", connectionId).put("vlan", 3000 - ids.get() % 1000).put("status", "WAITING_OWNER")
                .put("link", "DOWN").put("lineOwner", line.get("account").asText()));
        vif.set("routes", JSON.createArrayNode());
        return vif.get("id").asText();
    }

    @Override
    public synchronized void setRawState(ResourceType type, String id, String rawState) {
        any(type, id).put("status", rawState);
    }

    @Override
    public synchronized int count(ResourceType type) {
        return switch (type) {
            case CONNECTION -> lines.size();
            case VIRTUAL_INTERFACE -> vifs.size();
            case GATEWAY -> gateways.size();
            default -> 0;
        };
    }

    private static final class ToyError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int status;
        final String code;

        ToyError(int status, String code, String message) {
            super(message);
            this.status = status;
            this.code = code;
        }
    }
}
