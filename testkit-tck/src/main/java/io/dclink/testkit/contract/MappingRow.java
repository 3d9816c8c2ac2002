package io.dclink.testkit.contract;

import io.dclink.lifecycle.ResourceType;
import java.util.Map;

/**
 * One row of the raw-state mapping table.
 *
 * @param provider the provider id
 * @param resource the resource type
 * @param raw the raw fields and values, in order; a value {@code (none)} means absent or empty,
 *     {@code (other)} any undocumented value
 * @param state the neutral state's name
 * @param action the required action's name, or {@code —} for access points
 */
public record MappingRow(String provider, ResourceType resource, Map<String, String> raw, String state, String action) {

    /**
     * Whether this row stands for every undocumented value.
     *
     * @return {@code true} for an {@code (other)} row
     */
    public boolean isCatchAll() {
        return raw.containsValue("(other)");
    }

    /**
     * The Raw column as written: {@code Field=value; Other=value}.
     *
     * @return the text
     */
    public String rawText() {
        StringBuilder text = new StringBuilder();
        raw.forEach((field, value) -> text.append(text.length() == 0 ? "" : "; ").append(field).append('=').append(value));
        return text.toString();
    }

    /**
     * The value of a raw field, with {@code (none)} read as the empty string.
     *
     * @param field the field
     * @return the value, or {@code null} if the row does not name the field
     */
    public String value(String field) {
        String value = raw.get(field);
        return "(none)".equals(value) ? "" : value;
    }
}
