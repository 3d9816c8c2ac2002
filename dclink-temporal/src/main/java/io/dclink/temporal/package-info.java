/**
 * Dedicated lines as durable Temporal workflows: {@link io.dclink.temporal.LineProvisioningWorkflow}
 * takes one line from order to service (and back to nothing when cancelled),
 * {@link io.dclink.temporal.FleetWorkflow} provisions many, and
 * {@link io.dclink.temporal.DclinkActivities} runs the SDK's operations as activities.
 */
package io.dclink.temporal;
