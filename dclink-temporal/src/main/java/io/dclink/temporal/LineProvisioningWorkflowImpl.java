package io.dclink.temporal;

import io.dclink.lifecycle.RequiredAction;
import io.dclink.model.ConstructionReport;
import io.dclink.model.CreateRouteRequest;
import io.dclink.model.CreateVirtualInterfaceRequest;
import io.dclink.model.CreateVirtualInterfaceRequestBuilder;
import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.CanceledFailure;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;

/** The provisioning workflow. Register it with {@link DclinkWorkflows#register}. */
public final class LineProvisioningWorkflowImpl implements LineProvisioningWorkflow {

    private static final ActivityOptions CALLS = ActivityOptions.newBuilder()
            .setStartToCloseTimeout(Duration.ofMinutes(5))
            .setRetryOptions(RetryOptions.newBuilder().setInitialInterval(Duration.ofSeconds(1))
                    .setBackoffCoefficient(2).setMaximumInterval(Duration.ofMinutes(5)).build())
            .build();

    /** States from which a resource never reaches service. */
    private static final Set<String> ENDED = Set.of("FAILED", "CANCELLED", "DELETING", "DELETED");

    private final LineActivities calls = Workflow.newActivityStub(LineActivities.class, CALLS);
    private final Set<HumanStep> kept = EnumSet.noneOf(HumanStep.class);
    private Phase phase = Phase.ORDERING;
    private String lineId;
    private String gatewayId;
    private String interfaceId;
    private ResourceView current;
    private HumanStep waitingFor;
    private HumanStep answered;
    private ConstructionReport report;
    private String failure;

    @Override
    public LineStatus provision(LineOrder order) {
        if (!order.problems().isEmpty()) {
            throw ApplicationFailure.newNonRetryableFailure("the line order is not valid: "
                    + String.join("; ", order.problems()), "InvalidLineOrder");
        }
        try {
            provisionAll(order);
            phase = Phase.IN_SERVICE;
            return status();
        } catch (CanceledFailure cancelled) {
            Workflow.newDetachedCancellationScope(() -> tearDown(order)).run();
            throw cancelled;
        } catch (ActivityFailure | ApplicationFailure stopped) {
            phase = Phase.FAILED;
            failure = stopped.getCause() == null ? stopped.getMessage() : stopped.getCause().getMessage();
            throw stopped;
        }
    }

    private void provisionAll(LineOrder order) {
        String provider = order.provider();
        current = calls.orderLine(provider, order.connection());
        lineId = current.id();
        phase = Phase.LINE;
        follow(order, () -> calls.readLine(provider, lineId), true);
        if (order.virtualInterface() == null) {
            return;
        }
        phase = Phase.GATEWAY;
        if (order.gateway() != null) {
            gatewayId = calls.createGateway(provider, order.gateway());
        }
        phase = Phase.INTERFACE;
        CreateVirtualInterfaceRequestBuilder onLine = order.virtualInterface().toBuilder().connectionId(lineId);
        if (gatewayId != null) {
            onLine.gatewayId(gatewayId);
        }
        current = calls.createInterface(provider, onLine.build());
        interfaceId = current.id();
        follow(order, () -> calls.readInterface(provider, interfaceId), false);
        phase = Phase.ROUTES;
        for (CreateRouteRequest route : order.routes()) {
            calls.addRoute(provider, new CreateRouteRequest(interfaceId, route.gatewayId(), route.destination(),
                    route.nextHop(), route.description(), null));
        }
    }

    /** Follows the current resource to service, doing or awaiting what each required action asks. */
    private void follow(LineOrder order, Supplier<ResourceView> read, boolean line) {
        Duration pause = order.firstPoll();
        while (!current.active()) {
            ResourceView before = current;
            ResourceView acted = line ? actOnLine(order, pause) : null;
            if (!line) {
                awaitOrPause(stepOf(current.requiredAction()), pause);
            }
            current = acted != null ? acted : read.get();
            String what = line ? "line " + lineId : "interface " + interfaceId;
            if (current == null) {
                throw ApplicationFailure.newNonRetryableFailure(what + " disappeared while it was being provisioned",
                        "ResourceGone");
            }
            if (ENDED.contains(current.state()) || (!line && "REJECTED".equals(current.state()))) {
                throw ApplicationFailure.newNonRetryableFailure(what + " ended in " + current.state() + " (provider state "
                        + current.providerState() + ") while it was being provisioned", "ResourceEnded");
            }
            if (current.requiredAction() != before.requiredAction()) {
                answered = null;
            }
            pause = current.sameAs(before) ? Pace.doubled(pause, order.longestPoll()) : order.firstPoll();
        }
    }

