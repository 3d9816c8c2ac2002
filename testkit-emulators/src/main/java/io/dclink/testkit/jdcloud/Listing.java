package io.dclink.testkit.jdcloud;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dclink.testkit.emulator.StoredJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The query side of the describe operations: filters flattened 1-based
 * ({@code filters.1.name=status&filters.1.values.1=Active}), arrays as {@code key.1}, and paging by
 * {@code pageNumber} (from 1) and {@code pageSize} (10 to 100, default 20) with JD's quirk: a page
 * past the last one answers the last page again.
 */
final class Listing {

    private static final Pattern FILTER = Pattern.compile("filters\\.(\\d+)\\.(name|operator|values\\.(\\d+))");
    private static final int DEFAULT_PAGE_SIZE = 20;

    private Listing() {
    }

    /**
     * The filters of a query, by name.
     *
     * @param query the query
     * @param known the filter names the operation takes (UNVERIFIED where the SDK does not list them)
     * @param singleValued the ones that take one value only
     * @return the values wanted, by filter name
     */
    static Map<String, List<String>> filters(Map<String, List<String>> query, Set<String> known, Set<String> singleValued) {
        Map<Integer, String> names = new TreeMap<>();
        Map<Integer, String> operators = new TreeMap<>();
        Map<Integer, Map<Integer, String>> values = new TreeMap<>();
        query.forEach((key, given) -> {
            Matcher m = FILTER.matcher(key);
            if (!m.matches()) {
                return;
            }
            int index = Integer.parseInt(m.group(1));
            if (m.group(2).equals("name")) {
                names.put(index, given.get(0));
            } else if (m.group(2).equals("operator")) {
                operators.put(index, given.get(0));
            } else {
                values.computeIfAbsent(index, i -> new TreeMap<>()).put(Integer.parseInt(m.group(3)), given.get(0));
            }
        });
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (Map.Entry<Integer, String> entry : names.entrySet()) {
            String name = entry.getValue();
            String field = "filters." + entry.getKey();
            if (!known.contains(name)) {
                // UNVERIFIED: whether the service refuses a filter it does not know or ignores it
                throw JdError.invalidArgument(field + ".name", "must be one of " + known + ", was " + name);
            }
            String operator = operators.getOrDefault(entry.getKey(), "eq");
            if (!operator.equals("eq") && !operator.equals("in")) {
                // UNVERIFIED: the operators the service takes besides the default eq
                throw JdError.invalidArgument(field + ".operator", "must be eq or in, was " + operator);
            }
            List<String> wanted = new ArrayList<>(values.getOrDefault(entry.getKey(), Map.of()).values());
            if (wanted.isEmpty()) {
                throw JdError.invalidArgument(field + ".values", "must hold at least one value");
            }
            if (singleValued.contains(name) && wanted.size() > 1) {
                throw JdError.invalidArgument(field + ".values", "of the " + name + " filter must hold exactly one value");
            }
            filters.merge(name, wanted, (a, b) -> {
                List<String> both = new ArrayList<>(a);
                both.retainAll(b);
                return both;
            });
        }
        return filters;
    }

    /** Whether a value passes the named filter (absent filters pass everything). */
    static boolean matches(Map<String, List<String>> filters, String name, String value) {
        List<String> wanted = filters.get(name);
        return wanted == null || wanted.contains(value);
    }

    /** The values of an array parameter flattened as {@code key.1}, {@code key.2}, … in index order. */
    static List<String> indexed(Map<String, List<String>> query, String key) {
        Map<Integer, String> values = new TreeMap<>();
        Pattern item = Pattern.compile(Pattern.quote(key) + "\\.(\\d+)");
        query.forEach((name, given) -> {
            Matcher m = item.matcher(name);
            if (m.matches()) {
                values.put(Integer.parseInt(m.group(1)), given.get(0));
            }
        });
        return new ArrayList<>(values.values());
    }

    /**
     * One page of a listing, with the quirk: a page number past the last page answers the last page.
     *
     * @param query the query holding pageNumber and pageSize
     * @param items every matching record, in order
     * @param key the result's array field, e.g. {@code connections}
     * @return the result: the page under {@code key} and {@code totalCount}
     */
    static ObjectNode page(Map<String, List<String>> query, List<ObjectNode> items, String key) {
        int number = pagingNumber(query, "pageNumber", 1, 1, Integer.MAX_VALUE);
        // UNVERIFIED: INVALID_ARGUMENT (rather than OUT_OF_RANGE) for a page size outside [10,100]
        int size = pagingNumber(query, "pageSize", DEFAULT_PAGE_SIZE, 10, 100);
        int lastPage = Math.max(1, (items.size() + size - 1) / size);
        int shown = Math.min(number, lastPage);
        ObjectNode result = JdJson.object();
        ArrayNode page = result.putArray(key);
        items.stream().skip((long) (shown - 1) * size).limit(size).forEach(item -> page.add(StoredJson.visible(item)));
        result.put("totalCount", items.size());
        return result;
    }

    private static int pagingNumber(Map<String, List<String>> query, String name, int otherwise, int min, int max) {
        List<String> given = query.get(name);
        if (given == null || given.get(0).isEmpty()) {
            return otherwise;
        }
        try {
            long value = Long.parseLong(given.get(0));
            if (value >= min && value <= max) {
                return (int) value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw JdError.invalidArgument(name, "must be an integer from " + min + (max == Integer.MAX_VALUE ? " up" : " to " + max)
                + ", was " + given.get(0));
    }
}
