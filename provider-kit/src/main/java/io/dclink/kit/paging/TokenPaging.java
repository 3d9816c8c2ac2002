package io.dclink.kit.paging;

import io.dclink.spi.Page;
import java.util.List;

/**
 * Token paging (Alibaba's {@code NextToken}): the provider's token is the page token, and an absent
 * or empty one ends the listing. A token seen before ends it with a protocol error (the listing's
 * {@link PageGuard} checks that).
 */
public final class TokenPaging {

    private TokenPaging() {
    }

    /**
     * The page read.
     *
     * @param items the page's items
     * @param nextToken the provider's next token, or {@code null}
     * @param <T> the item type
     * @return the page
     */
    public static <T> Page<T> page(List<T> items, String nextToken) {
        return new Page<>(items, nextToken == null || nextToken.isBlank() ? null : nextToken);
    }
}
