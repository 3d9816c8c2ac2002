package io.dclink.model;

import java.util.List;
import java.util.Map;

/**
 * Immutable copies that keep iteration order and treat {@code null} as empty. The model's generated
 * builders copy with them too, so a record built from a builder adopts the builder's copy.
 */
final class Copies {

    private Copies() {
    }

    static <K, V> Map<K, V> map(Map<K, V> source) {
        if (source == null || source.isEmpty()) {
            return Map.of();
        }
        return source instanceof OrderedCopy ? source : new OrderedCopy<>(source);
    }

    static <T> List<T> list(List<T> source) {
        return source == null ? List.of() : List.copyOf(source);
    }
}
