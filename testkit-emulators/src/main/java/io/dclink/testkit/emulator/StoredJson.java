package io.dclink.testkit.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Emulators keep resources as the provider's JSON records, with their own bookkeeping in fields
 * whose names start with an underscore; those never go on the wire.
 */
public final class StoredJson {

    private StoredJson() {
    }

    /**
     * The record as the provider shows it.
     *
     * @param stored the stored record
     * @return a copy without the fields starting with {@code _}
     */
    public static ObjectNode visible(ObjectNode stored) {
        ObjectNode copy = stored.deepCopy();
        List<String> internal = new ArrayList<>();
        copy.fieldNames().forEachRemaining(name -> {
            if (name.startsWith("_")) {
                internal.add(name);
            }
        });
        copy.remove(internal);
        return copy;
    }
}
