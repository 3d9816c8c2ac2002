package io.dclink.testkit.jdcloud;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Border gateways: created at once (the model has no status), holding the ids of the VIFs and VPC
 * attachments that use them; deleted only when nothing uses them.
 */
final class Bgws {

    private final JdCloud cloud;
    final Map<String, ObjectNode> store = new LinkedHashMap<>();

    Bgws(JdCloud cloud) {
        this.cloud = cloud;
    }

    /** BgwSpec: bgwName, description, azType ({@code standard} or {@code edge}) and az (edge only). */
    ObjectNode create(Call call) {
        ObjectNode spec = call.spec();
        String name = Fields.name(spec, "bgwName", true);
        String description = Fields.text(spec, "description", false, 0, 256);
        String azType = Fields.oneOf(spec, "azType", false, List.of("standard", "edge"));
        azType = azType == null ? "standard" : azType;
        String az = Fields.text(spec, "az", false);
        if (azType.equals("edge") && (az == null || az.isEmpty())) {
            throw JdError.invalidArgument("az", "is required when azType is edge");
        }
        cloud.quotas.check("bgw", null, Scoped.all(store, call).size(), "border gateways in " + call.region());
        String id = cloud.ids.newId("bgw-");
        ObjectNode bgw = JdJson.object().put("bgwId", id).put("bgwName", name)
                .put("description", description == null ? "" : description);
        bgw.putArray("vifIds");
        bgw.putArray("vpcAttachmentIds");
        bgw.putArray("vpnConnectionIds");
        bgw.put("azType", azType).put("az", azType.equals("edge") ? az : "").put("createdTime", JdJson.time(cloud.now()));
        store.put(id, Scoped.stamp(bgw, call));
        return Scoped.created("bgwId", id);
    }

    /** UNVERIFIED: the filter names of describeBgws. */
    ObjectNode describeAll(Call call) {
        Map<String, List<String>> f = Listing.filters(call.query(), Set.of("bgwIds", "bgwNames"), Set.of());
        List<ObjectNode> matching = Scoped.all(store, call).stream()
                .filter(b -> Listing.matches(f, "bgwIds", b.get("bgwId").asText()))
                .filter(b -> Listing.matches(f, "bgwNames", b.get("bgwName").asText())).toList();
        return Listing.page(call.query(), matching, "bgws");
    }

    ObjectNode describe(Call call) {
        return Scoped.one("bgw", find(call, call.path("bgwId")));
    }

    /** ModifyBgwSpec: the name and the description. */
    ObjectNode modify(Call call) {
        ObjectNode bgw = find(call, call.path("bgwId"));
        ObjectNode spec = call.spec();
        Fields.only(spec, "modifyBgwSpec", List.of("bgwName", "description"));
        String name = Fields.name(spec, "bgwName", false);
        String description = Fields.text(spec, "description", false, 0, 256);
        if (name != null) {
            bgw.put("bgwName", name);
        }
        if (description != null) {
            bgw.put("description", description);
        }
        return JdJson.object();
    }

    /** UNVERIFIED: which references keep a gateway from being deleted. */
    ObjectNode delete(Call call) {
        ObjectNode bgw = find(call, call.path("bgwId"));
        String id = bgw.get("bgwId").asText();
        if (!bgw.get("vifIds").isEmpty()) {
            throw JdError.failedPrecondition("bgw " + id + " is used by private virtual interfaces " + bgw.get("vifIds"));
        }
        if (!bgw.get("vpcAttachmentIds").isEmpty()) {
            throw JdError.failedPrecondition("bgw " + id + " is attached to VPCs by " + bgw.get("vpcAttachmentIds"));
        }
        if (!cloud.bgwRoutes.staticOn(id).isEmpty()) {
            throw JdError.failedPrecondition("bgw " + id + " still has static routes " + cloud.bgwRoutes.staticOn(id));
        }
        if (!cloud.routeTables.rulesTo(id, null).isEmpty()) {
            throw JdError.failedPrecondition("bgw " + id + " is the next hop of VPC route table rules "
                    + cloud.routeTables.rulesTo(id, null));
        }
        store.remove(id);
        return JdJson.object();
    }

    ObjectNode find(Call call, String id) {
        return Scoped.find(store, call, id, "bgw");
    }

    /**
     * The gateway a new VIF names: one of the caller's in another region is refused as such
     * (UNVERIFIED: the status and message), one that does not exist is 404.
     */
    ObjectNode findForVif(Call call, String id) {
        ObjectNode bgw = store.get(id);
        if (bgw != null && Scoped.ownedBy(bgw, call.account()) && !Scoped.in(bgw, call.region())) {
            throw JdError.invalidArgument("bgwId", "must name a border gateway in the connection's region " + call.region()
                    + "; " + id + " is in " + bgw.get("_region").asText());
        }
        return find(call, id);
    }
}
