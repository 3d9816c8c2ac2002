package io.dclink.kit.paging;

import io.dclink.error.ErrorContext;
import io.dclink.spi.Page;
import java.util.List;

/**
 * Offset/limit paging (Tencent's {@code Offset}/{@code Limit} with {@code TotalCount}): the page
 * token is the next offset, and the listing ends at the page that reaches the total. A total that
 * lies (negative, or larger than what the pages hold, shown by an empty page before it) ends the
 * listing with a protocol error instead of a loop.
 */
public final class OffsetPaging {

    private final int limit;
    private final ErrorContext context;

    /**
     * Paging with a page size.
     *
     * @param limit the page size the plugin asks for
     * @param context the provider, for errors
     */
    public OffsetPaging(int limit, ErrorContext context) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        this.limit = limit;
        this.context = context;
    }

    /**
     * The page size.
     *
     * @return the limit to send
     */
    public int limit() {
        return limit;
    }

    /**
     * The offset a token stands for.
     *
     * @param token a token this paging made, or {@code null} for the first page
     * @return the offset
     */
    public int offset(String token) {
        return token == null ? 0 : Tokens.number(token, "offset");
    }

    /**
     * The page read at an offset.
     *
     * @param items the page's items (after any filtering the plugin does locally)
     * @param offset the offset asked for
     * @param returned how many records the answer held, before local filtering
     * @param total the answer's total count
     * @param <T> the item type
     * @return the page, with the next offset as its token unless it is the last
     */
    public <T> Page<T> page(List<T> items, int offset, int returned, long total) {
        if (total < 0) {
            throw Tokens.lie(context, "a negative total count (" + total + ")");
        }
        long next = (long) offset + returned;
        if (returned == 0 && offset < total) {
            throw Tokens.lie(context, "an empty page at offset " + offset + " of a total of " + total);
        }
        return new Page<>(items, next < total ? Long.toString(next) : null);
    }
}
