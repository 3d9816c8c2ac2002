package io.dclink.provider.alibaba;

import com.fasterxml.jackson.databind.JsonNode;
import io.dclink.spi.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/** PageNumber/PageSize paging (pages from 1, at most 50 items): the token is the next page number. */
final class Pages {

    static final int SIZE = 50;

    private Pages() {
    }

    static RpcParams window(RpcParams params, String token) {
        return params.put("PageNumber", token == null ? 1 : Integer.parseInt(token)).put("PageSize", SIZE);
    }

    /**
     * One page of a response whose items sit at {@code set.item[]} (e.g.
     * {@code PhysicalConnectionSet.PhysicalConnectionType}).
     */
    static <T> Page<T> page(JsonNode response, String set, String item, String token, Function<JsonNode, T> mapping,
            Predicate<T> keep) {
        JsonNode items = response.path(set).path(item);
        List<T> kept = new ArrayList<>();
        items.forEach(node -> {
            T mapped = mapping.apply(node);
            if (keep.test(mapped)) {
                kept.add(mapped);
            }
        });
        int number = token == null ? 1 : Integer.parseInt(token);
        int size = response.path("PageSize").asInt(SIZE);
        boolean more = items.size() > 0 && (long) number * size < response.path("TotalCount").asLong(0);
        return new Page<>(kept, more ? Integer.toString(number + 1) : null);
    }
}
