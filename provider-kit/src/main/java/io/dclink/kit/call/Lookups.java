package io.dclink.kit.call;

import io.dclink.error.ErrorContext;
import io.dclink.error.ProtocolException;
import io.dclink.error.ResourceNotFoundException;
import io.dclink.kit.json.JsonRecord;
import io.dclink.spi.ErrorCategory;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Reading one resource by id — out of a listing answer (most providers have no "get") or from a
 * single read: no record is "not found", the record must carry the id asked for, and anything else
 * is the provider answering the wrong thing — a protocol error, never another resource returned as
 * success. Ids are read as text of the provider's form, never a number or an empty string.
 */
public final class Lookups {

    private Lookups() {
    }

    /**
     * The one record with an id.
     *
     * @param records the answer's records
     * @param idField the field holding each record's id
     * @param id the id asked for
     * @param what what the resource is called, e.g. {@code "direct connect"}
     * @param requestId the answer's request id, or {@code null}
     * @param context the provider
     * @return the record
     * @throws ResourceNotFoundException if there is none
     * @throws ProtocolException if there are several, or the one there has another id
     */
    public static JsonRecord exactlyOne(List<JsonRecord> records, String idField, String id, String what,
            String requestId, ErrorContext context) {
        Objects.requireNonNull(id, "id");
        if (records.isEmpty()) {
            throw notFound(what, id, context.withRequestId(requestId));
        }
        if (records.size() > 1) {
            throw records.get(0).error("asked for " + what + " " + id + ", the provider answered " + records.size()
                    + " records");
        }
        return theOneAskedFor(records.get(0), idField, id, what);
    }

    /**
     * The record of a single read, which must be the resource asked for.
     *
     * @param record the record the provider answered
     * @param idField the field holding its id
     * @param id the id asked for
     * @param what what the resource is called, e.g. {@code "port"}
     * @return the record
     * @throws ProtocolException if it carries another id, or none
     */
    public static JsonRecord theOneAskedFor(JsonRecord record, String idField, String id, String what) {
        Objects.requireNonNull(id, "id");
        String actual = record.text(idField);
        if (!id.equals(actual)) {
            throw record.error("asked for " + what + " " + id + ", the provider answered one with "
                    + (actual == null ? "no " + idField : idField + " " + actual));
        }
        return record;
    }

    /**
     * A record's id field, which must be text of the provider's id form.
     *
     * @param record the record
     * @param field the field holding the id
     * @param form the provider's ids, matched in full (e.g. {@code [a-f0-9]{24}})
     * @return the id
     * @throws ProtocolException naming the field if it is missing, not text, or text of another form
     */
    public static String id(JsonRecord record, String field, Pattern form) {
        String value = record.isText(field) ? Objects.requireNonNullElse(record.text(field), "") : null;
        if (value == null || !form.matcher(value).matches()) {
            throw record.error("the field " + field + " should be an id of the form " + form.pattern() + ", but is "
                    + (!record.has(field) ? "missing" : value != null ? "text of another form" : "not text"));
        }
        return value;
    }

    /**
     * The one record with an id, from an answer that also counts its records: an answer with no
     * record whose count says there is one is contradicting itself, and is a protocol error — not
     * "not found", which would let a delete believe the resource is gone.
     *
     * @param records the answer's records
     * @param total the answer's count of matching records
     * @param idField the field holding each record's id
     * @param id the id asked for
     * @param what what the resource is called, e.g. {@code "direct connect"}
     * @param requestId the answer's request id, or {@code null}
     * @param context the provider
     * @return the record
     * @throws ResourceNotFoundException if there is none and the count agrees
     * @throws ProtocolException if the answer contradicts itself, or holds another or several records
     */
    public static JsonRecord exactlyOne(List<JsonRecord> records, long total, String idField, String id, String what,
            String requestId, ErrorContext context) {
        if (records.isEmpty() && total != 0) {
            throw new ProtocolException(ErrorCategory.PROTOCOL.remedy() + ": asked for " + what + " " + id
                    + ", the provider answered no record but a total count of " + total, context.withRequestId(requestId),
                    null);
        }
        return exactlyOne(records, idField, id, what, requestId, context);
    }

    /**
     * The error for a resource that does not exist.
     *
     * @param what what the resource is called
     * @param id its id
     * @param context the provider and request id
     * @return the error
     */
    public static ResourceNotFoundException notFound(String what, String id, ErrorContext context) {
        return new ResourceNotFoundException("The " + what + " " + id + " does not exist in this account and region: "
                + "check the id and the region", context, null);
    }
}
