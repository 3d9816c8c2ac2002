package io.dclink.provider.tencent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dclink.spi.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/** Tencent's Offset/Limit paging: the token is the next offset; the last page is the one that reaches TotalCount. */
final class Pages {

    static final int LIMIT = 100;

    private Pages() {
    }

    static int offset(String token) {
        return token == null ? 0 : Integer.parseInt(token);
    }

    static ObjectNode window(ObjectNode params, String token) {
        return params.put("Offset", offset(token)).put("Limit", LIMIT);
    }

    static <T> Page<T> page(JsonNode response, String setField, String token, Function<JsonNode, T> mapping,
            Predicate<T> keep) {
        JsonNode set = response.path(setField);
        List<T> items = new ArrayList<>();
        set.forEach(node -> {
            T item = mapping.apply(node);
            if (keep.test(item)) {
                items.add(item);
            }
        });
        int next = offset(token) + set.size();
        boolean more = set.size() > 0 && next < response.path("TotalCount").asInt(0);
        return new Page<>(items, more ? Integer.toString(next) : null);
    }
}
