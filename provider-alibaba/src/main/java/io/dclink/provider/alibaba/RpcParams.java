package io.dclink.provider.alibaba;

import io.dclink.kit.http.Percent;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * The parameters of one RPC call, flattened the way the API wants them in the query string:
 * repeat lists 1-based ({@code Filter.1.Value.2}), nested fields dotted ({@code Tag.1.Key}).
 * Null values are left out.
 */
final class RpcParams {

    private final TreeMap<String, String> values = new TreeMap<>();

    RpcParams put(String name, Object value) {
        if (value != null) {
            values.put(name, value.toString());
        }
        return this;
    }

    /** {@code prefix.1}, {@code prefix.2}, … */
    RpcParams list(String prefix, List<?> items) {
        for (int i = 0; i < items.size(); i++) {
            put(prefix + "." + (i + 1), items.get(i));
        }
        return this;
    }

    /** The next {@code Filter.N.Key} with its values {@code Filter.N.Value.M}; documented keys are ANDed, values ORed. */
    RpcParams filter(String key, List<String> filterValues) {
        int n = 1;
        while (values.containsKey("Filter." + n + ".Key")) {
            n++;
        }
        put("Filter." + n + ".Key", key);
        return list("Filter." + n + ".Value", filterValues);
    }

    /** {@code prefix.N.Key} / {@code prefix.N.Value}; the prefix is {@code Tag} on creates and {@code Tags} on describes. */
    RpcParams tags(String prefix, Map<String, String> tags) {
        int n = 1;
        for (Map.Entry<String, String> tag : new TreeMap<>(tags).entrySet()) {
            put(prefix + "." + n + ".Key", tag.getKey());
            put(prefix + "." + n + ".Value", tag.getValue());
            n++;
        }
        return this;
    }

    /** The query string, names and values percent-encoded the RFC 3986 way, in name order. */
    String toQuery() {
        StringJoiner query = new StringJoiner("&");
        values.forEach((name, value) -> query.add(Percent.encode(name) + "=" + Percent.encode(value)));
        return query.toString();
    }
}
