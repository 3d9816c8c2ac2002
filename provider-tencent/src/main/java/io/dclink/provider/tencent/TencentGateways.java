package io.dclink.provider.tencent;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dclink.error.Problem;
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
        problems.check(request.name() == null || request.name().length() <= 60, "name", "must be at most 60 characters");
        String type = networkType(request);
        problems.check(type.equals("VPC") || type.equals("CCN"), "networkType", "must be VPC or CCN, was '" + type + "'");
        Ranges.within(problems, "asn", request.asn(), GATEWAY_ASNS);
        return problems.list();
    }

    CompletableFuture<Gateway> create(CreateGatewayRequest request) {
        ObjectNode params = api.params()
                .put("DirectConnectGatewayName", request.name())
                .put("NetworkType", networkType(request))
                .put("NetworkInstanceId", request.networkId())
                .put("GatewayType", "NORMAL");
        if (request.asn() != null) {
            params.put("GatewayAsn", request.asn());
        }
        IdempotencyTag.putTags(params, request.tags(), request.idempotencyKey());
        return api.vpc().write("CreateDirectConnectGateway", params)
                .thenApply(response -> TencentMapping.gateway(response.record("DirectConnectGateway")));
    }

    CompletableFuture<Optional<Gateway>> findCreated(CreateGatewayRequest request) {
        ObjectNode params = api.window(null);
        TencentApi.filter(params.putArray("Filters"), "direct-connect-gateway-name", List.of(request.name()));
        return api.vpc().read("DescribeDirectConnectGateways", params).thenApply(response -> api.page(
                        response, "DirectConnectGatewaySet", null, TencentMapping::gateway,
                        gateway -> IdempotencyTag.carries(gateway.tags(), request.idempotencyKey())))
                .thenApply(page -> page.items().stream().findFirst());
    }

    CompletableFuture<Void> delete(String id) {
        return api.vpc().delete("DeleteDirectConnectGateway", api.params().put("DirectConnectGatewayId", id));
    }

    /** The request's network type, or the one its network id implies ({@code ccn-} or else VPC). */
    static String networkType(CreateGatewayRequest request) {
        if (request.networkType() != null) {
            return request.networkType();
        }
        return request.networkId() != null && request.networkId().startsWith("ccn-") ? "CCN" : "VPC";
    }
}
