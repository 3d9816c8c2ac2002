package io.dclink.testkit.jdcloud;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A border gateway's route table: static routes added in batches, and propagated ones (the subnets
 * of attached VPCs, and prefixes learned over a VIF's BGP session). Requests name the next-hop
 * type in snake_case ({@code bgwNexthopType: private_vif}); answers in camelCase
 * ({@code bgwRouteNextHopType: privateVif}). Only static routes can be modified or deleted.
 */
final class BgwRoutes {

    /** Request next-hop type → response next-hop type. UNVERIFIED: the response value for {@code vpc}. */
    private static final Map<String, String> NEXT_HOP_TYPES = Map.of("private_vif", "privateVif", "hosted_private_vif",
            "hostedPrivateVif", "vpc_attachment", "vpcAttachment", "vpn_connection", "vpnConnection", "vpc", "vpc");
    /** UNVERIFIED: the priority the service gives a route. */
    private static final int PRIORITY = 100;

    private final JdCloud cloud;
    final Map<String, ObjectNode> store = new LinkedHashMap<>();

    BgwRoutes(JdCloud cloud) {
        this.cloud = cloud;
    }

    /** UNVERIFIED: the filter names of describeBgwRoutes. */
    ObjectNode describe(Call call) {
        String bgwId = cloud.bgws.find(call, call.path("bgwId")).get("bgwId").asText();
        Map<String, List<String>> f = Listing.filters(call.query(), Set.of("bgwRouteIds", "origins"), Set.of());
        List<ObjectNode> matching = on(bgwId).stream()
                .filter(r -> Listing.matches(f, "bgwRouteIds", r.get("bgwRouteId").asText()))
                .filter(r -> Listing.matches(f, "origins", r.get("origin").asText())).toList();
        return Listing.page(call.query(), matching, "bgwRoutes");
    }

    /** BgwRouteSpec[]: all validated before any is added. UNVERIFIED: the result {@code bgwRouteIds}. */
    ObjectNode create(Call call) {
        ObjectNode bgw = cloud.bgws.find(call, call.path("bgwId"));
        String bgwId = bgw.get("bgwId").asText();
        List<ObjectNode> routes = new ArrayList<>();
        for (ObjectNode spec : call.specs()) {
            ObjectNode route = JdJson.object().put("bgwRouteId", cloud.ids.newId("bgwr-")).put("bgwId", bgwId);
            apply(call, bgwId, spec, route);
            boolean duplicate = staticOn(bgwId).stream().map(store::get).anyMatch(r -> same(r, route))
                    || routes.stream().anyMatch(r -> same(r, route));
            if (duplicate) {
                // UNVERIFIED: ALREADY_EXISTS for a second static route to the same destination
                throw JdError.alreadyExists("bgw " + bgwId + " already has a static route to " + route.get("bgwRouteDestination")
                        .asText());
            }
            routes.add(route);
        }
        cloud.quotas.check("bgw_route", bgwId, staticOn(bgwId).size() + routes.size() - 1, "static routes of " + bgwId);
        ArrayNode ids = JdJson.JSON.createArrayNode();
        for (ObjectNode route : routes) {
            store.put(route.get("bgwRouteId").asText(), Scoped.stamp(route, call));
            ids.add(route.get("bgwRouteId").asText());
        }
        ObjectNode result = JdJson.object();
        result.set("bgwRouteIds", ids);
        return result;
    }

    /** ModifyBgwRouteSpec[]: bgwRouteId, destination, next-hop type and next hop (all required), description. */
    ObjectNode modify(Call call) {
        String bgwId = cloud.bgws.find(call, call.path("bgwId")).get("bgwId").asText();
        List<ObjectNode[]> changes = new ArrayList<>();
        for (ObjectNode spec : call.specs()) {
            ObjectNode route = staticRoute(bgwId, Fields.text(spec, "bgwRouteId", true));
            ObjectNode changed = route.deepCopy();
            apply(call, bgwId, spec, changed);
            changes.add(new ObjectNode[] {route, changed});
        }
        changes.forEach(change -> change[0].setAll(change[1]));
        return JdJson.object();
    }

    /** The ids come as {@code bgwRouteIds.1}, {@code bgwRouteIds.2}, … in the query. */
    ObjectNode delete(Call call) {
        String bgwId = cloud.bgws.find(call, call.path("bgwId")).get("bgwId").asText();
        List<String> ids = Listing.indexed(call.query(), "bgwRouteIds");
        if (ids.isEmpty()) {
            throw JdError.invalidArgument("bgwRouteIds", "is required");
        }
        ids.forEach(id -> staticRoute(bgwId, id));
        ids.forEach(store::remove);
        return JdJson.object();
    }

