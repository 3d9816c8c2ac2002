package io.dclink.model;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** An unmodifiable copy of a map that keeps its order; {@link Copies#map} never copies one again. */
final class OrderedCopy<K, V> extends AbstractMap<K, V> {

    private final Map<K, V> entries;

    OrderedCopy(Map<K, V> source) {
        this.entries = Collections.unmodifiableMap(new LinkedHashMap<>(source));
    }

    @Override
    public Set<Entry<K, V>> entrySet() {
        return entries.entrySet();
    }

    @Override
    public V get(Object key) {
        return entries.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return entries.containsKey(key);
    }

    @Override
    public int size() {
        return entries.size();
    }
}
