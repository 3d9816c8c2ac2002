package io.dclink.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Immutable copies that keep iteration order and treat {@code null} as empty. The model's generated
 * builders copy with {@link #list} and {@link #map}; a record takes its maps through {@link #frozen},
 * which adopts a builder's copy instead of copying it again.
 */
final class Copies {

    private Copies() {
    }

    /** {@return the builder's copy of a map: empty, or one {@link #frozen} adopts} */
    static <K, V> Map<K, V> map(Map<K, V> source) {
        return source == null || source.isEmpty() ? Map.of() : new OrderedCopy<>(source);
    }

    /** {@return a record's unmodifiable map: a builder's copy as it is, any other map copied} */
    static <K, V> Map<K, V> frozen(Map<K, V> source) {
        if (source == null || source.isEmpty()) {
            return Map.of();
        }
        return source instanceof OrderedCopy<K, V> copy ? copy.frozen() : Collections.unmodifiableMap(new LinkedHashMap<>(source));
    }

    static <T> List<T> list(List<T> source) {
        return source == null ? List.of() : List.copyOf(source);
    }
}