    /** Takes the line's customer step where the order allows it; otherwise waits for its signal or the next read. */
    private ResourceView actOnLine(LineOrder order, Duration pause) {
        RequiredAction action = current.requiredAction();
        String provider = order.provider();
        boolean self = order.selfService().contains(action);
        switch (action) {
            case PAY -> {
                if (self) {
                    return calls.pay(provider, lineId, order.payment());
                }
            }
            case APPLY_LOA -> {
                if (self) {
                    return calls.applyLoa(provider, lineId);
                }
            }
            case CONFIRM -> {
                if (self || take(HumanStep.LINE_TESTED)) {
                    return calls.confirm(provider, lineId);
                }
                awaitOrPause(HumanStep.LINE_TESTED, pause);
                return take(HumanStep.LINE_TESTED) ? calls.confirm(provider, lineId) : null;
            }
            case SUBMIT_CONSTRUCTION_REPORT -> {
                awaitOrPause(HumanStep.CONSTRUCTION_REPORTED, pause);
                return take(HumanStep.CONSTRUCTION_REPORTED) ? calls.reportConstruction(provider, lineId, report) : null;
            }
            default -> {
            }
        }
        awaitOrPause(stepOf(action), pause);
        return null;
    }

    /** The signal a customer step waits for, or {@code null} where only the provider (or nobody) must act. */
    private HumanStep stepOf(RequiredAction action) {
        HumanStep step = switch (action) {
            case PAY -> HumanStep.PAYMENT_DONE;
            case CONTACT_CARRIER -> HumanStep.LOA_HANDED_TO_CARRIER;
            case APPLY_LOA, RESUBMIT, CONTACT_PROVIDER, ACCEPT, UNKNOWN -> HumanStep.RESOLVED;
            default -> null;
        };
        return step != null && step == answered ? null : step;
    }

    /**
     * Waits for a signal (kept if it came early) or until the pause is over, whichever comes
     * first. Once a step's signal is taken, the step is the provider's until the action changes.
     */
    private void awaitOrPause(HumanStep step, Duration pause) {
        if (step == null) {
            Workflow.sleep(pause);
            return;
        }
        if (!kept.contains(step)) {
            waitingFor = step;
            Workflow.await(pause, () -> kept.contains(step));
            waitingFor = null;
        }
        if (step != HumanStep.LINE_TESTED && step != HumanStep.CONSTRUCTION_REPORTED && kept.remove(step)) {
            answered = step;
        }
    }

    private boolean take(HumanStep step) {
        return kept.remove(step);
    }


    /** Removes what was made, in order: routes, interface, gateway, line; each waited for until gone. */
    private void tearDown(LineOrder order) {
        phase = Phase.TEARING_DOWN;
        String provider = order.provider();
        if (interfaceId != null) {
            calls.removeRoutes(provider, interfaceId);
            calls.deleteInterface(provider, interfaceId);
            untilGone(order, () -> calls.readInterface(provider, interfaceId));
        }
        if (gatewayId != null) {
            calls.deleteGateway(provider, gatewayId);
        }
        if (lineId != null) {
            calls.deleteLine(provider, lineId);
            untilGone(order, () -> calls.readLine(provider, lineId));
        }
        phase = Phase.TORN_DOWN;
    }

    private void untilGone(LineOrder order, Supplier<ResourceView> read) {
        Duration pause = order.firstPoll();
        for (ResourceView seen = read.get(); seen != null && !"DELETED".equals(seen.state()); seen = read.get()) {
            current = seen;
            Workflow.sleep(pause);
            pause = Pace.doubled(pause, order.longestPoll());
        }
        current = null;
    }

    @Override
    public LineStatus status() {
        RequiredAction action = current == null ? RequiredAction.NONE : current.requiredAction();
        if (phase == Phase.IN_SERVICE || phase == Phase.TORN_DOWN) {
            action = RequiredAction.NONE;
        }
        return new LineStatus(phase, lineId, gatewayId, interfaceId, current, action, action.party(), waitingFor,
                kept, failure);
    }

    @Override
    public void paymentDone() {
        kept.add(HumanStep.PAYMENT_DONE);
    }

    @Override
    public void loaHandedToCarrier() {
        kept.add(HumanStep.LOA_HANDED_TO_CARRIER);
    }

    @Override
    public void constructionReported(ConstructionReport value) {
        report = value;
        kept.add(HumanStep.CONSTRUCTION_REPORTED);
    }

    @Override
    public void lineTested() {
        kept.add(HumanStep.LINE_TESTED);
    }

    @Override
    public void resolved() {
        kept.add(HumanStep.RESOLVED);
    }
}
