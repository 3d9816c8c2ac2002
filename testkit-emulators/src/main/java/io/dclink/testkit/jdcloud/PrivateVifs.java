package io.dclink.testkit.jdcloud;

import static io.dclink.testkit.emulator.LifecycleTrigger.action;
import static io.dclink.testkit.emulator.LifecycleTrigger.after;
import static io.dclink.testkit.emulator.LifecycleTrigger.customerAfter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dclink.testkit.emulator.RawLifecycle;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Private virtual interfaces (专线通道): a VLAN on an {@code Active} line to a border gateway of the
 * same region, with one /30 interconnect pair per physical link and BGP (customer ASN 65001-65499,
 * JD Cloud's 64512). A new VIF is {@code Pending} (configuring) until its BGP session comes up (the
 * operator's linkUp, or the customer's router 30 minutes later); {@code Down} while the link is down.
 * Only the name, description and health check can change. Deleting takes a minute.
 */
final class PrivateVifs {

    static final int JD_CLOUD_ASN = 64512;
    /** UNVERIFIED: at most two pairs (the docs advise two for HA; a hosted line has several links). */
    private static final int MAX_PEERS = 2;

    private final JdCloud cloud;
    final Map<String, ObjectNode> store = new LinkedHashMap<>();
    final RawLifecycle lifecycle;

    PrivateVifs(JdCloud cloud) {
        this.cloud = cloud;
        this.lifecycle = RawLifecycle.of("privateVif")
                .row("Confirming", action(RawLifecycle.ADVANCE), "Pending") // UNVERIFIED: the owning account confirms
                .row("Pending", customerAfter(Duration.ofMinutes(30)), "Active") // UNVERIFIED: the customer's router comes up
                .rows(List.of("Pending", "Down", "InActive"), action("linkUp"), "Active")
                .row("Active", action("linkDown"), "Down")
                .rows(List.of("Confirming", "Rejected", "Pending", "Active", "Down", "InActive", "Unknown"), action("delete"),
                        "Deleting")
                .row("Deleting", after(Duration.ofMinutes(1)), RawLifecycle.REMOVED) // UNVERIFIED: how long deletion takes
                .onEntering("Active", entered -> bgpStatus(entered.resourceId(), "Up"))
                .onEntering("Down", entered -> bgpStatus(entered.resourceId(), "Down"))
                .onEntering(RawLifecycle.REMOVED, entered -> forget(entered.resourceId()))
                .build(store, "privateVifStatus", cloud.clock(), cloud);
    }

    ObjectNode create(Call call) {
        ObjectNode spec = call.spec();
        String name = Fields.name(spec, "privateVifName", true); // UNVERIFIED: the naming rule of connections applies
        String connectionId = Fields.text(spec, "connectionId", true);
        String bgwId = Fields.text(spec, "bgwId", true);
        int vlan = Fields.integer(spec, "vlan", true, 1, 4000);
        String description = Fields.text(spec, "description", false, 0, 256);
        String owner = Fields.text(spec, "privateVifOwner", false);
        if (Boolean.FALSE.equals(Fields.bool(spec, "enableBgp"))) {
            throw JdError.invalidArgument("enableBgp", "can only be true: BGP is mandatory");
        }
        ObjectNode healthCheck = HealthChecks.read(spec.get("healthCheck"));
        ObjectNode connection = cloud.connections.find(call, connectionId);
        ObjectNode bgw = cloud.bgws.findForVif(call, bgwId);
        String status = connection.get("connectionStatus").asText();
        if (!status.equals("Active")) {
            throw JdError.failedPrecondition("connection " + connectionId + " is " + status
                    + ": private virtual interfaces can be created only on an Active connection");
        }
        List<ObjectNode> siblings = onConnection(connectionId);
        if (siblings.stream().anyMatch(v -> v.get("vlan").asInt() == vlan)) {
            // UNVERIFIED: ALREADY_EXISTS for a VLAN taken on the line
            throw JdError.alreadyExists("vlan " + vlan + " is already used on connection " + connectionId);
        }
        cloud.quotas.check("vif", connectionId, siblings.size(), "private virtual interfaces on " + connectionId);
        ArrayNode peers = peers(spec, siblings);
        ObjectNode bgp = bgp(spec);
        String id = cloud.ids.newId("pvif-");
        // UNVERIFIED: a VIF for another account's pin waits in Confirming until that account confirms
        boolean foreign = owner != null && !owner.isEmpty() && !owner.equals(call.account());
        ObjectNode vif = JdJson.object().put("privateVifId", id).put("privateVifName", name).put("connectionId", connectionId)
                .put("type", connection.get("type").asText().equals("jcloud_hosted") ? "hosted" : "directed")
                .put("privateVifOwner", foreign ? owner : call.account()).put("bgwId", bgwId);
        vif.putArray("bgpPeers");
        vif.put("vlan", vlan).put("privateVifStatus", foreign ? "Confirming" : "Pending")
                .put("description", description == null ? "" : description).put("createdTime", JdJson.time(cloud.now()))
                .put("enableBgp", true);
        vif.set("peers", peers);
        vif.set("bgp", bgp);
        vif.set("healthCheck", healthCheck);
        Scoped.stamp(vif, call);
        store.put(id, vif);
        ((ArrayNode) connection.get("vifIds")).add(id);
        ((ArrayNode) bgw.get("vifIds")).add(id);
        lifecycle.enter(id, vif.get("privateVifStatus").asText());
        return Scoped.created("privateVifId", id);
    }

