package io.dclink.testkit.consoleconnect;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dclink.testkit.emulator.UnknownResourceException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Layer 2 connections: created with {@code PUT} (not idempotent: every create makes a new one),
 * listed for the company that created or receives them, read, renamed with {@code POST},
 * disabled and deleted. A connection holds its ports' capacity and its VLANs until it is denied,
 * cancelled or deleted. Their statuses follow {@link Layer2Lifecycle}; {@link Layer2View} renders
 * them for the company reading.
 */
final class Layer2Connections {

    /** UNVERIFIED: where an allocated VLAN starts when none is requested. */
    private static final int FIRST_ALLOCATED_VLAN = 100;
    /** UNVERIFIED: Tencent's tunnels take VLANs 0 to 3000, so support hands over one in that range. */
    private static final int LAST_CLOUD_VLAN = 3000;
    private static final int MAX_VLAN = Layer2Order.MAX_VLAN;
    /** UNVERIFIED placeholder for Console Connect's account at Tencent Cloud, used when support is not told one. */
    static final String DEFAULT_PROVIDER_ACCOUNT = "200000000100";

    private final ConsoleConnect cc;
    final Map<String, ObjectNode> store = new LinkedHashMap<>();
    final Layer2Lifecycle lifecycle;
    final Layer2View view;

    Layer2Connections(ConsoleConnect cc, String awaiting) {
        this.cc = cc;
        this.lifecycle = new Layer2Lifecycle(cc, store, awaiting);
        this.view = new Layer2View(cc);
    }

    // ---- the API -----------------------------------------------------------------------------------

    /** {@code PUT /api/v2/company/{company}/connections/layer2}. */
    ObjectNode create(Call call) {
        cc.requireOwn(call);
        Layer2Order order = Layer2Order.read(call.body(), call.caller(), cc);
        return view.of(place(order, call.caller(), Layer2Lifecycle.CREATING), call.caller());
    }

    /** Stores a checked order as a new connection in its first status, its VLANs allocated. */
    ObjectNode place(Layer2Order order, Company creator, String firstStatus) {
        ObjectNode connection = Layer2Record.of(order, creator, cc.ids.newObjectId(), cc.now());
        String srcPortId = order.srcPort().get("id").asText();
        String destPortId = order.destPort().get("id").asText();
        connection.put("_srcVlan", order.srcVlan() != null ? order.srcVlan() : freeVlan(srcPortId, MAX_VLAN));
        if (!order.dest().bySupport()) {
            connection.put("_destVlan", order.destVlan() != null ? order.destVlan() : freeVlan(destPortId, MAX_VLAN));
        }
        connection.put("_bySupport", order.dest().bySupport());
        String id = connection.get("id").asText();
        store.put(id, connection);
        lifecycle.of(id).enter(id, firstStatus);
        return connection;
    }

    /** {@code GET /api/company/{company}/connections}: those it created or receives, deleted ones included (UNVERIFIED). */
    ObjectNode list(Call call) {
        cc.requireOwn(call);
        boolean hideDeleted = "false".equals(call.query("deleted")); // UNVERIFIED: documented for ports only
        ArrayNode results = CcJson.array();
        for (ObjectNode connection : List.copyOf(store.values())) {
            if (involves(connection, call.caller())) {
                lifecycle.of(connection.get("id").asText()).read(connection.get("id").asText());
                if (!(hideDeleted && connection.get("deleted").asBoolean())) {
                    results.add(view.of(connection, call.caller()));
                }
            }
        }
        ObjectNode body = CcJson.object();
        body.set("results", results);
        return body;
    }

    /** {@code GET /api/company/{company}/connections/{id}} (v1 and v2). */
    ObjectNode get(Call call) {
        ObjectNode connection = find(call);
        lifecycle.of(connection.get("id").asText()).read(connection.get("id").asText());
        return view.of(connection, call.caller());
    }

    /** {@code POST /api/v2/company/{company}/connections/{id}}: the name only. */
    ObjectNode update(Call call) {
        ObjectNode connection = find(call);
        ObjectNode body = call.body();
        Fields.only(body, List.of("name")); // UNVERIFIED: other fields may be updatable (a bandwidth change is not, §2.4)
        String name = Fields.name(body);
        refuseIfDeleted(connection, "renamed");
        connection.put("name", name).put("updatedAt", CcJson.time(cc.now()));
        return view.of(connection, call.caller());
    }

    /** {@code PUT /api/company/{company}/connections/{id}/disable}. UNVERIFIED: the answer's body. */
    ObjectNode disable(Call call) {
        ObjectNode connection = find(call);
        String id = connection.get("id").asText();
        lifecycle.of(id).fire(id, "disable", () -> refusal(connection, "disabled"));
        return view.of(connection, call.caller());
    }

