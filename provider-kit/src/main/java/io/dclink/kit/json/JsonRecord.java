package io.dclink.kit.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.dclink.error.ErrorContext;
import io.dclink.error.ProtocolException;
import io.dclink.spi.ErrorCategory;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * One JSON object of a provider's answer, read through typed accessors. An absent or {@code null}
 * field reads as absent; a field of the wrong shape (an object where text is expected, a number
 * out of range, an array of scalars where records are expected) is a {@link ProtocolException}
 * naming the field's path, never a wrong value and never an untyped exception. Every record knows
 * where it is in the answer ({@code DirectConnectSet[0].BgpPeer}) so errors point at the field.
 */
public final class JsonRecord {

    private final Members node;
    private final String path;
    private final ErrorContext context;

    private JsonRecord(Members node, String path, ErrorContext context) {
        this.node = node;
        this.path = path;
        this.context = context;
    }

    /**
     * The record at the root of an answer already read as a Jackson tree. The record copies it into
     * the kit's own form: binary and POJO nodes read as their text, a missing node as an absent
     * field, a short integer as an int; {@link #node()} gives a new tree of that form, not this one.
     *
     * @param node the parsed answer; must be an object
     * @param what what the answer is, e.g. {@code "the DescribeDirectConnects response"}
     * @param context where it came from, for errors
     * @return the record
     * @throws ProtocolException if the node is not an object
     */
    public static JsonRecord root(JsonNode node, String what, ErrorContext context) {
        Objects.requireNonNull(node, "node");
        return of(JsonValues.fromTree(node), what, context);
    }

    /** The record at the root of an answer read into the compact form. */
    static JsonRecord of(Object value, String what, ErrorContext context) {
        if (!(value instanceof Members object)) {
            throw malformed(what + " is not a JSON object (" + kind(value) + ")", context);
        }
        return new JsonRecord(object, "", context);
    }

    /**
     * A record with no fields, for answers that hold none.
     *
     * @param context where it came from
     * @return the empty record
     */
    public static JsonRecord empty(ErrorContext context) {
        return new JsonRecord(Members.NONE, "", context);
    }

    /**
     * Where this record is in the answer.
     *
     * @return the path, empty at the root
     */
    public String path() {
        return path;
    }

    /**
     * Whether a field is present and not {@code null}.
     *
     * @param field the field
     * @return {@code true} if present
     */
    public boolean has(String field) {
        Object value = node.get(field);
        return value != null && value != JsonValues.NULL;
    }

    /**
     * Whether a field is JSON text (a string), not a number, a boolean or anything else.
     *
     * @param field the field
     * @return {@code true} if it is text, even empty text
     */
    public boolean isText(String field) {
        return node.get(field) instanceof String;
    }

    /**
     * A text field; numbers and booleans are read as their text.
     *
     * @param field the field
     * @return the text, or {@code null} when absent, {@code null} or empty
     * @throws ProtocolException if the field is an object or an array
     */
    public String text(String field) {
        Object value = node.get(field);
        if (value == null || value == JsonValues.NULL) {
            return null;
        }
        if (value instanceof Members || value instanceof ArrayList) {
            throw wrongShape(field, "text", value);
        }
        String text = value.toString();
        return text.isEmpty() ? null : text;
    }

    /**
     * A text field that must be there.
     *
     * @param field the field
     * @return the text, not empty
     * @throws ProtocolException if it is absent, empty or not text
     */
    public String requiredText(String field) {
        String text = text(field);
        if (text == null) {
            throw malformed("the field " + at(field) + " is missing or empty", context);
        }
        return text;
    }

