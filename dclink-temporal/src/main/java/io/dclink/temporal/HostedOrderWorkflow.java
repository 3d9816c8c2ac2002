package io.dclink.temporal;

import io.dclink.hosted.HandOff;
import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * A hosted order from nothing to both sides active: the partner side ordered and waited for, the
 * hand-off values read from the partner or taken from a signal (kept if it comes early), the cloud
 * side ordered on the shared line and both sides followed until active. Cancelling it tears the
 * order down, the cloud side first, and waits until both sides are gone.
 */
@WorkflowInterface
public interface HostedOrderWorkflow {

    /**
     * Provisions the order.
     *
     * @param order the order
     * @return the final view: {@link io.dclink.hosted.HostedState#ACTIVE}
     */
    @WorkflowMethod
    HostedView provision(HostedLineOrder order);

    /**
     * The combined state, the one required action and who must act.
     *
     * @return the view, or {@code null} before the order's first step
     */
    @QueryMethod
    HostedView status();

    /**
     * The hand-off values the partner sent (by e-mail, where its API does not show them).
     *
     * @param handOff the provider's account, the shared connection and the VLAN
     */
    @SignalMethod
    void handOff(HandOff handOff);
}
