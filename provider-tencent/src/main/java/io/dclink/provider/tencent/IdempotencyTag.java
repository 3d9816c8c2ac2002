package io.dclink.provider.tencent;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * Tencent creates take no client token, so each created line, tunnel and gateway carries the caller's tags plus
 * one tag holding the idempotency key; after a lost answer the plugin finds the resource again by that tag.
 */
final class IdempotencyTag {

    static final String KEY = "dclink-idempotency-key";

    private IdempotencyTag() {
    }

    /** Puts {@code Tags}: the caller's tags and the idempotency-key tag. */
    static void putTags(ObjectNode params, Map<String, String> tags, String idempotencyKey) {
        ArrayNode array = params.putArray("Tags");
        tags.forEach((key, value) -> array.addObject().put("Key", key).put("Value", value));
        array.addObject().put("Key", KEY).put("Value", idempotencyKey);
    }

    /** Whether a resource's tags say it was created with this idempotency key. */
    static boolean carries(Map<String, String> tags, String idempotencyKey) {
        return idempotencyKey.equals(tags.get(KEY));
    }
}
