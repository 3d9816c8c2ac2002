package io.dclink.temporal;

import java.util.Map;

/**
 * How a fleet stands.
 *
 * @param total lines in the order
 * @param notStarted lines waiting for room in flight
 * @param inFlight lines being provisioned
 * @param inService lines in service
 * @param failed lines whose workflow failed
 * @param failures each failed line's workflow id and why it failed
 */
public record FleetSummary(int total, int notStarted, int inFlight, int inService, int failed,
        Map<String, String> failures) {

    /**
     * A defensive copy.
     *
     * @param total lines in the order
     * @param notStarted lines waiting for room in flight
     * @param inFlight lines being provisioned
     * @param inService lines in service
     * @param failed lines whose workflow failed
     * @param failures each failed line's workflow id and why it failed
     */
    public FleetSummary {
        failures = Map.copyOf(failures);
    }
}
