package io.dclink.provider.consoleconnect;

import io.dclink.error.ErrorContext;
import io.dclink.error.ResourceNotFoundException;
import io.dclink.kit.call.Lookups;
import io.dclink.kit.json.JsonRecord;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Console Connect's answers, read strictly: a listing is {@code {"results": [...]}} (no paging
 * metadata: the whole list, reference §5), every id is a 24-hex ObjectId, and a single read must
 * answer the resource asked for. Anything else is a protocol error naming the field, never a wrong
 * value.
 */
final class Answers {

    private static final Pattern OBJECT_ID = Pattern.compile("[a-f0-9]{24}");

    private Answers() {
    }

    /** Whether a text has the form of a Console Connect id ({@code ^[a-f0-9]{24}$}, reference §1). */
    static boolean isObjectId(String text) {
        return text != null && OBJECT_ID.matcher(text).matches();
    }

    /** A listing's records, which every listing answer carries. */
    static List<JsonRecord> results(JsonRecord answer) {
        if (!answer.has("results")) {
            throw answer.error("the field results is missing");
        }
        return answer.records("results");
    }

    /** A record's {@code id}: text of an ObjectId's form, never a number or an empty string. */
    static String id(JsonRecord record) {
        return objectId(record, "id");
    }

    /** An ObjectId field that must be there. */
    static String objectId(JsonRecord record, String field) {
        return Lookups.id(record, field, OBJECT_ID);
    }

    /** The answer of a single read, which must be the resource asked for. */
    static JsonRecord one(JsonRecord answer, String id, String what) {
        return Lookups.theOneAskedFor(answer, "id", id, what);
    }

    /**
     * The error for a resource that does not exist, or an id that cannot name one (Console Connect
     * answers such ids with a 400; nothing is sent for them).
     */
    static ResourceNotFoundException notFound(String what, String id, ErrorContext context) {
        return new ResourceNotFoundException("The " + what + " " + id + " does not exist for this company: check the id "
                + "(Console Connect ids are 24 hexadecimal characters)", context, null);
    }
}
