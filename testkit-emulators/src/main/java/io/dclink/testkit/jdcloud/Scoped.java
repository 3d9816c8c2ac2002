package io.dclink.testkit.jdcloud;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dclink.testkit.emulator.StoredJson;
import java.util.List;
import java.util.Map;

/**
 * Resources belong to an account and live in a region (kept in the internal fields
 * {@code _account} and {@code _region}): a caller sees only its own, in the region of the path;
 * anything else is {@code 404 NOT_FOUND}.
 */
final class Scoped {

    private Scoped() {
    }

    static ObjectNode stamp(ObjectNode record, Call call) {
        return record.put("_account", call.account()).put("_region", call.region());
    }

    static boolean ownedBy(ObjectNode record, String account) {
        return record.path("_account").asText().equals(account);
    }

    static boolean in(ObjectNode record, String region) {
        return record.path("_region").asText().equals(region);
    }

    /** Every record of the caller in the path's region, in creation order. */
    static List<ObjectNode> all(Map<String, ObjectNode> store, Call call) {
        return store.values().stream().filter(r -> ownedBy(r, call.account()) && in(r, call.region())).toList();
    }

    /** A record of the caller in the path's region, or 404 naming the kind. */
    static ObjectNode find(Map<String, ObjectNode> store, Call call, String id, String kind) {
        ObjectNode record = id == null ? null : store.get(id);
        if (record == null || !ownedBy(record, call.account()) || !in(record, call.region())) {
            throw JdError.notFound(kind, id);
        }
        return record;
    }

    /** The result {@code {field: record}} of a describe-one operation. UNVERIFIED: every such field name (the model's lowerCamel name). */
    static ObjectNode one(String field, ObjectNode record) {
        ObjectNode result = JdJson.object();
        result.set(field, StoredJson.visible(record));
        return result;
    }

    /** The result {@code {field: id}} of a create operation. UNVERIFIED: the field names of every bgw create result. */
    static ObjectNode created(String field, String id) {
        return JdJson.object().put(field, id);
    }
}
