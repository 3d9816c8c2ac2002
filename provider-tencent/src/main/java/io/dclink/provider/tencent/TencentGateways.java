package io.dclink.provider.tencent;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dclink.error.Problem;
import io.dclink.kit.json.JsonRecord;
import io.dclink.kit.paging.Pages;
import io.dclink.kit.validation.NumberRange;
import io.dclink.kit.validation.Problems;
import io.dclink.kit.validation.Ranges;
import io.dclink.model.CreateGatewayRequest;
import io.dclink.model.Gateway;
import io.dclink.model.GatewayQuery;
import io.dclink.spi.Page;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** DC gateways through the VPC API: Create/Describe/DeleteDirectConnectGateway(s). */
final class TencentGateways {

    /** The gateway ASNs the VPC API accepts. */
    static final NumberRange[] GATEWAY_ASNS = {
        new NumberRange(45_090, 45_090), NumberRange.ASN_PRIVATE_2_BYTE, NumberRange.ASN_PRIVATE_4_BYTE
    };

    /** UNVERIFIED: the tag service's service type and resource prefix of DC gateways (Terraform's dcg tags). */
    static final String TAG_SERVICE_TYPE = "vpc";
    static final String TAG_RESOURCE_PREFIX = "dcg";

    private final TencentApi api;

    TencentGateways(TencentApi api) {
        this.api = api;
    }

    CompletableFuture<Page<Gateway>> list(GatewayQuery query, String pageToken) {
        ObjectNode params = api.window(pageToken);
        if (!query.ids().isEmpty()) {
            query.ids().forEach(params.putArray("DirectConnectGatewayIds")::add);
        }
        return api.vpc().read("DescribeDirectConnectGateways", params).thenApply(response -> api.page(response,
                "DirectConnectGatewaySet", pageToken, TencentMapping::gateway,
                gateway -> query.names().isEmpty() || query.names().contains(gateway.name())));
    }

    CompletableFuture<Gateway> get(String id) {
        ObjectNode params = api.params();
        params.putArray("DirectConnectGatewayIds").add(id);
        return api.vpc().read("DescribeDirectConnectGateways", params).thenApply(response -> TencentMapping.gateway(
                api.one(response, "DirectConnectGatewaySet", "DirectConnectGatewayId", id, "DC gateway")));
    }

    static List<Problem> validate(CreateGatewayRequest request) {
        Problems problems = new Problems().required("networkId", request.networkId());
        TencentLimits.name(problems, "name", request.name(), TencentLimits.NAME);
        TencentLimits.noDescription(problems, request.description(), "a DC gateway");
        // CreateDirectConnectGateway requires NetworkType: it is not guessed from the network id.
        if (request.networkType() == null) {
            problems.add("networkType", "is required: VPC or CCN");
        } else {
            problems.check(request.networkType().equals("VPC") || request.networkType().equals("CCN"), "networkType",
                    "must be VPC or CCN, was '" + request.networkType() + "'");
        }
        problems.text("networkId", request.networkId(), TencentLimits.ID);
        Ranges.within(problems, "asn", request.asn(), GATEWAY_ASNS);
        TencentLimits.tags(problems, request.tags());
        return problems.list();
    }

    CompletableFuture<Gateway> create(CreateGatewayRequest request) {
        ObjectNode params = api.params()
                .put("DirectConnectGatewayName", request.name())
                .put("NetworkType", request.networkType())
                .put("NetworkInstanceId", request.networkId())
                .put("GatewayType", "NORMAL");
        if (request.asn() != null) {
            params.put("GatewayAsn", request.asn());
        }
        IdempotencyTag.putTags(params, request.tags(), request.idempotencyKey());
        return api.vpc().write("CreateDirectConnectGateway", params)
                .thenApply(response -> {
                    JsonRecord gateway = response.record("DirectConnectGateway");
                    TencentApi.id(gateway, "DirectConnectGatewayId", "dcg-");
                    return TencentMapping.gateway(gateway);
                });
    }

    /**
     * The gateway a create with this idempotency key made, if any. The VPC API's gateway object has no
     * tags, so the key's tag is looked up in the tag service (DescribeResourcesByTags), every page of
     * it, and the gateways it names are then read.
     */
    CompletableFuture<Optional<Gateway>> findCreated(CreateGatewayRequest request) {
        String key = request.idempotencyKey();
        return Pages.all(token -> tagged(key, token), api.errors(), "DC gateways tagged with the idempotency key " + key)
                .thenCompose(ids -> {
                    if (ids.isEmpty()) {
                        return CompletableFuture.completedFuture(Optional.<Gateway>empty());
                    }
                    ObjectNode params = api.params();
                    ids.stream().limit(TencentApi.LIMIT).forEach(params.putArray("DirectConnectGatewayIds")::add);
                    return api.vpc().read("DescribeDirectConnectGateways", params).thenApply(response -> api.page(
                            response, "DirectConnectGatewaySet", null, TencentMapping::gateway,
                            gateway -> ids.contains(gateway.id())).items().stream().findFirst());
                });
    }

    /** One page of the ids of the region's DC gateways that carry the idempotency tag with this key. */
    private CompletableFuture<Page<String>> tagged(String key, String token) {
        ObjectNode params = api.window(token)
                .put("ServiceType", TAG_SERVICE_TYPE)
                .put("ResourcePrefix", TAG_RESOURCE_PREFIX)
                .put("ResourceRegion", api.region());
        params.putArray("TagFilters").addObject().put("TagKey", IdempotencyTag.KEY).putArray("TagValue").add(key);
        return api.tag().read("DescribeResourcesByTags", params).thenApply(response -> api.page(response, "Rows", token,
                row -> row.requiredText("ResourceId"), id -> true));
    }

    CompletableFuture<Void> delete(String id) {
        return api.vpc().delete("DeleteDirectConnectGateway", api.params().put("DirectConnectGatewayId", id));
    }
}
