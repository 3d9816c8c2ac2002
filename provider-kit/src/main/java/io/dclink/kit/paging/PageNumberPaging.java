package io.dclink.kit.paging;

import io.dclink.error.ErrorContext;
import io.dclink.spi.Page;
import java.util.List;

/**
 * Page-number paging (Alibaba's and JD Cloud's {@code PageNumber}/{@code PageSize} with
 * {@code TotalCount}), numbered from 1: the token is the next page number, and the listing ends at
 * the page that reaches the total — which also handles providers that answer a page past the end
 * with the last page again. An answered page size below 1, a negative total, or an empty page
 * before the total is reached end the listing with a protocol error.
 */
public final class PageNumberPaging {

    private final int pageSize;
    private final ErrorContext context;

    /**
     * Paging with a page size.
     *
     * @param pageSize the page size the plugin asks for
     * @param context the provider, for errors
     */
    public PageNumberPaging(int pageSize, ErrorContext context) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be at least 1, was " + pageSize);
        }
        this.pageSize = pageSize;
        this.context = context;
    }

    /**
     * The page size.
     *
     * @return the size to send
     */
    public int pageSize() {
        return pageSize;
    }

    /**
     * The page number a token stands for.
     *
     * @param token a token this paging made, or {@code null} for the first page
     * @return the page number, from 1
     */
    public int pageNumber(String token) {
        return token == null ? 1 : Tokens.number(token, "page number");
    }

    /**
     * The page read.
     *
     * @param items the page's items (after any local filtering)
     * @param pageNumber the page number asked for
     * @param answeredPageSize the page size the answer reports, or the one asked for when it reports none
     * @param returned how many records the answer held
     * @param total the answer's total count
     * @param <T> the item type
     * @return the page, with the next page number as its token unless it is the last
     */
    public <T> Page<T> page(List<T> items, int pageNumber, int answeredPageSize, int returned, long total) {
        if (answeredPageSize < 1) {
            throw Tokens.lie(context, "a page size of " + answeredPageSize);
        }
        if (total < 0) {
            throw Tokens.lie(context, "a negative total count (" + total + ")");
        }
        long before = (long) (pageNumber - 1) * answeredPageSize;
        if (returned == 0 && before < total) {
            throw Tokens.lie(context, "an empty page " + pageNumber + " of a total of " + total);
        }
        return new Page<>(items, before + returned < total ? Integer.toString(pageNumber + 1) : null);
    }
}
