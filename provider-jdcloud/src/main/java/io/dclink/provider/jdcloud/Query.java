package io.dclink.provider.jdcloud;

import io.dclink.kit.http.Percent;
import java.util.ArrayList;
import java.util.List;

/**
 * The query of a GET or DELETE, flattened as JD Cloud's SDKs do, 1-based: filters as
 * {@code filters.1.name=status&filters.1.values.1=Active} (the operator defaults to {@code eq}),
 * arrays as {@code key.1}, {@code key.2}, and {@code pageNumber}/{@code pageSize}. Immutable.
 */
final class Query {

    private static final Query EMPTY = new Query(List.of(), 0);

    private final List<String[]> pairs;
    private final int filters;

    private Query(List<String[]> pairs, int filters) {
        this.pairs = pairs;
        this.filters = filters;
    }

    static Query empty() {
        return EMPTY;
    }

    /** This query with a filter, or unchanged when there are no values to filter on. */
    Query filter(String name, List<String> values) {
        if (values.isEmpty()) {
            return this;
        }
        List<String[]> more = new ArrayList<>(pairs);
        String prefix = "filters." + (filters + 1) + ".";
        more.add(new String[] {prefix + "name", name});
        for (int i = 0; i < values.size(); i++) {
            more.add(new String[] {prefix + "values." + (i + 1), values.get(i)});
        }
        return new Query(List.copyOf(more), filters + 1);
    }

    /** This query with an array parameter, {@code key.1}, {@code key.2}, … */
    Query array(String key, List<String> values) {
        List<String[]> more = new ArrayList<>(pairs);
        for (int i = 0; i < values.size(); i++) {
            more.add(new String[] {key + "." + (i + 1), values.get(i)});
        }
        return new Query(List.copyOf(more), filters);
    }

    /** This query asking for one page. */
    Query page(int number, int size) {
        List<String[]> more = new ArrayList<>(pairs);
        more.add(new String[] {"pageNumber", Integer.toString(number)});
        more.add(new String[] {"pageSize", Integer.toString(size)});
        return new Query(List.copyOf(more), filters);
    }

    /** The encoded query string, or {@code null} when empty. */
    String encoded() {
        if (pairs.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (String[] pair : pairs) {
            text.append(text.length() == 0 ? "" : "&").append(Percent.encode(pair[0])).append('=')
                    .append(Percent.encode(pair[1]));
        }
        return text.toString();
    }
}
