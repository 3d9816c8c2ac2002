package io.dclink.testkit.jdcloud;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resource quotas with the documented defaults (Restrictions.md): 10 physical and hosted
 * connections per region, 50 VIFs per connection, 5 border gateways per region, 50 VPC
 * attachments and 50 static routes per gateway. A create past a limit is
 * {@code 429 QUOTA_EXCEEDED}; {@link JdCloudEmulator#raiseQuota} raises one, as a support ticket does.
 */
final class Quotas {

    private final JdCloud cloud;
    private final Map<String, Integer> limits = new LinkedHashMap<>(Map.of("connection", 10, "vif", 50, "bgw", 5,
            "vpc_attachment", 50, "bgw_route", 50, "bgw_propagated_route", 300));

    Quotas(JdCloud cloud) {
        this.cloud = cloud;
    }

    void raise(String type, int maxLimit) {
        if (!limits.containsKey(type)) {
            throw new IllegalArgumentException("no quota " + type + "; the quotas are " + limits.keySet());
        }
        limits.put(type, maxLimit);
    }

    /** Refuses a create when {@code count} resources already use the quota. UNVERIFIED: the message. */
    void check(String type, String parentResourceId, int count, String what) {
        if (count >= limits.get(type)) {
            throw JdError.quotaExceeded("the quota of " + limits.get(type) + " " + what + " is used up (" + type
                    + (parentResourceId == null ? "" : " of " + parentResourceId) + ")");
        }
    }

    /** UNVERIFIED: the path, the filter names {@code type} and {@code parentResourceId}, and the result {@code quotas}. */
    ObjectNode describe(Call call) {
        Map<String, List<String>> f = Listing.filters(call.query(), Set.of("type", "parentResourceId"), Set.of("type",
                "parentResourceId"));
        String parent = f.containsKey("parentResourceId") ? f.get("parentResourceId").get(0) : null;
        List<String> types = f.containsKey("type") ? f.get("type") : List.of("connection", "bgw");
        ObjectNode result = JdJson.object();
        ArrayNode quotas = result.putArray("quotas");
        for (String type : types) {
            if (!limits.containsKey(type)) {
                throw JdError.invalidArgument("filters.type", "must be one of " + limits.keySet() + ", was " + type);
            }
            boolean perParent = !type.equals("connection") && !type.equals("bgw");
            if (perParent && parent == null) {
                throw JdError.invalidArgument("filters.parentResourceId", "is required for the " + type + " quota");
            }
            quotas.addObject().put("type", type).put("parentResourceId", perParent ? parent : "")
                    .put("maxLimit", limits.get(type)).put("count", count(call, type, parent));
        }
        return result;
    }

    private int count(Call call, String type, String parent) {
        return switch (type) {
            case "connection" -> cloud.connections.countAgainstQuota(call);
            case "bgw" -> Scoped.all(cloud.bgws.store, call).size();
            case "vif" -> cloud.vifs.onConnection(cloud.connections.find(call, parent).get("connectionId").asText()).size();
            case "vpc_attachment" -> cloud.bgws.find(call, parent).get("vpcAttachmentIds").size();
            case "bgw_route" -> cloud.bgwRoutes.staticOn(cloud.bgws.find(call, parent).get("bgwId").asText()).size();
            default -> cloud.bgwRoutes.on(cloud.bgws.find(call, parent).get("bgwId").asText()).size()
                    - cloud.bgwRoutes.staticOn(parent).size();
        };
    }
}