    /** {@code DELETE /api/v2/company/{company}/connections/{id}}. UNVERIFIED: the answer's body. */
    ObjectNode delete(Call call) {
        ObjectNode connection = find(call);
        String id = connection.get("id").asText();
        lifecycle.of(id).fire(id, "delete", () -> refusal(connection, "deleted"));
        return view.of(connection, call.caller());
    }

    private ObjectNode find(Call call) {
        cc.requireOwn(call);
        String id = call.path("connectionId");
        if (!CcJson.isObjectId(id)) {
            throw CcError.pattern("connectionId");
        }
        ObjectNode connection = store.get(id);
        if (connection == null || !involves(connection, call.caller())) {
            throw CcError.notFound("Connection", id);
        }
        return connection;
    }

    private static boolean involves(ObjectNode connection, Company company) {
        return connection.get("srcCompanyId").asText().equals(company.id())
                || connection.get("destCompanyId").asText().equals(company.id());
    }

    private void refuseIfDeleted(ObjectNode connection, String verb) {
        if (connection.get("status").asText().equals(Layer2Lifecycle.DELETED)) {
            throw refusal(connection, verb);
        }
    }

    /** UNVERIFIED: the answer to an action the connection's status does not allow. */
    private static CcError refusal(ObjectNode connection, String verb) {
        return CcError.badRequest("Connection " + connection.get("id").asText() + " is " + connection.get("status").asText()
                + " and cannot be " + verb);
    }

    // ---- what ports, the operator and the lifecycle need -----------------------------------------

    /** The connections that hold a port's capacity. */
    List<ObjectNode> holding(String portId) {
        return store.values().stream().filter(c -> !Layer2Lifecycle.RELEASED.contains(c.get("status").asText()))
                .filter(c -> c.get("srcPortId").asText().equals(portId) || c.get("destPortId").asText().equals(portId))
                .toList();
    }

    /** The VLANs in use on a port. */
    Set<Integer> vlansIn(String portId) {
        Set<Integer> used = new TreeSet<>();
        for (ObjectNode c : holding(portId)) {
            if (c.get("srcPortId").asText().equals(portId)) {
                used.add(c.get("_srcVlan").asInt());
            }
            if (c.get("destPortId").asText().equals(portId) && c.has("_destVlan")) {
                used.add(c.get("_destVlan").asInt());
            }
        }
        return used;
    }

    private int freeVlan(String portId, int last) {
        Set<Integer> used = vlansIn(portId);
        for (int vlan = FIRST_ALLOCATED_VLAN; vlan <= last; vlan++) {
            if (!used.contains(vlan)) {
                return vlan;
            }
        }
        throw CcError.badRequest("Port " + portId + " has no free VLAN left");
    }

    boolean portsUp(ObjectNode connection) {
        return cc.ports.isUp(cc.ports.store.get(connection.get("srcPortId").asText()))
                && cc.ports.isUp(cc.ports.store.get(connection.get("destPortId").asText()));
    }

    void portCameUp(String portId) {
        lifecycle.portCameUp(portId);
    }

    /** Records the values support hands over; the VLAN is then the connection's on the cloud's port. */
    void recordHandOff(String id, HandOff handOff) {
        ObjectNode connection = store.get(id);
        connection.putObject("_handOff").put("providerAccountId", handOff.providerAccountId())
                .put("sharedConnectionId", handOff.sharedConnectionId()).put("vlanId", handOff.vlanId());
        connection.put("_destVlan", handOff.vlanId());
    }

    /** Support completing the stage without being told the values makes them up. */
    void ensureHandOff(String id) {
        ObjectNode connection = store.get(id);
        if (connection.has("_handOff")) {
            return;
        }
        String destPortId = connection.get("destPortId").asText();
        int vlan = connection.get("destVlanRequest").isInt() ? connection.get("destVlanRequest").asInt()
                : freeVlan(destPortId, LAST_CLOUD_VLAN);
        StringBuilder line = new StringBuilder("dc-");
        for (int i = 0; i < 8; i++) {
            line.append("abcdefghijklmnopqrstuvwxyz0123456789".charAt(cc.ids.nextInt(36)));
        }
        recordHandOff(id, new HandOff(DEFAULT_PROVIDER_ACCOUNT, line.toString(), vlan));
    }

    Optional<HandOff> handOff(String id) {
        ObjectNode connection = store.get(id);
        if (connection == null) {
            throw new UnknownResourceException("Layer 2 connection", id);
        }
        ObjectNode h = (ObjectNode) connection.get("_handOff");
        return h == null ? Optional.empty() : Optional.of(new HandOff(h.get("providerAccountId").asText(),
                h.get("sharedConnectionId").asText(), h.get("vlanId").asInt()));
    }
}
