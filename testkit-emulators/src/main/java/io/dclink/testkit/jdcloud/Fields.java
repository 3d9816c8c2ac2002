package io.dclink.testkit.jdcloud;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Readers of a request model's fields that refuse a bad value with {@code 400 INVALID_ARGUMENT}
 * naming the field. A field that is absent or JSON {@code null} reads as not given.
 */
final class Fields {

    /** Chinese characters, letters, digits, {@code _} and {@code -} (connection, gateway and VIF names). */
    static final Pattern NAME = Pattern.compile("[\\p{IsHan}A-Za-z0-9_-]+");
    /** 11 digits starting 13 to 19. */
    static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}");

    private Fields() {
    }

    static boolean given(JsonNode spec, String field) {
        return spec != null && spec.hasNonNull(field);
    }

    static String text(JsonNode spec, String field, boolean required) {
        if (!given(spec, field)) {
            if (required) {
                throw JdError.invalidArgument(field, "is required");
            }
            return null;
        }
        JsonNode value = spec.get(field);
        if (!value.isTextual()) {
            throw JdError.invalidArgument(field, "must be a string");
        }
        return value.asText();
    }

    /** A string of a length in code points. */
    static String text(JsonNode spec, String field, boolean required, int min, int max) {
        String value = text(spec, field, required);
        if (value != null) {
            int length = value.codePointCount(0, value.length());
            if (length < min || length > max) {
                throw JdError.invalidArgument(field, "must be " + min + " to " + max + " characters long");
            }
        }
        return value;
    }

    /** A name: 1 to 32 Chinese characters, letters, digits, {@code _} or {@code -}. */
    static String name(JsonNode spec, String field, boolean required) {
        String value = text(spec, field, required, 1, 32);
        if (value != null && !NAME.matcher(value).matches()) {
            throw JdError.invalidArgument(field, "may hold only Chinese characters, letters, digits, _ and -");
        }
        return value;
    }

    static String oneOf(JsonNode spec, String field, boolean required, List<String> allowed) {
        String value = text(spec, field, required);
        if (value != null && !allowed.contains(value)) {
            throw JdError.invalidArgument(field, "must be one of " + allowed + ", was " + value);
        }
        return value;
    }

    static Integer integer(JsonNode spec, String field, boolean required, long min, long max) {
        if (!given(spec, field)) {
            if (required) {
                throw JdError.invalidArgument(field, "is required");
            }
            return null;
        }
        JsonNode value = spec.get(field);
        if (!value.isIntegralNumber() || value.asLong() < min || value.asLong() > max) {
            throw JdError.invalidArgument(field, "must be an integer from " + min + " to " + max);
        }
        return value.asInt();
    }

    static Boolean bool(JsonNode spec, String field) {
        if (!given(spec, field)) {
            return null;
        }
        if (!spec.get(field).isBoolean()) {
            throw JdError.invalidArgument(field, "must be true or false");
        }
        return spec.get(field).asBoolean();
    }

    static List<String> strings(JsonNode spec, String field) {
        List<String> values = new ArrayList<>();
        if (!given(spec, field)) {
            return values;
        }
        if (!spec.get(field).isArray()) {
            throw JdError.invalidArgument(field, "must be an array of strings");
        }
        spec.get(field).forEach(v -> values.add(v.asText()));
        return values;
    }

    /** Refuses every field of a model but the allowed ones (the modify models). */
    static void only(JsonNode spec, String model, List<String> allowed) {
        spec.fieldNames().forEachRemaining(field -> {
            if (!allowed.contains(field)) {
                throw JdError.invalidArgument(field, "cannot be changed through " + model + "; only " + allowed + " can");
            }
        });
    }
}
