package io.dclink.testkit.consoleconnect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * One authenticated request as an operation sees it: the company the API key acts for, the path
 * parameters, the query and the JSON body.
 *
 * @param caller the key's company
 * @param path the path parameters, decoded
 * @param query the query parameters, decoded
 * @param json the parsed body, or {@code null} when there was none
 */
record Call(Company caller, Map<String, String> path, Map<String, List<String>> query, JsonNode json) {

    String path(String name) {
        return path.get(name);
    }

    String query(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The body as a JSON object; UNVERIFIED wording of the refusal. */
    ObjectNode body() {
        if (json instanceof ObjectNode object) {
            return object;
        }
        throw CcError.badRequest("The request body must be a JSON object");
    }
}
