package io.dclink.provider.jdcloud;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dclink.error.InvalidStateException;
import io.dclink.error.Problem;
import io.dclink.kit.json.Json;
import io.dclink.kit.json.JsonRecord;
import io.dclink.kit.validation.Problems;
import io.dclink.model.CreateGatewayRequest;
import io.dclink.model.Gateway;
import io.dclink.model.GatewayQuery;
import io.dclink.spi.Page;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Border gateways (Bgw), which have no status: a create is done when it returns. A gateway created
 * with a network id (a VPC of the same account and region) is attached to it in the same create; a
 * gateway is deleted with its attachments, and refused here, with nothing sent, while VIFs use it.
 */
final class BorderGateways {

    private final JdCloudApi api;
    private final Listing listing;
    private final VpcAttachments attachments;
    private final Vpcs vpcs;

    BorderGateways(JdCloudApi api, Listing listing, VpcAttachments attachments, Vpcs vpcs) {
        this.api = api;
        this.listing = listing;
        this.attachments = attachments;
        this.vpcs = vpcs;
    }

    static List<Problem> validate(CreateGatewayRequest request) {
        Problems problems = new Problems();
        JdCloudLimits.name(problems, "name", request.name());
        JdCloudLimits.description(problems, request.description());
        problems.check(request.networkType() == null || request.networkType().equals("VPC"), "networkType",
                "must be VPC: a border gateway attaches VPCs");
        problems.check(request.networkType() == null || request.networkId() != null, "networkId",
                "is required with a network type: the VPC to attach");
        JdCloudLimits.id(problems, "networkId", request.networkId());
        problems.check(request.asn() == null || request.asn() == NetworkMapping.JD_CLOUD_ASN, "asn",
                "JD Cloud's side of BGP is always AS " + NetworkMapping.JD_CLOUD_ASN + "; leave it empty");
        JdCloudLimits.unsupported(problems, "tags", request.tags(), "JD Cloud border gateways have no tags");
        return problems.list();
    }

    /** UNVERIFIED: the filter names bgwIds and bgwNames; the records are also matched here. */
    CompletableFuture<Page<Gateway>> list(GatewayQuery query, String token) {
        Query filters = Query.empty().filter("bgwIds", query.ids()).filter("bgwNames", query.names());
        return listing.page(Api.DESCRIBE_BGWS, null, filters, token, bgw -> bgw,
                bgw -> (query.ids().isEmpty() || query.ids().contains(bgw.requiredText("bgwId")))
                        && (query.names().isEmpty() || query.names().contains(bgw.text("bgwName"))))
                .thenCompose(page -> withAttachments(page.items()).thenApply(gateways -> new Page<>(gateways,
                        page.nextPageToken())));
    }

    CompletableFuture<Gateway> get(String id) {
        return record(id).thenCompose(bgw -> withAttachments(List.of(bgw))).thenApply(gateways -> gateways.get(0));
    }

    private CompletableFuture<JsonRecord> record(String id) {
        return api.read(Api.DESCRIBE_BGW, id, Query.empty())
                .thenApply(answer -> answer.one(Api.DESCRIBE_BGW.resultField(), "bgwId", id));
    }

    private CompletableFuture<List<Gateway>> withAttachments(List<JsonRecord> bgws) {
        List<String> ids = bgws.stream().map(bgw -> bgw.requiredText("bgwId")).toList();
        return attachments.of(ids).thenApply(all -> bgws.stream().map(bgw -> NetworkMapping.gateway(bgw, all.stream()
                .filter(a -> a.requiredText("bgwId").equals(bgw.requiredText("bgwId"))).toList())).toList());
    }

    /** BgwSpec, then the VPC attachment; the VPC is read first, so that a wrong one orders nothing. */
    CompletableFuture<Gateway> create(CreateGatewayRequest request) {
        CompletableFuture<?> vpcChecked = request.networkId() == null ? CompletableFuture.completedFuture(null)
                : vpcs.cidr(request.networkId());
        ObjectNode spec = Json.object().put("bgwName", request.name()).put("azType", "standard")
                .put("description", IdempotencyMark.mark(request.description(), request.idempotencyKey()));
        return vpcChecked.thenCompose(checked -> api.write(Api.CREATE_BGW, null, spec))
                .thenCompose(answer -> attached(answer.createdId("bgwId"), request));
    }

    /**
     * The gateway a create with this idempotency key made, if any, found by its name and its
     * description's mark; an attempt that made the gateway but not its attachment is completed.
     */
    CompletableFuture<Optional<Gateway>> findCreated(CreateGatewayRequest request) {
        return listing.all(Api.DESCRIBE_BGWS, null, Query.empty().filter("bgwNames", List.of(request.name())), bgw -> bgw,
                        "border gateways named " + request.name())
                .thenCompose(bgws -> bgws.stream()
                        .filter(bgw -> request.name().equals(bgw.text("bgwName")))
                        .filter(bgw -> IdempotencyMark.carries(bgw.text("description"), request.idempotencyKey()))
                        .findFirst()
                        .map(bgw -> attached(bgw.requiredText("bgwId"), request).thenApply(Optional::of))
                        .orElseGet(() -> CompletableFuture.completedFuture(Optional.empty())));
    }

    private CompletableFuture<Gateway> attached(String bgwId, CreateGatewayRequest request) {
        CompletableFuture<Void> attach = request.networkId() == null ? CompletableFuture.completedFuture(null)
                : attachments.attach(bgwId, request.networkId(), request.name());
        return attach.thenCompose(done -> get(bgwId));
    }

    /** Refused here while VIFs use the gateway; otherwise its VPC attachments go first, then the gateway. */
    CompletableFuture<Void> delete(String id) {
        return record(id).thenCompose(bgw -> {
            List<String> vifs = bgw.texts("vifIds");
            if (!vifs.isEmpty()) {
                throw new InvalidStateException("Delete the private virtual interfaces " + vifs + " of border gateway " + id
                        + " first. The delete was not sent.", api.errors(), null);
            }
            return attachments.of(List.of(id));
        }).thenCompose(attached -> {
            CompletableFuture<Void> detached = CompletableFuture.completedFuture(null);
            for (JsonRecord attachment : attached) {
                detached = detached.thenCompose(done -> attachments.detach(attachment.requiredText("vpcAttachmentId")));
            }
            return detached;
        }).thenCompose(done -> api.delete(Api.DELETE_BGW, id, Query.empty(), null));
    }
}
