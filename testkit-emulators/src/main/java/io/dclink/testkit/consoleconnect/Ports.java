package io.dclink.testkit.consoleconnect;

import static io.dclink.testkit.emulator.LifecycleTrigger.action;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dclink.testkit.emulator.RawLifecycle;
import io.dclink.testkit.emulator.StoredJson;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Ports: physical ports of customers and the ports of destination companies. Port lists are
 * readable by every company; only the owner sees a port's {@code connections} and may rename it.
 * {@code capacity} is the port's speed less what its live Layer 2 connections use (and, for a
 * destination's port, what its other customers use). A {@code READY} port is allocated and waits
 * for its physical link: the operator's completeConstruction (or linkUp, or advance) makes it
 * {@code ACTIVE} with {@code linkState} {@code UP}, and connections accepted on it go on.
 * Ordering, disabling and deleting ports are not emulated.
 */
final class Ports {

    /** Statuses a port takes connections in (UNVERIFIED that READY does; the ACCEPTED status suggests it). */
    static final List<String> CONNECTABLE = List.of("ACTIVE", "READY");

    private final ConsoleConnect cc;
    final Map<String, ObjectNode> store = new LinkedHashMap<>();
    final RawLifecycle lifecycle;

    Ports(ConsoleConnect cc) {
        this.cc = cc;
        this.lifecycle = RawLifecycle.of("port")
                .row("READY", action("completeConstruction"), "ACTIVE")
                .row("READY", action("linkUp"), "ACTIVE")
                .row("READY", action(RawLifecycle.ADVANCE), "ACTIVE")
                .onEntering("ACTIVE", entered -> linkCameUp(entered.resourceId()))
                .build(store, "status", cc.clock(), cc);
    }

    /** Adds a port; {@code elsewhereMbps} is capacity used by connections the emulator does not hold. */
    void seed(Company owner, String id, String name, Place.Dcf dcf, int speed, String type, String status,
            int elsewhereMbps) {
        String now = CcJson.time(cc.now());
        boolean up = status.equals("ACTIVE");
        ObjectNode port = CcJson.object().put("id", id).putNull("dcpCompanyId").put("name", name);
        port.putObject("speed").put("value", speed).put("name", speed + " Mbps");
        port.put("speedOverprovisioningFactor", 1).put("singleService", false).putNull("locationId")
                .put("dataCenterFacilityId", dcf.id());
        port.putObject("dataCenterFacility").put("id", dcf.id()).put("username", dcf.username()).put("name", dcf.name());
        port.put("popId", UUID.nameUUIDFromBytes(id.getBytes(StandardCharsets.UTF_8)).toString())
                .put("metroId", dcf.metroId()).put("companyId", owner.id()).put("status", status)
                .put("serviceStatus", "OPEN").put("linkState", up ? "UP" : "DOWN") // UNVERIFIED: "DOWN" (only "UP" is seen)
                .put("linkStateUpSince", up ? now : null).put("linkStateSyncedAt", now).put("type", type)
                .put("isEdgePort", false).putNull("edgePayload").put("mediaType", "SMF");
        ObjectNode partner = port.putObject("partner").put("type", "NONE");
        partner.putArray("connectionSpeeds");
        if (type.equals("DCP")) { // UNVERIFIED for Tencent: the fields of Azure's partner ports
            partner.put("partnerPort", name).putNull("regionName").putNull("vlanId").putNull("zone");
            partner.putArray("regionNames").add(Place.metroOf(dcf).name());
        }
        port.putObject("ip").putNull("ipv4").putNull("ipv6");
        port.putObject("capabilities").put("model6Limit", false).putNull("model6LimitNumber").put("singleService", false);
        ObjectNode cos = port.putObject("cosMapping");
        List.of("BRONZE", "SILVER", "SILVERPLUS", "GOLD").forEach(cos::putArray);
        port.putArray("vlanRanges");
        port.putArray("tags");
        port.put("activeChangedAt", up ? now : null).put("firstActiveAt", up ? now : null).put("updatedAt", now)
                .put("createdAt", now).put("deleted", status.equals("DELETED"))
                .put("deletedAt", status.equals("DELETED") ? now : null).putNull("salesRecordId")
                .put("paymentType", "invoice").put("payg", false).put("onboarded", up)
                .put("onboardedStatus", up ? "COMPLETE" : "AWAITING_PROCESSING")
                .put("onboardedDeviceName", up ? "emu01.pop01." + Place.metroOf(dcf).code().toLowerCase(Locale.ROOT) : null);
        port.put("_elsewhereMbps", elsewhereMbps);
        store.put(id, port);
    }

    // ---- the API -----------------------------------------------------------------------------------

    /** {@code GET /api/company/{company}/ports}: {@code deleted=false} hides deleted ports. */
    ObjectNode list(Call call) {
        Company company = cc.companies.require(call.path("company"));
        boolean hideDeleted = "false".equals(call.query("deleted"));
        ArrayNode results = CcJson.array();
        for (ObjectNode port : ofCompany(company)) {
            if (!(hideDeleted && port.get("deleted").asBoolean())) {
                results.add(view(port, call.caller()));
            }
        }
        ObjectNode body = CcJson.object();
        body.set("results", results);
        return body;
    }

