package io.dclink.kit.paging;

/**
 * The ids a listing has seen, kept as 64-bit fingerprints in one open-addressing table: about 16
 * bytes an id instead of the 90 a set of strings holds, so streaming a listing of 100,000 items
 * keeps its memory nearly flat. Two different ids share a fingerprint with a chance of about
 * n²/2⁶⁵ (3 in 10¹⁰ for 100,000 ids); the guard then reports a retryable repeat, and listing again
 * is the remedy either way.
 */
final class IdFingerprints {

    private static final long EMPTY = 0;

    private long[] table = new long[1 << 10];
    private int size;

    /** Adds an id; {@code false} if it was seen before. */
    boolean add(String id) {
        long fingerprint = fingerprint(id);
        if ((size + 1) * 2L > table.length) {
            grow();
        }
        return insert(table, fingerprint);
    }

    private boolean insert(long[] into, long fingerprint) {
        int mask = into.length - 1;
        for (int slot = (int) (fingerprint ^ (fingerprint >>> 32)) & mask; ; slot = (slot + 1) & mask) {
            if (into[slot] == EMPTY) {
                into[slot] = fingerprint;
                if (into == table) {
                    size++;
                }
                return true;
            }
            if (into[slot] == fingerprint) {
                return false;
            }
        }
    }

    private void grow() {
        long[] bigger = new long[table.length * 2];
        for (long fingerprint : table) {
            if (fingerprint != EMPTY) {
                insert(bigger, fingerprint);
            }
        }
        table = bigger;
    }

    /** FNV-1a over the characters, then a 64-bit finaliser; never {@link #EMPTY}. */
    static long fingerprint(String id) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < id.length(); i++) {
            hash = (hash ^ id.charAt(i)) * 0x100000001b3L;
        }
        hash ^= hash >>> 33;
        hash *= 0xff51afd7ed558ccdL;
        hash ^= hash >>> 33;
        hash *= 0xc4ceb9fe1a85ec53L;
        hash ^= hash >>> 33;
        return hash == EMPTY ? 1 : hash;
    }
}