    /**
     * An integer field, written as a number or as decimal text.
     *
     * @param field the field
     * @return the value, or {@code null} when absent, {@code null} or empty text
     * @throws ProtocolException if it is not an integer or does not fit an {@code int}
     */
    public Integer integer(String field) {
        Long value = longValue(field);
        if (value == null) {
            return null;
        }
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw malformed("the field " + at(field) + " is out of range", context);
        }
        return value.intValue();
    }

    /**
     * A long integer field, written as a number or as decimal text.
     *
     * @param field the field
     * @return the value, or {@code null} when absent, {@code null} or empty text
     * @throws ProtocolException if it is not an integer or does not fit a {@code long}
     */
    public Long longValue(String field) {
        Object value = node.get(field);
        if (value == null || value == JsonValues.NULL || value instanceof String text && text.isBlank()) {
            return null;
        }
        if (value instanceof Integer number) {
            return number.longValue();
        }
        if (value instanceof Long number) {
            return number;
        }
        try {
            BigInteger number;
            if (value instanceof BigInteger big) {
                number = big;
            } else if (value instanceof Number || value instanceof String) {
                number = new BigDecimal(value.toString().trim()).toBigIntegerExact();
            } else {
                throw wrongShape(field, "an integer", value);
            }
            return number.longValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw malformed("the field " + at(field) + " is not an integer in range", context);
        }
    }

    /**
     * A decimal field, written as a number or as decimal text.
     *
     * @param field the field
     * @return the value, or {@code null} when absent
     * @throws ProtocolException if it is not a number
     */
    public Double decimal(String field) {
        Object value = node.get(field);
        if (value == null || value == JsonValues.NULL || value instanceof String blank && blank.isBlank()) {
            return null;
        }
        if (value instanceof Number number) {
            return number.doubleValue();
        }
        if (value instanceof String text) {
            try {
                double parsed = Double.parseDouble(text.trim());
                if (Double.isFinite(parsed)) {
                    return parsed;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw wrongShape(field, "a number", value);
    }

    /**
     * A boolean field, written as {@code true}/{@code false} or as that text.
     *
     * @param field the field
     * @return the value, or {@code null} when absent
     * @throws ProtocolException if it is neither
     */
    public Boolean bool(String field) {
        Object value = node.get(field);
        if (value == null || value == JsonValues.NULL) {
            return null;
        }
        if (value instanceof Boolean bool) {
            return bool;
        }
        if (value.equals("true") || value.equals("false")) {
            return Boolean.parseBoolean((String) value);
        }
        throw wrongShape(field, "a boolean", value);
    }

    /**
     * A time field in one of the formats of {@link Times}.
     *
     * @param field the field
     * @param zoneForLocalTimes the zone of times written without one
     * @return the instant, or {@code null} when absent or empty
     * @throws ProtocolException if the text is in none of the formats
     */
    public Instant time(String field, ZoneId zoneForLocalTimes) {
        String text = text(field);
        if (text == null) {
            return null;
        }
        Instant instant = Times.parse(text, zoneForLocalTimes);
        if (instant == null) {
            throw malformed("the field " + at(field) + " is not a time", context);
        }
        return instant;
    }

    /**
     * A nested object.
     *
     * @param field the field
     * @return the record; an empty one when absent or {@code null}
     * @throws ProtocolException if the field is not an object
     */
    public JsonRecord record(String field) {
        Object value = node.get(field);
        if (value == null || value == JsonValues.NULL) {
            return new JsonRecord(Members.NONE, at(field), context);
        }
        if (!(value instanceof Members object)) {
            throw wrongShape(field, "an object", value);
        }
        return new JsonRecord(object, at(field), context);
    }

    /**
     * An array of objects.
     *
     * @param field the field
     * @return the records in order; empty when absent or {@code null}
     * @throws ProtocolException if the field is not an array or holds something other than objects
     */
    public List<JsonRecord> records(String field) {
        List<?> array = array(field);
        List<JsonRecord> records = new ArrayList<>(array.size());
        String arrayPath = at(field);
        for (int i = 0; i < array.size(); i++) {
            Object item = array.get(i);
            String itemPath = arrayPath + "[" + i + "]";
            if (!(item instanceof Members object)) {
                throw malformed("the item " + itemPath + " is not an object (" + kind(item) + ")", context);
            }
            records.add(new JsonRecord(object, itemPath, context));
        }
        return records;
    }

    /**
     * An array of objects, each mapped.
     *
     * @param field the field
     * @param mapping what each record becomes
     * @param <T> the result type
     * @return the results in order
     */
    public <T> List<T> records(String field, Function<JsonRecord, T> mapping) {
        List<JsonRecord> records = records(field);
        List<T> results = new ArrayList<>(records.size());
        for (JsonRecord record : records) {
            results.add(mapping.apply(record));
        }
        return results;
    }

    /**
     * An array of scalars as text.
     *
     * @param field the field
     * @return the values in order; empty when absent or {@code null}
     * @throws ProtocolException if the field is not an array of scalars
     */
    public List<String> texts(String field) {
        List<?> array = array(field);
        List<String> values = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            Object item = array.get(i);
            if (!isScalar(item)) {
                throw malformed("the item " + at(field) + "[" + i + "] is not text (" + kind(item) + ")", context);
            }
            values.add(item.toString());
        }
        return values;
    }

    /**
     * Tags written as an array of {@code {"Key": …, "Value": …}} objects.
     *
     * @param field the field
     * @return the tags, in order
     * @throws ProtocolException if the field is not such an array
     */
    public Map<String, String> tags(String field) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (JsonRecord tag : records(field)) {
            String value = tag.text("Value");
            tags.put(tag.requiredText("Key"), value == null ? "" : value);
        }
        return tags;
    }

    /**
     * The scalar fields a mapping did not use, for a resource's provider attributes.
     *
     * @param mapped the fields already mapped
     * @return the other non-null scalar fields as text, in record order
     */
    public Map<String, String> unmapped(Set<String> mapped) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 0; i < node.size(); i++) {
            Object value = node.value(i);
            if (isScalar(value) && !mapped.contains(node.name(i))) {
                attributes.put(node.name(i), value.toString());
            }
        }
        return attributes;
    }

    /**
     * The fields' names, in record order.
     *
     * @return the names
     */
    public List<String> fieldNames() {
        List<String> names = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            names.add(node.name(i));
        }
        return names;
    }

    /**
     * The record as a Jackson tree, for plugins that must hand a part of the answer on unchanged.
     * The record is not kept as one: the tree is made on each call, so mappings read the accessors.
     *
     * @return a new tree (a missing node for an empty record)
     */
    public JsonNode node() {
        return node == Members.NONE ? MissingNode.getInstance() : JsonValues.toTree(node);
    }

    /**
     * A protocol error about this record, for checks the accessors cannot make (an id that is not
     * the one asked for).
     *
     * @param problem what is wrong, naming the field
     * @return the error
     */
    public ProtocolException error(String problem) {
        return malformed(problem + (path.isEmpty() ? "" : " (at " + path + ")"), context);
    }

    @Override
    public String toString() {
        return "JsonRecord[" + (path.isEmpty() ? "root" : path) + "]";
    }

    private List<?> array(String field) {
        Object value = node.get(field);
        if (value == null || value == JsonValues.NULL) {
            return List.of();
        }
        if (!(value instanceof ArrayList<?> array)) {
            throw wrongShape(field, "an array", value);
        }
        return array;
    }

    /** Text, a number or a boolean: not an object, an array, null or nothing. */
    private static boolean isScalar(Object value) {
        return value != null && value != JsonValues.NULL && !(value instanceof Members) && !(value instanceof ArrayList);
    }

    private String at(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    private ProtocolException wrongShape(String field, String expected, Object value) {
        return malformed("the field " + at(field) + " should be " + expected + " but is " + kind(value), context);
    }

    private static ProtocolException malformed(String problem, ErrorContext context) {
        return new ProtocolException(ErrorCategory.PROTOCOL.remedy() + ": " + problem, context, null);
    }

    private static String kind(Object value) {
        if (value instanceof Members) {
            return "an object";
        }
        if (value instanceof ArrayList) {
            return "an array";
        }
        if (value instanceof String) {
            return "text";
        }
        if (value instanceof Number) {
            return "a number";
        }
        if (value instanceof Boolean) {
            return "a boolean";
        }
        return value == JsonValues.NULL ? "null" : "missing";
    }
}
