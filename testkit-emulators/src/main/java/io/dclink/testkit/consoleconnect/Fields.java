package io.dclink.testkit.consoleconnect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;

/**
 * Reads and checks the fields of a request body, refusing in the API validator's style with the
 * field's path ({@code The request/speed must be integer}). The messages other than the id pattern
 * are UNVERIFIED imitations of it.
 */
final class Fields {

    private Fields() {
    }

    /** A required, non-blank {@code name}. */
    static String name(ObjectNode body) {
        String name = text(body, "name", "name", true);
        if (name.isBlank()) {
            throw CcError.invalid("name", "must not be blank");
        }
        return name;
    }

    /** Refuses any field but the allowed ones (UNVERIFIED: the service may ignore them instead). */
    static void only(ObjectNode body, List<String> allowed) {
        for (Iterator<String> names = body.fieldNames(); names.hasNext();) {
            String field = names.next();
            if (!allowed.contains(field)) {
                throw CcError.invalid(field, "cannot be changed here: only " + String.join(", ", allowed) + " can");
            }
        }
    }

    static boolean given(JsonNode body, String field) {
        return body.hasNonNull(field);
    }

    /**
     * A string field.
     *
     * @param body the object holding it
     * @param field its name in the object
     * @param path its path in messages, e.g. {@code connections/0/srcDcf}
     * @param required whether it must be there
     * @return the value, or {@code null} when absent and optional
     */
    static String text(JsonNode body, String field, String path, boolean required) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw CcError.required(path);
            }
            return null;
        }
        if (!value.isTextual()) {
            throw CcError.invalid(path, "must be string");
        }
        return value.asText();
    }

    /** An ObjectId field: a string matching the 24-hex pattern. */
    static String objectId(JsonNode body, String field, String path, boolean required) {
        String value = text(body, field, path, required);
        if (value != null && !CcJson.isObjectId(value)) {
            throw CcError.pattern(path);
        }
        return value;
    }

    /** A whole number within bounds. */
    static Integer integer(JsonNode body, String field, String path, boolean required, int min, int max) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw CcError.required(path);
            }
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw CcError.invalid(path, "must be integer");
        }
        int number = value.asInt();
        if (number < min) {
            throw CcError.invalid(path, "must be >= " + min);
        }
        if (number > max) {
            throw CcError.invalid(path, "must be <= " + max);
        }
        return number;
    }

    /** A boolean field. */
    static Boolean bool(JsonNode body, String field, String path) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isBoolean()) {
            throw CcError.invalid(path, "must be boolean");
        }
        return value.asBoolean();
    }

    /** A string that must be one of a list. */
    static String oneOf(JsonNode body, String field, String path, boolean required, List<String> allowed) {
        String value = text(body, field, path, required);
        if (value != null && !allowed.contains(value)) {
            throw CcError.invalid(path, "must be equal to one of the allowed values: " + String.join(", ", allowed));
        }
        return value;
    }
}
