package io.dclink.provider.jdcloud;

import io.dclink.kit.call.Lookups;
import io.dclink.kit.json.JsonRecord;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A successful JD Cloud answer, {@code {"requestId", "result": {...}}}, read strictly: a missing
 * {@code result}, a missing or lying {@code totalCount}, a created id that is not an id, or a single
 * read that answers another resource are protocol errors naming the field, never a wrong value.
 *
 * @param envelope the whole answer
 */
record Answer(JsonRecord envelope) {

    /** An id as JD Cloud writes them (UNVERIFIED beyond the samples' {@code bgw-2p9o8i7u6y}): text, no spaces. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,127}");

    /** The request id, for errors. */
    String requestId() {
        return envelope.text("requestId");
    }

    /** The {@code result} object, which every successful answer carries. */
    JsonRecord result() {
        if (!envelope.has("result")) {
            throw envelope.error("the field result is missing");
        }
        return envelope.record("result");
    }

    /** The records of a listing's array. */
    List<JsonRecord> records(String field) {
        return result().records(field);
    }

    /** A listing's {@code totalCount}, which must be there. */
    long totalCount() {
        Long total = result().longValue("totalCount");
        if (total == null) {
            throw result().error("the field totalCount is missing");
        }
        return total;
    }

    /** The id a create answered: text of an id's form, never a number or an empty string. */
    String createdId(String field) {
        return id(result(), field);
    }

    /**
     * The one record of a single read, which must be the one asked for.
     *
     * @param field the result field holding it
     * @param idField its id field
     * @param id the id asked for
     * @return the record
     */
    JsonRecord one(String field, String idField, String id) {
        if (!result().has(field)) {
            throw result().error("the field " + field + " is missing");
        }
        return Lookups.theOneAskedFor(result().record(field), idField, id, field);
    }

    /** A record's id field: text of an id's form. */
    static String id(JsonRecord record, String field) {
        return Lookups.id(record, field, ID);
    }
}
