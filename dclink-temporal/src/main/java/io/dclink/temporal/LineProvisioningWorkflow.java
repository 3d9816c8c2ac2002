package io.dclink.temporal;

import io.dclink.model.ConstructionReport;
import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * One line from order to service: the line through every lifecycle step, then its gateway,
 * interface and routes. Provider steps are waited for with durable timers at the order's pace;
 * the customer's steps are taken through the API where the order allows it, else awaited as
 * signals (a signal that arrives before its step is kept for it). Cancelling the workflow removes
 * what it made, routes first and the line last.
 */
@WorkflowInterface
public interface LineProvisioningWorkflow {

    /**
     * Provisions the line.
     *
     * @param order the order
     * @return the final status: {@link Phase#IN_SERVICE}
     */
    @WorkflowMethod
    LineStatus provision(LineOrder order);

    /**
     * Where the workflow is, what must happen next and who must do it.
     *
     * @return the status
     */
    @QueryMethod
    LineStatus status();

    /** The order was paid. */
    @SignalMethod
    void paymentDone();

    /** The letter of authorisation went to the carrier. */
    @SignalMethod
    void loaHandedToCarrier();

    /**
     * The carrier's construction report arrived.
     *
     * @param report the report
     */
    @SignalMethod
    void constructionReported(ConstructionReport report);

    /** The line was tested and may be confirmed. */
    @SignalMethod
    void lineTested();

    /** What the provider asked for was dealt with outside the workflow. */
    @SignalMethod
    void resolved();
}
