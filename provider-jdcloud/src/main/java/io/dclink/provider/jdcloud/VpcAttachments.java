package io.dclink.provider.jdcloud;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dclink.kit.call.Calls;
import io.dclink.kit.json.Json;
import io.dclink.kit.json.JsonRecord;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * VPC attachments: the link between a border gateway and a VPC of the same account and region,
 * without which routes to the VPC do not work. The plugin makes one when a gateway is created with
 * a network id, propagating none of the VPC's subnets (the routes are the caller's), and removes a
 * gateway's attachments before the gateway.
 */
final class VpcAttachments {

    /** UNVERIFIED: the filter name of describeVpcAttachments; the records are also matched here. */
    private static final String BY_GATEWAY = "bgwIds";

    private final JdCloudApi api;
    private final Listing listing;

    VpcAttachments(JdCloudApi api, Listing listing) {
        this.api = api;
        this.listing = listing;
    }

    /** The attachments of some gateways. */
    CompletableFuture<List<JsonRecord>> of(List<String> bgwIds) {
        if (bgwIds.isEmpty()) {
            return CompletableFuture.completedFuture(List.of());
        }
        return listing.all(Api.DESCRIBE_VPC_ATTACHMENTS, null, Query.empty().filter(BY_GATEWAY, bgwIds), a -> a,
                        "VPC attachments of " + bgwIds)
                .thenApply(all -> all.stream().filter(a -> bgwIds.contains(a.requiredText("bgwId"))).toList());
    }

    /**
     * Attaches a VPC to a gateway, unless it is attached already.
     *
     * @param bgwId the gateway
     * @param vpcId the VPC
     * @param name the attachment's name (the gateway's)
     * @return done
     */
    CompletableFuture<Void> attach(String bgwId, String vpcId, String name) {
        return of(List.of(bgwId)).thenCompose(attached -> {
            if (attached.stream().anyMatch(a -> vpcId.equals(a.text("vpcId")))) {
                return CompletableFuture.completedFuture(null);
            }
            ObjectNode spec = Json.object().put("vpcAttachmentName", name).put("vpcId", vpcId).put("bgwId", bgwId)
                    .put("propagateType", "none");
            return api.write(Api.CREATE_VPC_ATTACHMENT, null, spec).handle((answer, failure) -> {
                if (failure != null && !Calls.hasCode(failure, "ALREADY_EXISTS")) {
                    throw Calls.rethrow(failure);
                }
                return null;
            });
        });
    }

    /** Removes an attachment; one already gone is done. */
    CompletableFuture<Void> detach(String attachmentId) {
        return api.delete(Api.DELETE_VPC_ATTACHMENT, attachmentId, Query.empty(), null);
    }
}
