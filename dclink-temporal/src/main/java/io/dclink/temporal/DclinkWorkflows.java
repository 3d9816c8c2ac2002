package io.dclink.temporal;

import io.temporal.worker.Worker;

/** Registers dclink's workflows and activities on a Temporal worker. */
public final class DclinkWorkflows {

    private DclinkWorkflows() {
    }

    /**
     * Registers the line and fleet workflows and the activities that run them.
     *
     * @param worker the worker, polling the task queue the workflows are started on
     * @param activities the activities, on the worker's dclink clients
     */
    public static void register(Worker worker, LineActivities activities) {
        worker.registerWorkflowImplementationTypes(LineProvisioningWorkflowImpl.class, FleetWorkflowImpl.class);
        worker.registerActivitiesImplementations(activities);
    }
}