    /** {@code GET /api/company/{company}/ports/{portId}}. */
    ObjectNode get(Call call) {
        return view(find(call), call.caller());
    }

    /** {@code POST /api/company/{company}/ports/{portId}}: the name only. */
    ObjectNode update(Call call) {
        cc.requireOwn(call);
        ObjectNode port = find(call);
        ObjectNode body = call.body();
        Fields.only(body, List.of("name"));
        port.put("name", Fields.name(body));
        port.put("updatedAt", CcJson.time(cc.now()));
        return view(port, call.caller());
    }

    private ObjectNode find(Call call) {
        Company company = cc.companies.require(call.path("company"));
        String id = call.path("portId");
        if (!CcJson.isObjectId(id)) {
            throw CcError.pattern("portId");
        }
        ObjectNode port = store.get(id);
        if (port == null || !port.get("companyId").asText().equals(company.id())) {
            throw CcError.notFound("Port", id);
        }
        return port;
    }

    // ---- what the connections need --------------------------------------------------------------

    List<ObjectNode> ofCompany(Company company) {
        return store.values().stream().filter(p -> p.get("companyId").asText().equals(company.id())).toList();
    }

    /** The company's ports that take connections, in the order they were added. */
    List<ObjectNode> connectable(Company company) {
        return ofCompany(company).stream().filter(p -> CONNECTABLE.contains(p.get("status").asText())).toList();
    }

    /** The metros where a company has ports that take connections, in catalogue order. */
    List<Place.Metro> metrosOf(Company company) {
        List<String> used = connectable(company).stream().map(p -> p.get("metroId").asText()).toList();
        return Place.METROS.stream().filter(m -> used.contains(m.id())).toList();
    }

    /** The Mbps a port can still carry. */
    int remaining(ObjectNode port) {
        return total(port) - utilised(port);
    }

    boolean isUp(ObjectNode port) {
        return port.get("status").asText().equals("ACTIVE") && port.get("linkState").asText().equals("UP");
    }

    /** The port's link goes down or comes back, its status unchanged. */
    void setLink(String id, boolean up) {
        ObjectNode port = store.get(id);
        port.put("linkState", up ? "UP" : "DOWN").put("linkStateSyncedAt", CcJson.time(cc.now()))
                .put("linkStateUpSince", up ? CcJson.time(cc.now()) : null);
        if (up) {
            cc.connections.portCameUp(id);
        }
    }

    private int total(ObjectNode port) {
        return port.get("speed").get("value").asInt() * port.get("speedOverprovisioningFactor").asInt();
    }

    private int utilised(ObjectNode port) {
        String id = port.get("id").asText();
        return port.get("_elsewhereMbps").asInt()
                + cc.connections.holding(id).stream().mapToInt(c -> c.get("speed").get("value").asInt()).sum();
    }

    private void linkCameUp(String id) {
        ObjectNode port = store.get(id);
        String now = CcJson.time(cc.now());
        port.put("linkState", "UP").put("linkStateUpSince", now).put("linkStateSyncedAt", now).put("activeChangedAt", now)
                .put("updatedAt", now).put("onboarded", true).put("onboardedStatus", "COMPLETE");
        if (port.get("firstActiveAt").isNull()) {
            port.put("firstActiveAt", now);
        }
        cc.connections.portCameUp(id);
    }

    /** The port as a company sees it: with its capacity, and its connections if it is the owner. */
    ObjectNode view(ObjectNode port, Company viewer) {
        ObjectNode view = StoredJson.visible(port);
        view.putObject("capacity").put("total", total(port)).put("utilised", utilised(port)).put("remaining", remaining(port));
        ArrayNode connections = view.putArray("connections");
        if (port.get("companyId").asText().equals(viewer.id())) { // UNVERIFIED: that others see no connections
            for (ObjectNode c : cc.connections.holding(port.get("id").asText())) {
                connections.addObject().put("id", c.get("id").asText()).put("name", c.get("name").asText())
                        .put("speed", c.get("speed").get("value").asInt()).put("status", c.get("status").asText());
            }
        }
        return view;
    }

    /** The port as a connection embeds it ({@code port}, {@code destPort}): fewer fields, speed as a number. */
    ObjectNode embedded(String id) {
        ObjectNode port = store.get(id);
        ObjectNode view = CcJson.object();
        for (String field : List.of("id", "name", "companyId", "dataCenterFacilityId", "metroId", "type", "status",
                "linkState")) {
            view.set(field, port.get(field));
        }
        view.put("speed", port.get("speed").get("value").asInt());
        for (String field : List.of("mediaType", "singleService", "paymentType", "partner", "cosMapping", "vlanRanges")) {
            JsonNode value = port.get(field);
            view.set(field, value.deepCopy());
        }
        return view;
    }

    List<ObjectNode> all() {
        return new ArrayList<>(store.values());
    }
}
