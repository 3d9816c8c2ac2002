package io.dclink.kit.json;

import java.util.Arrays;

/**
 * One JSON object's members, in order, as two arrays. Names are interned (the parser interns them,
 * {@link JsonValues#fromTree} does), so a repeated name is found by identity, and so is a name a
 * plugin asks for as a string literal; any other name is found on a second pass by equality.
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
    void put(String internedName, Object value) {
        int hash = internedName.hashCode();
        hash ^= hash >>> 16;
        long bit = 1L << hash;
        boolean high = (hash & 64) != 0;
        if (((high ? namesSeenHigh : namesSeenLow) & bit) != 0) {
            for (int i = 0; i < size; i++) {
                if (names[i] == internedName) {
                    values[i] = value;
                    return;
                }
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
        names[size] = internedName;
        values[size++] = value;
    }

    /** The value of a member, {@code null} when there is none ({@link JsonValues#NULL} for a JSON null). */
    Object get(String name) {
        for (int i = 0; i < size; i++) {
            if (names[i] == name) {
                return values[i];
            }
        }
        for (int i = 0; i < size; i++) {
            if (names[i].equals(name)) {
                return values[i];
            }
        }
        return null;
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