    /** Reads destination, next hop and description from a spec onto a route, checking the next hop exists on the gateway. */
    private void apply(Call call, String bgwId, ObjectNode spec, ObjectNode route) {
        String destination = Fields.text(spec, "bgwRouteDestination", true);
        Ipv4.cidr(destination, "bgwRouteDestination");
        String type = Fields.oneOf(spec, "bgwNexthopType", true, List.of("hosted_private_vif", "private_vif", "vpc_attachment",
                "vpn_connection", "vpc"));
        String nextHop = Fields.text(spec, "bgwRouteNexthop", true);
        String description = Fields.text(spec, "description", false, 0, 256);
        switch (type) {
            case "private_vif", "hosted_private_vif" -> {
                ObjectNode vif = cloud.vifs.find(call, nextHop);
                boolean hosted = vif.get("type").asText().equals("hosted");
                if (!vif.get("bgwId").asText().equals(bgwId) || hosted != type.equals("hosted_private_vif")) {
                    throw JdError.invalidArgument("bgwRouteNexthop", nextHop + " is not a " + type + " of bgw " + bgwId);
                }
            }
            case "vpc_attachment" -> {
                if (!cloud.attachments.find(call, nextHop).get("bgwId").asText().equals(bgwId)) {
                    throw JdError.invalidArgument("bgwRouteNexthop", nextHop + " does not attach bgw " + bgwId);
                }
            }
            case "vpc" -> {
                if (!cloud.attachments.attached(bgwId, cloud.vpcs.find(call, nextHop).get("vpcId").asText())) {
                    throw JdError.invalidArgument("bgwRouteNexthop", "vpc " + nextHop + " is not attached to bgw " + bgwId);
                }
            }
            default -> throw JdError.notFound("vpnConnection", nextHop); // no VPN connections are emulated
        }
        route.put("bgwRouteDestination", destination).put("bgwRouteNexthop", nextHop).put("origin", "static")
                .put("bgwRoutePriority", PRIORITY).put("bgwRouteNextHopType", NEXT_HOP_TYPES.get(type))
                .put("description", description != null ? description : route.path("description").asText(""));
    }

    private static boolean same(ObjectNode a, ObjectNode b) {
        return a.get("bgwRouteDestination").asText().equals(b.get("bgwRouteDestination").asText())
                && a.get("bgwRouteNexthop").asText().equals(b.get("bgwRouteNexthop").asText());
    }

    private ObjectNode staticRoute(String bgwId, String id) {
        ObjectNode route = store.get(id);
        if (route == null || !route.get("bgwId").asText().equals(bgwId)) {
            throw JdError.notFound("bgwRoute", id);
        }
        if (!route.get("origin").asText().equals("static")) {
            throw JdError.failedPrecondition("bgwRoute " + id + " is propagated: only static routes can be changed or deleted");
        }
        return route;
    }

    /** Adds the propagated routes of a VPC attachment's subnets. */
    void propagate(ObjectNode attachment) {
        for (JsonNode info : attachment.get("propagateCidrInfos")) {
            learned(attachment, attachment.get("bgwId").asText(), info.get("subnetCidr").asText(),
                    attachment.get("vpcAttachmentId").asText(), "vpcAttachment");
        }
    }

    /** Adds a prefix the customer advertises over a VIF's BGP session. */
    void learn(ObjectNode vif, String cidr) {
        Ipv4.cidr(cidr, "cidr");
        learned(vif, vif.get("bgwId").asText(), cidr, vif.get("privateVifId").asText(),
                vif.get("type").asText().equals("hosted") ? "hostedPrivateVif" : "privateVif");
    }

    private void learned(ObjectNode owner, String bgwId, String cidr, String nextHop, String type) {
        String id = cloud.ids.newId("bgwr-");
        store.put(id, JdJson.object().put("bgwRouteId", id).put("bgwId", bgwId).put("bgwRouteDestination", cidr)
                .put("bgwRouteNexthop", nextHop).put("origin", "propagated").put("bgwRoutePriority", PRIORITY)
                .put("bgwRouteNextHopType", type).put("description", "")
                .put("_account", owner.get("_account").asText()).put("_region", owner.get("_region").asText()));
    }

    /** Removes the propagated routes through a next hop that is going away. */
    void forgetNextHop(String nextHop) {
        store.values().removeIf(r -> r.get("origin").asText().equals("propagated") && r.get("bgwRouteNexthop").asText().equals(nextHop));
    }

    List<ObjectNode> on(String bgwId) {
        return store.values().stream().filter(r -> r.get("bgwId").asText().equals(bgwId)).toList();
    }

    /** The ids of a gateway's static routes. */
    List<String> staticOn(String bgwId) {
        return on(bgwId).stream().filter(r -> r.get("origin").asText().equals("static")).map(r -> r.get("bgwRouteId").asText())
                .toList();
    }

    /** The ids of the static routes through a next hop. */
    List<String> staticVia(String nextHop) {
        return store.values().stream().filter(r -> r.get("origin").asText().equals("static"))
                .filter(r -> r.get("bgwRouteNexthop").asText().equals(nextHop)).map(r -> r.get("bgwRouteId").asText()).toList();
    }
}
