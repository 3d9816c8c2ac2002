package io.dclink.pair;

import java.util.Objects;

/**
 * Which of a pair's guarantees hold.
 *
 * @param differentAccessPoints the lines land at different access points
 * @param differentDevices the lines end on different access devices (different access points imply it)
 * @param linkedByProvider the provider's records pair the lines (one names the other as its redundancy)
 */
public record PairGuarantees(Guarantee differentAccessPoints, Guarantee differentDevices, Guarantee linkedByProvider) {

    /** Nothing known yet: the second line is not ordered. */
    public static final PairGuarantees NOT_REPORTED =
            new PairGuarantees(Guarantee.NOT_REPORTED, Guarantee.NOT_REPORTED, Guarantee.NOT_REPORTED);

    /**
     * Validates the components.
     *
     * @param differentAccessPoints the lines land at different access points
     * @param differentDevices the lines end on different access devices
     * @param linkedByProvider the provider's records pair the lines
     */
    public PairGuarantees {
        Objects.requireNonNull(differentAccessPoints, "differentAccessPoints");
        Objects.requireNonNull(differentDevices, "differentDevices");
        Objects.requireNonNull(linkedByProvider, "linkedByProvider");
    }

    /**
     * {@return whether the resilience a pair was ordered for can be relied on: its guarantee holds or is promised}
     *
     * @param resilience the resilience
     */
    public boolean give(Resilience resilience) {
        return switch (resilience) {
            case TWO_ACCESS_POINTS -> differentAccessPoints.reliedOn();
            case ONE_ACCESS_POINT_TWO_DEVICES -> differentDevices.reliedOn();
        };
    }
}
