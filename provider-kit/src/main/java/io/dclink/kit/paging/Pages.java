package io.dclink.kit.paging;

import io.dclink.error.ErrorContext;
import io.dclink.spi.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Reading every page of a listing inside one operation (a VBR's route entries, the access points
 * a listing joins in), with the same guards as the runtime's listings, without blocking a thread.
 */
public final class Pages {

    private Pages() {
    }

    /**
     * Reads every page.
     *
     * @param fetch reads the page of a token ({@code null} for the first)
     * @param context the provider, for errors
     * @param listing what is listed, for errors
     * @param <T> the item type
     * @return every item, in order, without repeats
     */
    public static <T> CompletableFuture<List<T>> all(Function<String, CompletableFuture<Page<T>>> fetch,
            ErrorContext context, String listing) {
        PageGuard guard = new PageGuard(context, listing);
        List<T> items = new ArrayList<>();
        return next(fetch, null, guard, items);
    }

    private static <T> CompletableFuture<List<T>> next(Function<String, CompletableFuture<Page<T>>> fetch, String token,
            PageGuard guard, List<T> items) {
        return fetch.apply(token).thenCompose(page -> {
            items.addAll(guard.accept(page));
            return page.nextPageToken() == null ? CompletableFuture.completedFuture(items)
                    : next(fetch, page.nextPageToken(), guard, items);
        });
    }
}
