package io.dclink.kit.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dclink.error.ErrorContext;
import io.dclink.error.ProtocolException;
import io.dclink.kit.http.ProviderErrors;
import java.io.IOException;

/**
 * JSON for provider plugins, through Jackson trees the kit reads and writes itself: request
 * bodies are built as trees and written exactly; answers are read strictly (one JSON value and
 * nothing after it), and a body that cannot be read becomes a {@link ProtocolException} that never
 * quotes the body.
 */
public final class Json {

    private Json() {
    }

    /**
     * A new, empty JSON object, for a request body.
     *
     * @return the object
     */
    public static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    /**
     * A new, empty JSON array.
     *
     * @return the array
     */
    public static ArrayNode array() {
        return JsonNodeFactory.instance.arrayNode();
    }

    /**
     * The exact bytes of a tree.
     *
     * @param value the tree
     * @return its UTF-8 JSON
     */
    public static byte[] bytes(JsonNode value) {
        return JsonTrees.write(value);
    }

    /**
     * Reads an answer that must be a JSON object.
     *
     * @param body the bytes
     * @param what what is being read, e.g. {@code "the DescribeDirectConnects response"}
     * @param context where it came from
     * @return the object, read through typed accessors
     * @throws ProtocolException if the body is empty, not JSON, has anything after the value, or is
     *     not an object
     */
    public static JsonRecord parse(byte[] body, String what, ErrorContext context) {
        return JsonRecord.of(value(body, what, context), what, context);
    }

    /**
     * Reads any JSON value.
     *
     * @param body the bytes
     * @param what what is being read
     * @param context where it came from
     * @return the tree
     * @throws ProtocolException if the body is empty, not JSON, or has anything after the value
     */
    public static JsonNode tree(byte[] body, String what, ErrorContext context) {
        return JsonValues.toTree(value(body, what, context));
    }

    private static Object value(byte[] body, String what, ErrorContext context) {
        try {
            Object value = JsonValues.read(body);
            if (value == null) {
                throw ProviderErrors.malformed(what + " (empty)", context, null);
            }
            return value;
        } catch (IOException e) {
            throw ProviderErrors.malformed(what, context, sanitized(e));
        }
    }

    /** Jackson quotes the offending input in its messages; keep only the position. */
    private static IOException sanitized(IOException e) {
        String position = e instanceof JsonProcessingException json && json.getLocation() != null
                ? " at line " + json.getLocation().getLineNr() + ", column " + json.getLocation().getColumnNr() : "";
        return new IOException(e.getClass().getSimpleName() + position);
    }
}