    /** The interconnect pairs, from {@code peerIps} or the deprecated {@code bgpPeers}. */
    private ArrayNode peers(ObjectNode spec, List<ObjectNode> siblings) {
        String field = Fields.given(spec, "peerIps") ? "peerIps" : "bgpPeers";
        JsonNode given = spec.get(field);
        if (given == null || !given.isArray() || given.isEmpty()) {
            throw JdError.invalidArgument("peerIps", "is required: one customerIp/jdCloudIp pair per physical link");
        }
        if (given.size() > MAX_PEERS) {
            throw JdError.invalidArgument(field, "may hold at most " + MAX_PEERS + " pairs");
        }
        List<Ipv4> taken = new ArrayList<>();
        siblings.forEach(v -> v.get("peers").forEach(p -> taken.add(Ipv4.parse(p.at("/peerIps/customerIp").asText()))));
        ArrayNode peers = JdJson.JSON.createArrayNode();
        for (int i = 0; i < given.size(); i++) {
            String label = field + "[" + i + "]";
            String customerIp = Fields.text(given.get(i), "customerIp", true);
            String jdCloudIp = Fields.text(given.get(i), "jdCloudIp", true);
            Ipv4 block = Ipv4.interconnect(customerIp, jdCloudIp, label);
            if (taken.stream().anyMatch(other -> other != null && other.overlaps(block))) {
                throw JdError.invalidArgument(label, "overlaps another interconnect pair on the connection: " + customerIp);
            }
            taken.add(block);
            ObjectNode peer = peers.addObject().put("peerId", cloud.ids.newId("peer-")).put("peerBgpStatus", "Down");
            peer.putObject("peerIps").put("customerIp", customerIp).put("jdCloudIp", jdCloudIp);
        }
        return peers;
    }

    /** The BGP session, from {@code bgpSpec} (or the first of the deprecated {@code bgpPeers}). */
    private static ObjectNode bgp(ObjectNode spec) {
        JsonNode bgpSpec = spec.get("bgpSpec");
        if ((bgpSpec == null || bgpSpec.isNull()) && spec.path("bgpPeers").isArray()) {
            bgpSpec = spec.path("bgpPeers").path(0);
        }
        if (bgpSpec == null || !bgpSpec.isObject()) {
            throw JdError.invalidArgument("bgpSpec", "is required: BGP is mandatory");
        }
        String family = Fields.oneOf(bgpSpec, "addressFamily", false, List.of("ipv4"));
        int asn = Fields.integer(bgpSpec, "customerAsn", true, 65001, 65499);
        String authKey = Fields.text(bgpSpec, "authKey", false);
        return JdJson.object().put("addressFamily", family == null ? "ipv4" : family).put("customerAsn", asn)
                .put("jdCloudAsn", JD_CLOUD_ASN).put("authKey", authKey == null ? "" : authKey); // UNVERIFIED: key echoed
    }

