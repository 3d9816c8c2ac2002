package io.dclink.temporal;

import io.temporal.worker.Worker;

/** Registers dclink's workflows and activities on a Temporal worker. */
public final class DclinkWorkflows {

    private DclinkWorkflows() {
    }

    /**
     * Registers the line, fleet and hosted-order workflows and the activities that run them.
     *
     * @param worker the worker, polling the task queue the workflows are started on
     * @param clients the worker's dclink clients, by provider id
     * @param privateInputs what the worker supplies that never enters a workflow's history
     */
    public static void register(Worker worker, WorkerClients clients, PrivateInputs privateInputs) {
        worker.registerWorkflowImplementationTypes(LineProvisioningWorkflowImpl.class, FleetWorkflowImpl.class,
                HostedOrderWorkflowImpl.class);
        worker.registerActivitiesImplementations(new DclinkActivities(clients, privateInputs),
                new DclinkHostedActivities(clients, privateInputs));
    }
}
