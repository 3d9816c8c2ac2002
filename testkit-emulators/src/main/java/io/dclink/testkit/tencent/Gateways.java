package io.dclink.testkit.tencent;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dclink.testkit.emulator.StoredJson;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * DC gateways (the {@code vpc} API): created at once, with the documented ASN ranges; deleted when no
 * tunnel uses them. The gateway object has no {@code TagSet}: its tags are read through the tag
 * service ({@link TagService}).
 */
final class Gateways {

    private final TencentCloud cloud;
    final Map<String, ObjectNode> store = new LinkedHashMap<>();

    Gateways(TencentCloud cloud) {
        this.cloud = cloud;
    }

    ObjectNode create(ObjectNode p, String account) {
        String name = Params.required(p, "DirectConnectGatewayName");
        String type = Params.required(p, "NetworkType");
        if (name.length() > 60) {
            throw new TcError("InvalidParameterValue", "DirectConnectGatewayName must be at most 60 characters.");
        }
        if (!type.equals("VPC") && !type.equals("CCN")) {
            throw new TcError("InvalidParameterValue", "NetworkType must be VPC or CCN.");
        }
        String gatewayType = p.path("GatewayType").asText("NORMAL");
        if (!gatewayType.equals("NORMAL") && !(gatewayType.equals("NAT") && type.equals("VPC"))) {
            throw new TcError("InvalidParameterValue", "GatewayType " + gatewayType + " is not valid for " + type + ".");
        }
        if (p.has("GatewayAsn")) {
            long asn = p.get("GatewayAsn").asLong();
            boolean ok = asn == 45_090 || (asn >= 64_512 && asn <= 65_534) || (asn >= 4_200_000_000L && asn <= 4_294_967_294L);
            if (!ok) {
                throw new TcError("InvalidParameterValue", "GatewayAsn " + asn + " is not allowed.");
            }
        }
        String id = cloud.newId("dcg-");
        ObjectNode gateway = Params.JSON.createObjectNode().put("DirectConnectGatewayId", id).put("DirectConnectGatewayName", name)
                .put("NetworkType", type).put("NetworkInstanceId", p.path("NetworkInstanceId").asText(""))
                .put("VpcId", type.equals("VPC") ? p.path("NetworkInstanceId").asText("") : "")
                .put("GatewayType", gatewayType).put("CreateTime", TencentCloud.spaced(cloud.now()))
                .put("DirectConnectGatewayIp", "10.255.0." + (store.size() % 250 + 1)).put("_account", account);
        if (p.has("GatewayAsn")) {
            gateway.put("GatewayAsn", p.get("GatewayAsn").asLong());
        }
        // The VPC API's DirectConnectGateway has no TagSet: the tags are kept for the tag service only.
        gateway.set("_tags", Params.tags(p));
        store.put(id, gateway);
        ObjectNode result = Params.JSON.createObjectNode();
        result.set("DirectConnectGateway", StoredJson.visible(gateway));
        return result;
    }

    ObjectNode describe(ObjectNode p, String account) {
        List<String> ids = Params.strings(p.path("DirectConnectGatewayIds"));
        Map<String, List<String>> filters = Params.filters(p);
        Params.idsOrFilters(ids, filters, "DirectConnectGatewayIds");
        List<String> names = filters.get("direct-connect-gateway-name");
        List<ObjectNode> matching = Params.owned(store, account).stream()
                .filter(g -> ids.isEmpty() || ids.contains(g.get("DirectConnectGatewayId").asText()))
                .filter(g -> Params.matches(filters.get("direct-connect-gateway-id"), g.get("DirectConnectGatewayId").asText()))
                .filter(g -> names == null || names.stream().anyMatch(n -> g.get("DirectConnectGatewayName").asText().contains(n)))
                .toList();
        return Params.page(p, matching, "DirectConnectGatewaySet");
    }

    ObjectNode delete(ObjectNode p, String account) {
        ObjectNode gateway = gateway(Params.required(p, "DirectConnectGatewayId"), account);
        String id = gateway.get("DirectConnectGatewayId").asText();
        if (cloud.tunnels().usesGateway(id)) {
            throw new TcError("ResourceInUse", "The DC gateway is used by a dedicated tunnel.");
        }
        store.remove(id);
        return Params.JSON.createObjectNode();
    }

    ObjectNode gateway(String id, String account) {
        ObjectNode gateway = store.get(id);
        if (gateway == null || !gateway.get("_account").asText().equals(account)) {
            throw new TcError("ResourceNotFound", "The DC gateway " + id + " does not exist.");
        }
        return gateway;
    }
}
