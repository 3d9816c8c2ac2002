package io.dclink.model;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** A builder's copy of a map, in its order; a record built from it holds {@link #frozen()}, no further copy. */
final class OrderedCopy<K, V> extends AbstractMap<K, V> {

    private final Map<K, V> entries;

    OrderedCopy(Map<K, V> source) {
        this.entries = Collections.unmodifiableMap(new LinkedHashMap<>(source));
    }

    /** {@return the copy as the JDK's unmodifiable map, which refuses every change} */
    Map<K, V> frozen() {
        return entries;
    }

    @Override
    public Set<Entry<K, V>> entrySet() {
        return entries.entrySet();
    }
}
