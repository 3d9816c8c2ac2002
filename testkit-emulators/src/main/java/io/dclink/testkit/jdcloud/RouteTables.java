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
 * VPC route tables and their rules ({@code vpc} service): a rule whose next hop is a border
 * gateway ({@code nextHopType: bgw}) carries traffic for an IDC segment to the line. The
 * {@code local} rule of the VPC's CIDR cannot be changed or removed. UNVERIFIED: the
 * {@code RouteTable} fields beyond {@code routeTableId}, {@code vpcId} and {@code routeTableRules}.
 */
final class RouteTables {

    private static final List<String> NEXT_HOP_TYPES = List.of("bgw", "instance", "internet", "vpc_peering", "natgw",
            "elastic_network_interface", "havip", "l2gw");

    private final JdCloud cloud;
    final Map<String, ObjectNode> store = new LinkedHashMap<>();

    RouteTables(JdCloud cloud) {
        this.cloud = cloud;
    }

    void seed(ObjectNode vpc, String tableId) {
        ObjectNode table = JdJson.object().put("routeTableId", tableId).put("routeTableName", vpc.get("vpcName").asText() + "-default")
                .put("routeTableType", "default").put("description", "").put("vpcId", vpc.get("vpcId").asText());
        table.putArray("routeTableRules").addObject().put("ruleId", cloud.ids.newId("rtbr-")).put("priority", 100)
                .put("nextHopType", "local").put("nextHopId", "").put("addressPrefixType", "CIDR")
                .put("addressPrefix", vpc.get("addressPrefix").asText()).put("origin", "static").put("description", "");
        table.set("subnetIds", JdJson.strings(vpc.get("subnets").findValuesAsText("subnetId")));
        table.put("createdTime", vpc.get("createdTime").asText()).put("_account", vpc.get("_account").asText())
                .put("_region", vpc.get("_region").asText());
        store.put(tableId, table);
    }

    /** UNVERIFIED: azType, associateType and azs are accepted but do not narrow the list. */
    ObjectNode describeAll(Call call) {
        Map<String, List<String>> f = Listing.filters(call.query(), Set.of("routeTableIds", "routeTableNames", "vpcId", "azType",
                "associateType", "azs"), Set.of("vpcId"));
        List<ObjectNode> matching = Scoped.all(store, call).stream()
                .filter(t -> Listing.matches(f, "routeTableIds", t.get("routeTableId").asText()))
                .filter(t -> Listing.matches(f, "routeTableNames", t.get("routeTableName").asText()))
                .filter(t -> Listing.matches(f, "vpcId", t.get("vpcId").asText())).toList();
        return Listing.page(call.query(), matching, "routeTables");
    }

    ObjectNode describe(Call call) {
        return Scoped.one("routeTable", find(call));
    }

    ObjectNode describeRules(Call call) {
        ObjectNode table = find(call);
        Map<String, List<String>> f = Listing.filters(call.query(), Set.of("ruleIds", "origins", "nextHopTypes", "addressPrefix",
                "description", "nextHopId"), Set.of());
        List<ObjectNode> matching = new ArrayList<>();
        for (JsonNode rule : table.get("routeTableRules")) {
            boolean wanted = Listing.matches(f, "ruleIds", rule.get("ruleId").asText())
                    && Listing.matches(f, "origins", rule.get("origin").asText())
                    && Listing.matches(f, "nextHopTypes", rule.get("nextHopType").asText())
                    && Listing.matches(f, "addressPrefix", rule.get("addressPrefix").asText())
                    && Listing.matches(f, "description", rule.get("description").asText())
                    && Listing.matches(f, "nextHopId", rule.get("nextHopId").asText());
            if (wanted) {
                matching.add((ObjectNode) rule);
            }
        }
        return Listing.page(call.query(), matching, "routeTableRules");
    }

    /** routeTableRuleSpecs: all validated before any is added. */
    ObjectNode add(Call call) {
        ObjectNode table = find(call);
        List<ObjectNode> rules = new ArrayList<>();
        for (ObjectNode spec : call.specs()) {
            ObjectNode rule = JdJson.object().put("ruleId", cloud.ids.newId("rtbr-"));
            apply(call, table, spec, rule, true);
            for (JsonNode other : concat(table.get("routeTableRules"), rules)) {
                if (sameRoute(other, rule)) {
                    // UNVERIFIED: ALREADY_EXISTS for a rule identical to one the table has
                    throw JdError.alreadyExists("route table " + table.get("routeTableId").asText() + " already routes "
                            + rule.get("addressPrefix").asText() + " to " + rule.get("nextHopId").asText());
                }
            }
            rules.add(rule);
        }
        rules.forEach(((ArrayNode) table.get("routeTableRules"))::add);
        return JdJson.object();
    }

