package io.dclink.temporal;

import io.temporal.workflow.Async;
import io.temporal.workflow.ChildWorkflowOptions;
import io.temporal.workflow.Workflow;
import java.util.LinkedHashMap;
import java.util.Map;

/** The fleet workflow. Register it with {@link DclinkWorkflows#register}. */
public final class FleetWorkflowImpl implements FleetWorkflow {

    private final Map<String, String> failures = new LinkedHashMap<>();
    private int total;
    private int started;
    private int inFlight;
    private int inService;

    @Override
    public FleetSummary provision(FleetOrder order) {
        total = order.lines().size();
        String fleetId = Workflow.getInfo().getWorkflowId();
        for (LineOrder line : order.lines()) {
            Workflow.await(() -> inFlight < order.maxInFlight());
            String lineId = fleetId + "/line-" + started;
            LineProvisioningWorkflow child = Workflow.newChildWorkflowStub(LineProvisioningWorkflow.class,
                    ChildWorkflowOptions.newBuilder().setWorkflowId(lineId).build());
            started++;
            inFlight++;
            Async.function(child::provision, line).handle((status, error) -> {
                inFlight--;
                if (error == null) {
                    inService++;
                } else {
                    failures.put(lineId, error.getCause() == null ? error.getMessage() : error.getCause().getMessage());
                }
                return null;
            });
        }
        Workflow.await(() -> inService + failures.size() == total);
        return summary();
    }

    @Override
    public FleetSummary summary() {
        return new FleetSummary(total, total - started, inFlight, inService, failures.size(), failures);
    }
}
