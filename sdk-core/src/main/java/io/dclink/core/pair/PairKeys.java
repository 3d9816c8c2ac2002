package io.dclink.core.pair;

import io.dclink.kit.http.Hashing;
import java.util.UUID;

/**
 * A pair's idempotency key and the keys derived from it: one per line and one for a native order.
 * A derived key is the pair's with a suffix while that fits the 64 characters every provider takes,
 * else a digest of both; so repeating a pair's order repeats each line's key.
 */
final class PairKeys {

    static final int MAX_LENGTH = 64;

    private PairKeys() {
    }

    static String newPairKey() {
        return "dclink-pair-" + UUID.randomUUID().toString().replace("-", "");
    }

    /** The key of line 1 or 2. */
    static String line(String pairKey, int line) {
        return derived(pairKey, Integer.toString(line));
    }

    /** The key of the native order that places both lines. */
    static String nativeOrder(String pairKey) {
        return derived(pairKey, "order");
    }

    private static String derived(String pairKey, String step) {
        String suffixed = pairKey + "-" + step;
        return suffixed.length() <= MAX_LENGTH ? suffixed
                : "dclink-" + Hashing.sha256Hex(pairKey + "/" + step).substring(0, 40) + "-" + step;
    }
}
