package io.dclink.temporal;

import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * A fleet of lines, each a child {@link LineProvisioningWorkflow} whose id is the fleet's id and
 * the line's position ({@code fleet-7/line-12}), so that each line's orders carry keys of their own.
 */
@WorkflowInterface
public interface FleetWorkflow {

    /**
     * Provisions every line, at most {@link FleetOrder#maxInFlight()} at once.
     *
     * @param order the fleet
     * @return the summary once every line is in service or failed
     */
    @WorkflowMethod
    FleetSummary provision(FleetOrder order);

    /**
     * How the fleet stands now.
     *
     * @return the summary
     */
    @QueryMethod
    FleetSummary summary();
}
