package io.dclink.testkit.jdcloud;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One verified request as an operation sees it: who calls, in which region, the path parameters,
 * the query (GET and DELETE) and the body's request model (POST and PATCH).
 *
 * @param account the caller's account
 * @param region the path's regionId
 * @param path the path parameters
 * @param query the query parameters, decoded
 * @param model the body field the operation's row names, or {@code null}
 * @param modelField that field's name, for messages
 */
record Call(String account, String region, Map<String, String> path, Map<String, List<String>> query, JsonNode model,
        String modelField) {

    /** A path parameter. */
    String path(String name) {
        return path.get(name);
    }

    /** The request model as an object. */
    ObjectNode spec() {
        if (model == null) {
            throw JdError.invalidArgument(modelField, "is required");
        }
        if (!(model instanceof ObjectNode object)) {
            throw JdError.invalidArgument(modelField, "must be an object");
        }
        return object;
    }

    /** The request model as an array of objects. */
    List<ObjectNode> specs() {
        if (model == null || !model.isArray() || model.isEmpty()) {
            throw JdError.invalidArgument(modelField, "must be a non-empty array");
        }
        ArrayList<ObjectNode> items = new ArrayList<>();
        for (JsonNode item : model) {
            if (!(item instanceof ObjectNode object)) {
                throw JdError.invalidArgument(modelField, "must hold objects");
            }
            items.add(object);
        }
        return items;
    }

    /** The request model as an array of strings (e.g. {@code ruleIds}). */
    List<String> ids() {
        if (model == null || !model.isArray() || model.isEmpty()) {
            throw JdError.invalidArgument(modelField, "must be a non-empty array");
        }
        ArrayList<String> ids = new ArrayList<>();
        model.forEach(id -> ids.add(id.asText()));
        return ids;
    }
}
