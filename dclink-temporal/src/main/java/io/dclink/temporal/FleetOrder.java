package io.dclink.temporal;

import java.util.List;

/**
 * Many lines provisioned together, a bounded number at a time.
 *
 * @param lines the lines, each provisioned by its own child workflow
 * @param maxInFlight how many lines are provisioned at once
 */
public record FleetOrder(List<LineOrder> lines, int maxInFlight) {

    /**
     * A defensive copy; at least one line in flight.
     *
     * @param lines the lines, each provisioned by its own child workflow
     * @param maxInFlight how many lines are provisioned at once
     */
    public FleetOrder {
        lines = List.copyOf(lines);
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("maxInFlight must be at least 1, was " + maxInFlight);
        }
    }
}
