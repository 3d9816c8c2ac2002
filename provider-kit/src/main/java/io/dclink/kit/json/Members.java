package io.dclink.kit.json;

import java.util.Arrays;

/**
 * One JSON object's members, in order, as two arrays. The parser interns names, so a name is
 * usually found by identity (a plugin asks with string literals); any other is found on a second
 * pass by equality.
 */
final class Members {

    /** The members of an absent object: a record read from a missing or {@code null} field. */
    static final Members NONE = new Members(0);

    private String[] names;
    private Object[] values;
    private int size;
    /** A bit for each name added, by its hash: a name whose bit is clear is new, with no search. */
    private long namesSeenLow;
    private long namesSeenHigh;

    Members(int capacity) {
        this.names = new String[capacity];
        this.values = new Object[capacity];
    }

    /** Adds a member; a name seen before keeps its place and takes the new value, as in Jackson's trees. */
    void put(String name, Object value) {
        int hash = name.hashCode();
        hash ^= hash >>> 16;
        long bit = 1L << hash;
        boolean high = (hash & 64) != 0;
        if (((high ? namesSeenHigh : namesSeenLow) & bit) != 0) {
            int index = indexOf(name);
            if (index >= 0) {
                values[index] = value;
                return;
            }
        }
        if (high) {
            namesSeenHigh |= bit;
        } else {
            namesSeenLow |= bit;
        }
        if (size == names.length) {
            int capacity = Math.max(8, size * 2);
            names = Arrays.copyOf(names, capacity);
            values = Arrays.copyOf(values, capacity);
        }
        names[size] = name;
        values[size++] = value;
    }

    /** The value of a member, {@code null} when there is none ({@link JsonValues#NULL} for a JSON null). */
    Object get(String name) {
        int index = indexOf(name);
        return index < 0 ? null : values[index];
    }

    /** Where a name is: by identity first, as interned names are, then by equality (hashes, cached by strings, first). */
    private int indexOf(String name) {
        for (int i = 0; i < size; i++) {
            if (names[i] == name) {
                return i;
            }
        }
        int hash = name.hashCode();
        for (int i = 0; i < size; i++) {
            if (names[i].hashCode() == hash && names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    int size() {
        return size;
    }

    String name(int index) {
        return names[index];
    }

    Object value(int index) {
        return values[index];
    }
}
