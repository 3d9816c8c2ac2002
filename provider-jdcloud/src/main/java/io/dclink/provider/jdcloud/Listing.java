package io.dclink.provider.jdcloud;

import io.dclink.kit.json.JsonRecord;
import io.dclink.kit.paging.PageNumberPaging;
import io.dclink.kit.paging.Pages;
import io.dclink.spi.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * JD Cloud's listings: {@code pageNumber} from 1 and {@code pageSize} 10 to 100 (the plugin asks for
 * 100), with {@code totalCount} beside the page's array. A page number past the last page answers
 * the last page again, so a listing ends at the page that reaches the total, never on an empty page
 * (the kit's {@link PageNumberPaging}); a sub-listing inside one operation reads every page through
 * the kit's guarded {@link Pages}.
 */
final class Listing {

    /** The largest page JD Cloud serves. */
    static final int PAGE_SIZE = 100;

    private final JdCloudApi api;
    private final PageNumberPaging paging;

    Listing(JdCloudApi api) {
        this.api = api;
        this.paging = new PageNumberPaging(PAGE_SIZE, api.errors());
    }

    /**
     * One page of a listing.
     *
     * @param list the describe operation
     * @param id the id in its path, or {@code null}
     * @param filters its filters
     * @param token the page token, or {@code null} for the first
     * @param mapping what each record becomes
     * @param keep which of them to return (filters JD Cloud does not apply)
     * @param <T> the item type
     * @return the page, with the next page's token unless it reached the total
     */
    <T> CompletableFuture<Page<T>> page(Api list, String id, Query filters, String token, Function<JsonRecord, T> mapping,
            Predicate<T> keep) {
        int number = paging.pageNumber(token);
        return api.read(list, id, filters.page(number, PAGE_SIZE)).thenApply(answer -> {
            List<JsonRecord> records = answer.records(list.resultField());
            List<T> items = new ArrayList<>();
            for (JsonRecord record : records) {
                T item = mapping.apply(record);
                if (keep.test(item)) {
                    items.add(item);
                }
            }
            return paging.page(items, number, PAGE_SIZE, records.size(), answer.totalCount());
        });
    }

    /**
     * Every record of a listing, for a sub-listing inside one operation.
     *
     * @param list the describe operation
     * @param id the id in its path, or {@code null}
     * @param filters its filters
     * @param mapping what each record becomes
     * @param what what is listed, for errors
     * @param <T> the item type
     * @return every item, in order
     */
    <T> CompletableFuture<List<T>> all(Api list, String id, Query filters, Function<JsonRecord, T> mapping, String what) {
        return Pages.all(token -> page(list, id, filters, token, mapping, item -> true), api.errors(), what);
    }
}
