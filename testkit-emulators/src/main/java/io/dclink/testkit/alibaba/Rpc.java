package io.dclink.testkit.alibaba;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/** One RPC request's parameters (query and form body together), with the readers every action shares. */
final class Rpc {

    static final ObjectMapper JSON = new ObjectMapper();
    static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
    /** VBR times come without a zone in the official samples. */
    static final DateTimeFormatter UTC_NO_ZONE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);

    final String action;
    final String account;
    private final Map<String, String> params;

    Rpc(String action, String account, Map<String, String> params) {
        this.action = action;
        this.account = account;
        this.params = params;
    }

    String get(String name) {
        String value = params.get(name);
        return value == null || value.isEmpty() ? null : value;
    }

    String required(String name) {
        String value = get(name);
        if (value == null) {
            throw AliError.badRequest("Missing" + name, "The input parameter \"" + name + "\" that is mandatory for "
                    + "processing this request is not supplied.");
        }
        return value;
    }

    long number(String name, long fallback, String invalidCode) {
        String value = get(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw AliError.badRequest(invalidCode, "The specified " + name + " is not valid.");
        }
    }

    boolean flag(String name) {
        return "true".equalsIgnoreCase(get(name));
    }

    /** {@code prefix.1}, {@code prefix.2}, … in order. */
    List<String> list(String prefix) {
        List<String> values = new ArrayList<>();
        for (int i = 1; get(prefix + "." + i) != null; i++) {
            values.add(get(prefix + "." + i));
        }
        return values;
    }

    /** {@code prefix.N.field} groups, 1-based, until the first missing index. */
    List<Map<String, String>> groups(String prefix, String... fields) {
        List<Map<String, String>> groups = new ArrayList<>();
        for (int i = 1; ; i++) {
            Map<String, String> group = new LinkedHashMap<>();
            for (String field : fields) {
                String value = get(prefix + "." + i + "." + field);
                if (value != null) {
                    group.put(field, value);
                }
            }
            if (group.isEmpty()) {
                return groups;
            }
            groups.add(group);
        }
    }

    /** {@code Filter.N.Key} and {@code Filter.N.Value.M}: keys ANDed, the values of one key ORed. */
    Map<String, List<String>> filters(Set<String> allowedKeys) {
        Map<String, List<String>> filters = new TreeMap<>();
        for (int i = 1; get("Filter." + i + ".Key") != null; i++) {
            String key = get("Filter." + i + ".Key");
            if (!allowedKeys.contains(key)) {
                throw AliError.notFound("InvalidFilterKey.ValueNotSupported",
                        "Specified filter key is not supported: Filter." + i + ".key");
            }
            filters.put(key, list("Filter." + i + ".Value"));
        }
        if (filters.size() > 5) {
            throw AliError.notFound("InvalidFilterKey.ValueNotSupported", "At most 5 filter keys are supported.");
        }
        return filters;
    }

    static boolean matches(Map<String, List<String>> filters, String key, String value) {
        List<String> wanted = filters.get(key);
        return wanted == null || wanted.contains(value);
    }

    /** PageNumber (from 1) and PageSize (1 to 50, default 10), with the page's items at {@code set.item}. */
    ObjectNode page(List<ObjectNode> matching, String set, String item, Function<ObjectNode, ObjectNode> view) {
        long number = number("PageNumber", 1, "InvalidPageNumber.Malformed");
        long size = number("PageSize", 10, "InvalidPageSize.Malformed");
        if (number < 1 || size < 1 || size > 50) {
            // UNVERIFIED: the code for a page outside the documented bounds.
            throw AliError.badRequest("InvalidParameter", "PageNumber must be at least 1 and PageSize 1 to 50.");
        }
        ObjectNode result = JSON.createObjectNode();
        ArrayNode items = result.putObject(set).putArray(item);
        matching.stream().skip((number - 1) * size).limit(size).forEach(node -> items.add(view.apply(node)));
        result.put("PageNumber", number).put("PageSize", size).put("TotalCount", matching.size());
        return result;
    }

    static String time(Instant instant) {
        return UTC.format(instant);
    }
}
