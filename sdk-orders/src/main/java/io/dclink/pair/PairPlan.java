package io.dclink.pair;

import java.util.List;
import java.util.Objects;

/**
 * How a feasible pair will be ordered: where, and whether with the provider's native redundant order.
 *
 * @param resilience the resilience asked for
 * @param metro the city (or, where the provider reports none, the region) the pair is in
 * @param accessPointIds where the lines land: two for {@link Resilience#TWO_ACCESS_POINTS}, one otherwise
 * @param nativeMode the provider's native redundant order mode (e.g. {@code MultiApSingleDevice}), or
 *     {@code null} when the lines are ordered separately
 */
public record PairPlan(Resilience resilience, String metro, List<String> accessPointIds, String nativeMode) {

    /**
     * Validates and copies the components.
     *
     * @param resilience the resilience
     * @param metro the city or region
     * @param accessPointIds the access points
     * @param nativeMode the native mode, or {@code null}
     */
    public PairPlan {
        Objects.requireNonNull(resilience, "resilience");
        Objects.requireNonNull(metro, "metro");
        accessPointIds = List.copyOf(accessPointIds);
        if (accessPointIds.size() != resilience.accessPoints()) {
            throw new IllegalArgumentException(resilience + " needs " + resilience.accessPoints() + " access point(s), was "
                    + accessPointIds);
        }
        if (accessPointIds.size() == 2 && accessPointIds.get(0).equals(accessPointIds.get(1))) {
            throw new IllegalArgumentException("two access points must differ, was " + accessPointIds);
        }
    }

    /** {@return whether the provider's native redundant order places both lines, i.e. {@link #nativeMode()} is set} */
    public boolean nativeOrder() {
        return nativeMode != null;
    }

    /** {@return the id of the access point the first line lands at} */
    public String firstAccessPointId() {
        return accessPointIds.get(0);
    }

    /**
     * {@return the id of the access point the second line lands at (the first one's for a pair at one access point)}
     */
    public String secondAccessPointId() {
        return accessPointIds.get(accessPointIds.size() - 1);
    }
}
