package io.dclink.testkit.tencent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dclink.testkit.emulator.StoredJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The readers of a request's JSON parameters that every action shares, and the answer of the
 * Describe actions: {@code Offset}/{@code Limit} paging with {@code TotalCount}, and filters whose
 * values are OR'ed while the filters are AND'ed.
 */
final class Params {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_LIMIT = 100;

    private Params() {
    }

    static String required(ObjectNode p, String field) {
        if (!p.hasNonNull(field)) {
            throw new TcError("MissingParameter", "The parameter " + field + " is missing.");
        }
        return p.get(field).asText();
    }

    static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    static ArrayNode tags(ObjectNode p) {
        ArrayNode tags = JSON.createArrayNode();
        for (JsonNode tag : p.path("Tags")) {
            if (!tag.hasNonNull("Key") || !tag.hasNonNull("Value")) {
                throw new TcError("MissingParameter", "Tag.Key and Tag.Value are required.");
            }
            tags.addObject().put("Key", tag.get("Key").asText()).put("Value", tag.get("Value").asText());
        }
        return tags;
    }

    static Map<String, List<String>> filters(ObjectNode p) {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (JsonNode filter : p.path("Filters")) {
            if (!filter.hasNonNull("Name") || !filter.has("Values")) {
                throw new TcError("MissingParameter", "Every filter needs Name and Values.");
            }
            filters.put(filter.get("Name").asText(), strings(filter.get("Values")));
        }
        return filters;
    }

    /** Ids and filters are two ways to choose; the API refuses both at once. */
    static void idsOrFilters(List<String> ids, Map<String, List<String>> filters, String idsName) {
        if (!ids.isEmpty() && !filters.isEmpty()) {
            throw new TcError("InvalidParameter", idsName + " and Filters cannot be combined.");
        }
    }

    static boolean matches(List<String> wanted, String value) {
        return wanted == null || wanted.contains(value);
    }

    static boolean contains(JsonNode array, String value) {
        for (JsonNode item : array) {
            if (item.asText().equals(value)) {
                return true;
            }
        }
        return false;
    }

    static List<ObjectNode> owned(Map<String, ObjectNode> store, String account) {
        return store.values().stream().filter(r -> r.get("_account").asText().equals(account)).toList();
    }

    static ObjectNode page(ObjectNode p, List<ObjectNode> matching, String setName) {
        int offset = p.path("Offset").asInt(0);
        int limit = p.path("Limit").asInt(20);
        if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
            throw new TcError("InvalidParameterValue", "Offset must be at least 0 and Limit 1 to " + MAX_LIMIT + ".");
        }
        ObjectNode result = JSON.createObjectNode();
        ArrayNode set = result.putArray(setName);
        matching.stream().skip(offset).limit(limit).forEach(item -> set.add(StoredJson.visible(item)));
        result.put("TotalCount", matching.size());
        return result;
    }
}