    /** UNVERIFIED: the filter names of describePrivateVifs. */
    ObjectNode describeAll(Call call) {
        Map<String, List<String>> f = Listing.filters(call.query(),
                Set.of("privateVifIds", "privateVifNames", "connectionIds", "bgwIds"), Set.of());
        List<ObjectNode> matching = Scoped.all(store, call).stream()
                .filter(v -> Listing.matches(f, "privateVifIds", v.get("privateVifId").asText()))
                .filter(v -> Listing.matches(f, "privateVifNames", v.get("privateVifName").asText()))
                .filter(v -> Listing.matches(f, "connectionIds", v.get("connectionId").asText()))
                .filter(v -> Listing.matches(f, "bgwIds", v.get("bgwId").asText())).toList();
        return Listing.page(call.query(), matching, "privateVifs");
    }

    ObjectNode describe(Call call) {
        return Scoped.one("privateVif", find(call, call.path("privateVifId")));
    }

    /** ModifyPrivateVirtualInterfaceSpec: VLAN, addresses and ASN cannot change; delete and recreate the VIF instead. */
    ObjectNode modify(Call call) {
        ObjectNode vif = find(call, call.path("privateVifId"));
        ObjectNode spec = call.spec();
        Fields.only(spec, "modifyPrivateVirtualInterfaceSpec", List.of("privateVifName", "description", "healthCheck"));
        String name = Fields.name(spec, "privateVifName", false);
        String description = Fields.text(spec, "description", false, 0, 256);
        ObjectNode healthCheck = Fields.given(spec, "healthCheck") ? HealthChecks.read(spec.get("healthCheck")) : null;
        if (vif.get("privateVifStatus").asText().equals("Deleting")) {
            throw JdError.failedPrecondition("privateVif " + vif.get("privateVifId").asText() + " is Deleting");
        }
        if (name != null) {
            vif.put("privateVifName", name);
        }
        if (description != null) {
            vif.put("description", description);
        }
        if (healthCheck != null) {
            vif.set("healthCheck", healthCheck);
        }
        return JdJson.object();
    }

    ObjectNode delete(Call call) {
        ObjectNode vif = find(call, call.path("privateVifId"));
        String id = vif.get("privateVifId").asText();
        List<String> routes = cloud.bgwRoutes.staticVia(id);
        if (!routes.isEmpty()) {
            // UNVERIFIED: that a VIF a static BGW route points at cannot be deleted
            throw JdError.failedPrecondition("privateVif " + id + " is the next hop of border gateway routes " + routes
                    + "; delete them first");
        }
        lifecycle.fire(id, "delete", () -> JdError.failedPrecondition("privateVif " + id + " is already being deleted"));
        return JdJson.object();
    }

    ObjectNode find(Call call, String id) {
        return Scoped.find(store, call, id, "privateVif");
    }

    /** The VIFs on a line, those being deleted included. */
    List<ObjectNode> onConnection(String connectionId) {
        return store.values().stream().filter(v -> v.get("connectionId").asText().equals(connectionId)).toList();
    }

    private void bgpStatus(String id, String status) {
        store.get(id).get("peers").forEach(peer -> ((ObjectNode) peer).put("peerBgpStatus", status));
    }

    /** A removed VIF leaves its line's and gateway's lists, and the routes it propagated. */
    private void forget(String id) {
        cloud.connections.store.values().forEach(c -> JdJson.removeString((ArrayNode) c.get("vifIds"), id));
        cloud.bgws.store.values().forEach(b -> JdJson.removeString((ArrayNode) b.get("vifIds"), id));
        cloud.bgwRoutes.forgetNextHop(id);
    }
}
