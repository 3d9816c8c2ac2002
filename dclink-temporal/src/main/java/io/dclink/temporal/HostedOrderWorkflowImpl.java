package io.dclink.temporal;

import io.dclink.hosted.HandOff;
import io.dclink.hosted.HostedState;
import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.CanceledFailure;
import io.temporal.workflow.Workflow;
import java.time.Duration;

/** The hosted-order workflow. Register it with {@link DclinkWorkflows#register}. */
public final class HostedOrderWorkflowImpl implements HostedOrderWorkflow {

    private final HostedActivities calls = Workflow.newActivityStub(HostedActivities.class, ActivityOptions.newBuilder()
            .setStartToCloseTimeout(Duration.ofMinutes(5))
            .setRetryOptions(RetryOptions.newBuilder().setInitialInterval(Duration.ofSeconds(1))
                    .setBackoffCoefficient(2).setMaximumInterval(Duration.ofMinutes(5)).build())
            .build());
    private HostedView view;
    private HandOff handOff;

    @Override
    public HostedView provision(HostedLineOrder order) {
        try {
            view = calls.startHosted(order);
            Duration pause = order.firstPoll();
            while (view.state() != HostedState.ACTIVE) {
                if (view.state() == HostedState.FAILED) {
                    throw ApplicationFailure.newNonRetryableFailure("the hosted order failed: " + view.detail(),
                            "HostedOrderFailed");
                }
                HostedView before = view;
                if (view.state() == HostedState.AWAITING_HAND_OFF) {
                    Workflow.await(pause, () -> handOff != null);
                } else {
                    Workflow.sleep(pause);
                }
                if (view.state() == HostedState.AWAITING_HAND_OFF && handOff != null) {
                    view = handedOver(order, handOff);
                    handOff = null;
                } else {
                    view = calls.refreshHosted(order, view.checkpoint());
                }
                pause = sameAs(before) ? Pace.doubled(pause, order.longestPoll()) : order.firstPoll();
            }
            return view;
        } catch (CanceledFailure cancelled) {
            Workflow.newDetachedCancellationScope(() -> tearDown(order)).run();
            throw cancelled;
        }
    }

    /** The hand-off given; values the cloud refuses are reported in the status, and the order waits for others. */
    private HostedView handedOver(HostedLineOrder order, HandOff given) {
        try {
            return calls.provideHandOff(order, view.checkpoint(), given);
        } catch (ActivityFailure failure) {
            if (failure.getCause() instanceof ApplicationFailure refused && "ValidationException".equals(refused.getType())) {
                return view.withHandOffRefused(refused.getOriginalMessage());
            }
            throw failure;
        }
    }

    private void tearDown(HostedLineOrder order) {
        if (view == null) {
            return;
        }
        view = calls.tearDownHosted(order, view.checkpoint());
        Duration pause = order.firstPoll();
        while (view.state() != HostedState.DELETED) {
            Workflow.sleep(pause);
            view = calls.refreshHosted(order, view.checkpoint());
            pause = Pace.doubled(pause, order.longestPoll());
        }
    }

    private boolean sameAs(HostedView before) {
        return before.state() == view.state() && before.requiredAction() == view.requiredAction()
                && before.detail().equals(view.detail());
    }


    @Override
    public HostedView status() {
        return view;
    }

    @Override
    public void handOff(HandOff value) {
        handOff = value;
    }
}
