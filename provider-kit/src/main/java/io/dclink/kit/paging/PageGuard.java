package io.dclink.kit.paging;

import io.dclink.error.ErrorContext;
import io.dclink.error.ProtocolException;
import io.dclink.model.Resource;
import io.dclink.spi.ErrorCategory;
import io.dclink.spi.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Keeps one listing finite and honest, whatever the provider answers: a page token seen before, a
 * page that repeats the previous one, or more pages than {@link #MAX_PAGES} end the listing with a
 * {@link ProtocolException} naming the provider. An item whose id one of the last 10,000 items had
 * ends it too, as retryable: the pages shifted under the listing (the set changed while it was read,
 * or the provider pages inconsistently), so an item may have been skipped, and only listing again
 * can tell. Its memory is bounded: at most 512 KiB for the recent ids, and 16 to 32 bytes a page token.
 * Not thread-safe: one guard per listing.
 */
public final class PageGuard {

    /** The most pages one listing reads: 100,000 items at the smallest page size providers use. */
    public static final int MAX_PAGES = 10_000;

    private final ErrorContext context;
    private final String listing;
    private final int maxPages;
    private final IdFingerprints tokens = new IdFingerprints();
    private final RecentIds ids = new RecentIds();
    private List<String> previousIds = List.of();
    private int pages;

    /**
     * A guard with the default page cap.
     *
     * @param context the provider, for errors
     * @param listing what is listed, e.g. {@code "connections"}
     */
    public PageGuard(ErrorContext context, String listing) {
        this(context, listing, MAX_PAGES);
    }

    /**
     * A guard with its own page cap.
     *
     * @param context the provider, for errors
     * @param listing what is listed
     * @param maxPages the most pages to read
     */
    public PageGuard(ErrorContext context, String listing, int maxPages) {
        this.context = Objects.requireNonNull(context, "context");
        this.listing = Objects.requireNonNull(listing, "listing");
        if (maxPages < 1) {
            throw new IllegalArgumentException("maxPages must be at least 1, was " + maxPages);
        }
        this.maxPages = maxPages;
    }

    /**
     * Checks a page just read.
     *
     * @param page the page
     * @param <T> the item type
     * @return its items
     * @throws ProtocolException if the listing would not end, or repeats an item (retryable)
     */
    public <T> List<T> accept(Page<T> page) {
        pages++;
        if (pages > maxPages) {
            throw stop("it went on past " + maxPages + " pages");
        }
        List<String> pageIds = new ArrayList<>();
        for (T item : page.items()) {
            if (item instanceof Resource resource) {
                pageIds.add(resource.id());
            }
        }
        if (!pageIds.isEmpty() && pageIds.equals(previousIds) && page.nextPageToken() != null) {
            throw stop("the provider returned the same page twice");
        }
        previousIds = pageIds;
        String next = page.nextPageToken();
        if (next != null && !tokens.add(next)) {
            throw stop("the provider returned the page token '" + next + "' twice");
        }
        for (T item : page.items()) {
            if (item instanceof Resource resource && !ids.add(resource.id())) {
                throw new ProtocolException("Provider '" + context.provider() + "' listed " + listing + " "
                        + resource.id() + " twice: the pages shifted while they were read, so an item "
                        + "may have been skipped; list again", context.withRetryable(true), null);
            }
        }
        return page.items();
    }

    private ProtocolException stop(String why) {
        return new ProtocolException(ErrorCategory.PROTOCOL.remedy() + ": stopped listing " + listing + " of provider '"
                + context.provider() + "' because " + why + ", which would never end", context, null);
    }
}
