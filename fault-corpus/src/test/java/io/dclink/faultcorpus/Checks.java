package io.dclink.faultcorpus;

import io.dclink.model.Resource;
import io.dclink.model.Route;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** What a successful answer must satisfy, in words when it does not. */
final class Checks {

    private Checks() {
    }

    /** A resource's identity: its id; a route's interface and destination. */
    static String key(Object resource) {
        if (resource instanceof Route route) {
            return route.virtualInterfaceId() + "|" + route.destination();
        }
        if (resource instanceof Resource r) {
            return r.id();
        }
        return String.valueOf(resource);
    }

    /** A listing: no item twice, nothing a fault-free listing lacks, nothing it has missing. */
    static List<String> sameListing(Object got, List<?> reference) {
        List<String> problems = new ArrayList<>();
        if (!(got instanceof List<?> items)) {
            problems.add("a listing answered " + describe(got) + " instead of a list");
            return problems;
        }
        Map<String, Integer> seen = new LinkedHashMap<>();
        items.forEach(item -> seen.merge(key(item), 1, Integer::sum));
        List<String> twice = seen.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
        if (!twice.isEmpty()) {
            problems.add("the listing returned items more than once: " + shortList(twice));
        }
        Set<String> expected = new LinkedHashSet<>();
        reference.forEach(item -> expected.add(key(item)));
        List<String> unknown = seen.keySet().stream().filter(k -> !expected.contains(k)).toList();
        if (!unknown.isEmpty()) {
            problems.add("the listing returned items a fault-free listing does not have: " + shortList(unknown));
        }
        List<String> missing = expected.stream().filter(k -> !seen.containsKey(k)).toList();
        if (!missing.isEmpty()) {
            problems.add("the listing succeeded but left out " + missing.size() + " of " + expected.size()
                    + " items: " + shortList(missing));
        }
        return problems;
    }

    /** An answer about one resource names that resource. */
    static List<String> sameId(Object got, String id) {
        if (got == null) {
            return List.of("the call answered null instead of " + id);
        }
        String key = got instanceof Route route ? route.id() : key(got);
        if (!Objects.equals(key, id)) {
            return List.of("asked about " + id + " but answered about " + key);
        }
        return List.of();
    }

    static List<String> expect(boolean condition, String problem) {
        return condition ? List.of() : List.of(problem);
    }

    static List<String> both(List<String> first, List<String> second) {
        if (first.isEmpty()) {
            return second;
        }
        List<String> both = new ArrayList<>(first);
        both.addAll(second);
        return both;
    }

    static String shortList(List<String> items) {
        return items.size() <= 5 ? items.toString() : items.subList(0, 5) + " and " + (items.size() - 5) + " more";
    }

    static String describe(Object value) {
        if (value == null) {
            return "null";
        }
        String text = value.getClass().getSimpleName() + " " + key(value);
        return text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }
}
