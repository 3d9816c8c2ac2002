package io.dclink.core.pair;

import io.dclink.model.AccessPoint;
import io.dclink.pair.MetroScope;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The access points of a client grouped by city, as the plugin's {@link MetroScope} says: by the
 * city they report, or by region where the provider reports none. Groups keep the listing's order.
 */
final class Metros {

    private final Map<String, List<AccessPoint>> byMetro = new LinkedHashMap<>();
    private final Map<String, String> names = new LinkedHashMap<>();

    Metros(List<AccessPoint> points, MetroScope scope, String clientRegion) {
        for (AccessPoint point : points) {
            String name = name(point, scope, clientRegion);
            String key = name.toLowerCase(Locale.ROOT);
            names.putIfAbsent(key, name);
            byMetro.computeIfAbsent(key, k -> new ArrayList<>()).add(point);
        }
    }

    private static String name(AccessPoint point, MetroScope scope, String clientRegion) {
        if (scope == MetroScope.CITY && point.city() != null && !point.city().isBlank()) {
            return point.city();
        }
        if (point.region() != null && !point.region().isBlank()) {
            return point.region();
        }
        return clientRegion == null ? "(the account)" : clientRegion;
    }

    /** The metro's name as the provider spells it, or {@code null} when no access point is in it. */
    String find(String metro) {
        return names.get(metro.toLowerCase(Locale.ROOT));
    }

    String of(AccessPoint point, MetroScope scope, String clientRegion) {
        return names.get(name(point, scope, clientRegion).toLowerCase(Locale.ROOT));
    }

    List<AccessPoint> in(String metro) {
        return byMetro.getOrDefault(metro.toLowerCase(Locale.ROOT), List.of());
    }

    List<String> all() {
        return List.copyOf(names.values());
    }
}