    ObjectNode modify(Call call) {
        ObjectNode table = find(call);
        List<ObjectNode[]> changes = new ArrayList<>();
        for (ObjectNode spec : call.specs()) {
            ObjectNode rule = changeable(table, Fields.text(spec, "ruleId", true));
            ObjectNode changed = rule.deepCopy();
            apply(call, table, spec, changed, false);
            changes.add(new ObjectNode[] {rule, changed});
        }
        changes.forEach(change -> change[0].setAll(change[1]));
        return JdJson.object();
    }

    ObjectNode remove(Call call) {
        ObjectNode table = find(call);
        List<String> ids = call.ids();
        ids.forEach(id -> changeable(table, id));
        ArrayNode rules = (ArrayNode) table.get("routeTableRules");
        for (int i = rules.size() - 1; i >= 0; i--) {
            if (ids.contains(rules.get(i).get("ruleId").asText())) {
                rules.remove(i);
            }
        }
        return JdJson.object();
    }

    /** The rule fields of AddRouteTableRules (and, all optional, of ModifyRouteTableRules). */
    private void apply(Call call, ObjectNode table, ObjectNode spec, ObjectNode rule, boolean adding) {
        String type = Fields.oneOf(spec, "nextHopType", adding, NEXT_HOP_TYPES);
        String nextHopId = Fields.text(spec, "nextHopId", adding);
        String prefixType = Fields.oneOf(spec, "addressPrefixType", false, List.of("CIDR", "PREFIXLIST"));
        String prefix = Fields.text(spec, "addressPrefix", adding);
        Integer priority = Fields.integer(spec, "priority", false, 1, 255);
        String description = Fields.text(spec, "description", false, 0, 256);
        type = type != null ? type : rule.get("nextHopType").asText();
        nextHopId = nextHopId != null ? nextHopId : rule.get("nextHopId").asText();
        prefixType = prefixType != null ? prefixType : rule.path("addressPrefixType").asText("CIDR");
        prefix = prefix != null ? prefix : rule.get("addressPrefix").asText();
        if (prefixType.equals("CIDR")) {
            Ipv4.cidr(prefix, "addressPrefix");
        } else if (!prefix.startsWith("pl-")) {
            throw JdError.invalidArgument("addressPrefix", "must be a prefix list id (pl-...) when addressPrefixType is PREFIXLIST");
        }
        if (type.equals("bgw")) {
            cloud.bgws.find(call, nextHopId);
            if (!cloud.attachments.attached(nextHopId, table.get("vpcId").asText())) {
                // UNVERIFIED: that the service refuses (rather than accepts and black-holes) a bgw rule without an attachment
                throw JdError.failedPrecondition("bgw " + nextHopId + " is not attached to vpc " + table.get("vpcId").asText()
                        + ": create a VPC attachment first");
            }
        }
        rule.put("priority", priority != null ? priority : rule.path("priority").asInt(100)).put("nextHopType", type)
                .put("nextHopId", nextHopId).put("addressPrefixType", prefixType).put("addressPrefix", prefix)
                .put("origin", "static").put("description", description != null ? description : rule.path("description").asText(""));
    }

    private static boolean sameRoute(JsonNode a, JsonNode b) {
        for (String field : List.of("addressPrefix", "priority", "nextHopType", "nextHopId")) {
            if (!a.get(field).asText().equals(b.get(field).asText())) {
                return false;
            }
        }
        return true;
    }

    private static List<JsonNode> concat(JsonNode existing, List<ObjectNode> adding) {
        List<JsonNode> all = new ArrayList<>();
        existing.forEach(all::add);
        all.addAll(adding);
        return all;
    }

    private static ObjectNode changeable(ObjectNode table, String ruleId) {
        for (JsonNode rule : table.get("routeTableRules")) {
            if (rule.get("ruleId").asText().equals(ruleId)) {
                if (rule.get("nextHopType").asText().equals("local") || rule.get("origin").asText().equals("propagated")) {
                    throw JdError.failedPrecondition("routeTableRule " + ruleId + " is a " + (rule.get("nextHopType").asText()
                            .equals("local") ? "local" : "propagated") + " rule and cannot be changed or removed");
                }
                return (ObjectNode) rule;
            }
        }
        throw JdError.notFound("routeTableRule", ruleId);
    }

    private ObjectNode find(Call call) {
        return Scoped.find(store, call, call.path("routeTableId"), "routeTable");
    }

    /** The rules (as "routeTableId/ruleId") whose next hop is a gateway, in one VPC or any (null). */
    List<String> rulesTo(String bgwId, String vpcId) {
        List<String> found = new ArrayList<>();
        for (ObjectNode table : store.values()) {
            if (vpcId == null || table.get("vpcId").asText().equals(vpcId)) {
                table.get("routeTableRules").forEach(rule -> {
                    if (rule.get("nextHopType").asText().equals("bgw") && rule.get("nextHopId").asText().equals(bgwId)) {
                        found.add(table.get("routeTableId").asText() + "/" + rule.get("ruleId").asText());
                    }
                });
            }
        }
        return found;
    }
}
