package io.dclink.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The raw state a provider reported, kept verbatim beside the neutral state. Some providers
 * describe a state with several fields (Alibaba: {@code Status}, {@code LoaStatus},
 * {@code BusinessStatus}); the main one is {@link #value()}, the others are {@link #details()}.
 *
 * @param value the main raw state value; empty when the provider has no state field
 * @param details other raw fields that took part in the mapping, in a stable order
 */
public record ProviderState(String value, Map<String, String> details) {

    /**
     * Validates and copies the components.
     *
     * @param value the raw value
     * @param details the other raw fields
     */
    public ProviderState {
        Objects.requireNonNull(value, "value");
        details = Copies.frozen(details);
    }

    /**
     * A raw state of one field.
     *
     * @param value the raw value ({@code null} is kept as the empty string)
     * @return the state
     */
    public static ProviderState of(String value) {
        return new ProviderState(value == null ? "" : value, Map.of());
    }

    /**
     * A copy with one more raw field. A {@code null} value is kept as the empty string.
     *
     * @param field the field name
     * @param fieldValue its raw value
     * @return the copy
     */
    public ProviderState with(String field, String fieldValue) {
        Map<String, String> copy = new LinkedHashMap<>(details);
        copy.put(field, fieldValue == null ? "" : fieldValue);
        return new ProviderState(value, copy);
    }

    @Override
    public String toString() {
        if (details.isEmpty()) {
            return value;
        }
        return value + details.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", ", " (", ")"));
    }
}
