package io.dclink.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Readers for the fields of provider JSON records, tolerant of absent, null and empty values. */
public final class JsonFields {

    private JsonFields() {
    }

    /**
     * A text field.
     *
     * @param node the record
     * @param field the field
     * @return the text, or {@code null} when absent, null or empty
     */
    public static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() || value.asText().isEmpty() ? null : value.asText();
    }

    /**
     * The values of an array as text.
     *
     * @param array the array (a missing node reads as empty)
     * @return the values, in order
     */
    public static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    /**
     * Tags written as an array of {@code {"Key": …, "Value": …}} objects.
     *
     * @param tags the array (a missing node reads as empty)
     * @return the tags, in order
     */
    public static Map<String, String> tags(JsonNode tags) {
        Map<String, String> map = new LinkedHashMap<>();
        tags.forEach(tag -> map.put(tag.path("Key").asText(), tag.path("Value").asText()));
        return map;
    }

    /**
     * The scalar fields a mapping did not use, for a resource's provider attributes.
     *
     * @param node the record
     * @param mapped the fields already mapped
     * @return the other non-null scalar fields as text, in record order
     */
    public static Map<String, String> unmapped(JsonNode node, Set<String> mapped) {
        Map<String, String> attributes = new LinkedHashMap<>();
        node.properties().forEach(field -> {
            if (!mapped.contains(field.getKey()) && field.getValue().isValueNode() && !field.getValue().isNull()) {
                attributes.put(field.getKey(), field.getValue().asText());
            }
        });
        return attributes;
    }
}
