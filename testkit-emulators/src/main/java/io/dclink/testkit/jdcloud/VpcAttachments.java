package io.dclink.testkit.jdcloud;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * VPC attachments: the link between a border gateway and a VPC of the same account and region,
 * required before routes to the VPC work. Always {@code active}. The subnets it propagates
 * ({@code all}, the {@code partial} list, or {@code none}) become propagated routes on the gateway.
 */
final class VpcAttachments {

    private static final List<String> PROPAGATE_TYPES = List.of("all", "partial", "none");

    private final JdCloud cloud;
    final Map<String, ObjectNode> store = new LinkedHashMap<>();

    VpcAttachments(JdCloud cloud) {
        this.cloud = cloud;
    }

    /** VpcAttachmentSpec: vpcAttachmentName, vpcId, bgwId, propagateType and (partial only) subnetIds. */
    ObjectNode create(Call call) {
        ObjectNode spec = call.spec();
        String name = Fields.name(spec, "vpcAttachmentName", true); // UNVERIFIED: the naming rule of connections applies
        String vpcId = Fields.text(spec, "vpcId", true);
        String bgwId = Fields.text(spec, "bgwId", true);
        String propagateType = Fields.oneOf(spec, "propagateType", true, PROPAGATE_TYPES);
        ObjectNode vpc = cloud.vpcs.find(call, vpcId);
        ObjectNode bgw = cloud.bgws.find(call, bgwId);
        if (store.values().stream().anyMatch(a -> a.get("bgwId").asText().equals(bgwId) && a.get("vpcId").asText().equals(vpcId))) {
            // UNVERIFIED: that one gateway attaches one VPC once
            throw JdError.alreadyExists("bgw " + bgwId + " is already attached to vpc " + vpcId);
        }
        cloud.quotas.check("vpc_attachment", bgwId, bgw.get("vpcAttachmentIds").size(), "VPC attachments of " + bgwId);
        String id = cloud.ids.newId("vpca-");
        ObjectNode attachment = JdJson.object().put("vpcAttachmentId", id).put("vpcAttachmentName", name).put("bgwId", bgwId)
                .put("vpcId", vpcId);
        propagate(attachment, vpc, propagateType, Fields.strings(spec, "subnetIds"));
        attachment.put("status", "active").put("createdTime", JdJson.time(cloud.now()));
        store.put(id, Scoped.stamp(attachment, call));
        ((ArrayNode) bgw.get("vpcAttachmentIds")).add(id);
        cloud.bgwRoutes.propagate(attachment);
        return Scoped.created("vpcAttachmentId", id);
    }

    private static void propagate(ObjectNode attachment, ObjectNode vpc, String type, List<String> subnetIds) {
        if (!type.equals("partial") && !subnetIds.isEmpty()) {
            throw JdError.invalidArgument("subnetIds", "applies only when propagateType is partial");
        }
        if (type.equals("partial") && subnetIds.isEmpty()) {
            throw JdError.invalidArgument("subnetIds", "is required when propagateType is partial");
        }
        for (String subnetId : subnetIds) {
            if (!vpc.get("subnets").findValuesAsText("subnetId").contains(subnetId)) {
                throw JdError.invalidArgument("subnetIds", "names no subnet of " + vpc.get("vpcId").asText() + ": " + subnetId);
            }
        }
        attachment.put("propagateType", type);
        ArrayNode infos = JdJson.JSON.createArrayNode();
        vpc.get("subnets").forEach(subnet -> {
            if (type.equals("all") || subnetIds.contains(subnet.get("subnetId").asText())) {
                infos.addObject().put("subnetCidr", subnet.get("addressPrefix").asText())
                        .put("subnetId", subnet.get("subnetId").asText());
            }
        });
        attachment.remove("propagateCidrInfos");
        attachment.set("propagateCidrInfos", infos);
    }

    /** UNVERIFIED: the filter names of describeVpcAttachments. */
    ObjectNode describeAll(Call call) {
        Map<String, List<String>> f = Listing.filters(call.query(), Set.of("vpcAttachmentIds", "bgwIds", "vpcIds"), Set.of());
        List<ObjectNode> matching = Scoped.all(store, call).stream()
                .filter(a -> Listing.matches(f, "vpcAttachmentIds", a.get("vpcAttachmentId").asText()))
                .filter(a -> Listing.matches(f, "bgwIds", a.get("bgwId").asText()))
                .filter(a -> Listing.matches(f, "vpcIds", a.get("vpcId").asText())).toList();
        return Listing.page(call.query(), matching, "vpcAttachments");
    }

    ObjectNode describe(Call call) {
        return Scoped.one("vpcAttachment", find(call, call.path("vpcAttachmentId")));
    }

    /** UNVERIFIED: the modify model (name, propagateType, subnetIds). */
    ObjectNode modify(Call call) {
        ObjectNode attachment = find(call, call.path("vpcAttachmentId"));
        ObjectNode spec = call.spec();
        Fields.only(spec, "modifyVpcAttachmentSpec", List.of("vpcAttachmentName", "propagateType", "subnetIds"));
        String name = Fields.name(spec, "vpcAttachmentName", false);
        String type = Fields.oneOf(spec, "propagateType", false, PROPAGATE_TYPES);
        if (type != null || Fields.given(spec, "subnetIds")) {
            ObjectNode vpc = cloud.vpcs.find(call, attachment.get("vpcId").asText());
            propagate(attachment, vpc, type == null ? attachment.get("propagateType").asText() : type,
                    Fields.strings(spec, "subnetIds"));
            cloud.bgwRoutes.forgetNextHop(attachment.get("vpcAttachmentId").asText());
            cloud.bgwRoutes.propagate(attachment);
        }
        if (name != null) {
            attachment.put("vpcAttachmentName", name);
        }
        return JdJson.object();
    }

    /** UNVERIFIED: that static routes through the attachment, and VPC rules to its gateway, keep it. */
    ObjectNode delete(Call call) {
        ObjectNode attachment = find(call, call.path("vpcAttachmentId"));
        String id = attachment.get("vpcAttachmentId").asText();
        String bgwId = attachment.get("bgwId").asText();
        if (!cloud.bgwRoutes.staticVia(id).isEmpty()) {
            throw JdError.failedPrecondition("vpcAttachment " + id + " is the next hop of border gateway routes "
                    + cloud.bgwRoutes.staticVia(id) + "; delete them first");
        }
        List<String> rules = cloud.routeTables.rulesTo(bgwId, attachment.get("vpcId").asText());
        if (!rules.isEmpty()) {
            throw JdError.failedPrecondition("vpc " + attachment.get("vpcId").asText() + " has route table rules " + rules
                    + " to bgw " + bgwId + "; remove them first");
        }
        store.remove(id);
        ObjectNode bgw = cloud.bgws.store.get(bgwId);
        if (bgw != null) {
            JdJson.removeString((ArrayNode) bgw.get("vpcAttachmentIds"), id);
        }
        cloud.bgwRoutes.forgetNextHop(id);
        return JdJson.object();
    }

    ObjectNode find(Call call, String id) {
        return Scoped.find(store, call, id, "vpcAttachment");
    }

    /** Whether a gateway is attached to a VPC. */
    boolean attached(String bgwId, String vpcId) {
        return store.values().stream().anyMatch(a -> a.get("bgwId").asText().equals(bgwId) && a.get("vpcId").asText().equals(vpcId));
    }
}
