package io.dclink.kit.paging;

/**
 * The ids of the last {@link #WINDOW} items of a listing at least (at most twice as many), in two
 * generations of fingerprints that take turns: memory stays bounded (two tables of 32,768 slots,
 * 512 KiB) however long the listing, and is reused, not reallocated, once both are full. Pages
 * shift by as many items as were added or removed before the listing's position while it read
 * them, so a repeat from a shift lies within the window unless more than 10,000 lines changed
 * between two pages.
 */
final class RecentIds {

    /** The fewest recent ids remembered. */
    static final int WINDOW = 10_000;

    private IdFingerprints current = new IdFingerprints();
    private IdFingerprints previous = new IdFingerprints();

    /** Adds an id; {@code false} if it is one of the recent ones. */
    boolean add(String id) {
        long fingerprint = IdFingerprints.fingerprint(id);
        if (previous.contains(fingerprint) || !current.add(fingerprint)) {
            return false;
        }
        if (current.size() == WINDOW) {
            IdFingerprints retired = previous;
            previous = current;
            retired.clear();
            current = retired;
        }
        return true;
    }

    /** The slots of both tables, for tests of its memory. */
    int capacity() {
        return current.capacity() + previous.capacity();
    }
}
