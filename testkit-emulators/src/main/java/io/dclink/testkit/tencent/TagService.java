package io.dclink.testkit.tencent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The one action of the tag service ({@code tag} 2018-08-13) the emulator serves:
 * DescribeResourcesByTags, answered from the tags given when DC gateways were created (the VPC
 * API's gateway object carries none). Resources are matched by service type, resource prefix,
 * region and id; every tag filter must match (a filter without values matches any value of its
 * key); answers page with Offset/Limit and report TotalCount.
 */
final class TagService {

    /** UNVERIFIED: the service type and resource prefix under which the tag service lists DC gateways. */
    static final String GATEWAY_SERVICE = "vpc";
    static final String GATEWAY_PREFIX = "dcg";
    private static final int DEFAULT_LIMIT = 15;
    /** UNVERIFIED: the largest page the tag service answers. */
    private static final int MAX_LIMIT = 200;

    private final TencentCloud cloud;

    TagService(TencentCloud cloud) {
        this.cloud = cloud;
    }

    ObjectNode describeResourcesByTags(ObjectNode p, String account) {
        if (!p.path("TagFilters").isArray() || p.path("TagFilters").isEmpty()) {
            throw new TcError("MissingParameter", "The parameter TagFilters is missing.");
        }
        for (JsonNode filter : p.path("TagFilters")) {
            if (!filter.hasNonNull("TagKey")) {
                throw new TcError("MissingParameter", "Every tag filter needs a TagKey.");
            }
        }
        int offset = p.path("Offset").asInt(0);
        int limit = p.path("Limit").asInt(DEFAULT_LIMIT);
        if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
            throw new TcError("InvalidParameterValue", "Offset must be at least 0 and Limit 1 to " + MAX_LIMIT + ".");
        }
        List<ObjectNode> rows = new ArrayList<>();
        boolean gateways = matches(p, "ServiceType", GATEWAY_SERVICE) && matches(p, "ResourcePrefix", GATEWAY_PREFIX)
                && matches(p, "ResourceRegion", cloud.region());
        if (gateways) {
            for (ObjectNode gateway : Params.owned(cloud.gateways().store, account)) {
                String id = gateway.get("DirectConnectGatewayId").asText();
                JsonNode tags = gateway.path("_tags");
                if (matches(p, "ResourceId", id) && allMatch(p.path("TagFilters"), tags)) {
                    rows.add(row(id, tags));
                }
            }
        }
        ObjectNode result = Params.JSON.createObjectNode();
        result.put("TotalCount", rows.size()).put("Offset", offset).put("Limit", limit);
        ArrayNode page = result.putArray("Rows");
        rows.stream().skip(offset).limit(limit).forEach(page::add);
        return result;
    }

    private ObjectNode row(String id, JsonNode tags) {
        ObjectNode row = Params.JSON.createObjectNode().put("ResourceRegion", cloud.region())
                .put("ServiceType", GATEWAY_SERVICE).put("ResourcePrefix", GATEWAY_PREFIX).put("ResourceId", id);
        ArrayNode out = row.putArray("Tags");
        tags.forEach(tag -> out.addObject().put("TagKey", tag.get("Key").asText()).put("TagValue", tag.get("Value").asText()));
        return row;
    }

    /** A parameter the request leaves out matches everything. */
    private static boolean matches(ObjectNode p, String field, String value) {
        return !p.hasNonNull(field) || p.get(field).asText().equals(value);
    }

    private static boolean allMatch(JsonNode filters, JsonNode tags) {
        for (JsonNode filter : filters) {
            String key = filter.get("TagKey").asText();
            List<String> values = Params.strings(filter.path("TagValue"));
            boolean found = false;
            for (JsonNode tag : tags) {
                if (tag.get("Key").asText().equals(key) && (values.isEmpty() || values.contains(tag.get("Value").asText()))) {
                    found = true;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }
}
