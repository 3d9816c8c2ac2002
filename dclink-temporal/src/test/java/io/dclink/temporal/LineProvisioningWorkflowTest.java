package io.dclink.temporal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dclink.error.ResourceNotFoundException;
import io.dclink.lifecycle.Party;
import io.dclink.lifecycle.ResourceType;
import io.dclink.lifecycle.RequiredAction;
import io.dclink.model.Connection;
import io.dclink.model.PaymentOptions;
import io.dclink.testkit.emulator.EmulatedOperation;
import io.dclink.testkit.emulator.RecordedRequest;
import io.dclink.testkit.emulator.SampleOrder;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowStub;
import io.temporal.failure.CanceledFailure;
import io.temporal.testing.WorkflowReplayer;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** One line at a time, on the Tencent and Alibaba emulators under a time-skipping Temporal server. */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class LineProvisioningWorkflowTest {

    private TemporalWorld world;

    @AfterEach
    void close() {
        world.close();
    }

    /** A Tencent line with its gateway and tunnel; review, payment, construction: two working weeks and more. */
    private LineOrder tencentLineWithTunnel() {
        SampleOrder sample = world.emulator.sampleOrder();
        return LineOrder.line("tencent", sample.connection("wf-line"))
                .withInterface(sample.gateway("wf-gateway").orElseThrow(),
                        SamplePrivateInputs.withoutKey(sample.virtualInterface("set-by-the-workflow", null, 100)),
                        List.of())
                .withPolling(Duration.ofMinutes(1), Duration.ofHours(6));
    }

    private LineStatus untilRequired(LineProvisioningWorkflow workflow, RequiredAction action) {
        for (int hours = 0; hours < 24 * 30; hours++) {
            LineStatus status = workflow.status();
            if (status.requiredAction() == action) {
                return status;
            }
            world.env.sleep(Duration.ofHours(1));
        }
        throw new AssertionError("the workflow never asked for " + action + ": " + workflow.status());
    }

    private int created() {
        return world.emulator.requests().count(world.emulator.operationName(EmulatedOperation.CREATE_CONNECTION));
    }

    @Test
    void aLineWhoseLifecycleTakesTwoWeeksIsInServiceInSecondsOfRealTime() throws Exception {
        world = new TemporalWorld("tencent", true);
        long start = world.env.currentTimeMillis();
        LineProvisioningWorkflow workflow = world.newWorkflow(LineProvisioningWorkflow.class, "line-two-weeks");
        WorkflowClient.start(workflow::provision, tencentLineWithTunnel());

        LineStatus toPay = untilRequired(workflow, RequiredAction.PAY);
        assertThat(toPay.phase()).isEqualTo(Phase.LINE);
        assertThat(toPay.whoMustAct()).isEqualTo(Party.CUSTOMER);
        assertThat(toPay.waitingFor()).isEqualTo(HumanStep.PAYMENT_DONE);
        assertThat(toPay.current().providerState()).isEqualTo("PENDINGPAY");
        world.emulator.operator().markPaid(toPay.lineId());
        workflow.paymentDone();

        LineStatus done = WorkflowStub.fromTyped(workflow).getResult(60, TimeUnit.SECONDS, LineStatus.class);

        assertThat(done.phase()).isEqualTo(Phase.IN_SERVICE);
        assertThat(done.requiredAction()).isEqualTo(RequiredAction.NONE);
        assertThat(done.gatewayId()).isNotNull();
        assertThat(world.client.virtualInterfaces().get(done.interfaceId()).state().name()).isEqualTo("ACTIVE");
        assertThat(world.client.connections().get(done.lineId()).state().name()).isEqualTo("ACTIVE");
        assertThat(Duration.ofMillis(world.env.currentTimeMillis() - start)).as("emulated time")
                .isGreaterThan(Duration.ofDays(8));
        assertThat(created()).isEqualTo(1);
    }

    /** An Alibaba line: review, LOA, the carrier's construction and its report, the customer's test, payment. */
    private LineOrder alibabaLine(String name) {
        return LineOrder.line("alibaba", world.emulator.sampleOrder().connection(name))
                .withSelfService(Set.of(RequiredAction.APPLY_LOA, RequiredAction.PAY), PaymentOptions.defaults())
                .withPolling(Duration.ofMinutes(10), Duration.ofHours(6));
    }

    @Test
    void signalsThatArriveBeforeTheirStepsAreKeptForThem() throws Exception {
        world = new TemporalWorld("alibaba", true);
        LineProvisioningWorkflow workflow = world.newWorkflow(LineProvisioningWorkflow.class, "line-early-signals");
        WorkflowClient.start(workflow::provision, alibabaLine("wf-early"));

        workflow.loaHandedToCarrier();
        workflow.constructionReported(world.emulator.sampleOrder().constructionReport());
        workflow.lineTested();
        assertThat(workflow.status().signalsKept()).containsExactlyInAnyOrder(HumanStep.LOA_HANDED_TO_CARRIER,
                HumanStep.CONSTRUCTION_REPORTED, HumanStep.LINE_TESTED);

        LineStatus building = untilRequired(workflow, RequiredAction.CONTACT_CARRIER);
        assertThat(building.waitingFor()).as("the early signal was taken").isNull();
        assertThat(building.signalsKept()).containsExactlyInAnyOrder(HumanStep.CONSTRUCTION_REPORTED,
                HumanStep.LINE_TESTED);
        world.emulator.operator().completeConstruction(building.lineId());

        LineStatus done = WorkflowStub.fromTyped(workflow).getResult(60, TimeUnit.SECONDS, LineStatus.class);
        assertThat(done.phase()).isEqualTo(Phase.IN_SERVICE);
        assertThat(done.signalsKept()).isEmpty();
        assertThat(world.emulator.requests().count("ConfirmPhysicalConnection")).isEqualTo(1);
        assertThat(world.client.connections().get(done.lineId()).state().name()).isEqualTo("ACTIVE");
    }

    @Test
    void aWorkflowWaitsForASignalItHasNotHadAndNamesIt() {
        world = new TemporalWorld("alibaba", true);
        LineProvisioningWorkflow workflow = world.newWorkflow(LineProvisioningWorkflow.class, "line-no-signal");
        WorkflowClient.start(workflow::provision, alibabaLine("wf-no-signal"));

        LineStatus building = untilRequired(workflow, RequiredAction.CONTACT_CARRIER);
        world.env.sleep(Duration.ofDays(10));

        LineStatus still = workflow.status();
        assertThat(still.requiredAction()).isEqualTo(RequiredAction.CONTACT_CARRIER);
        assertThat(still.whoMustAct()).isEqualTo(Party.CUSTOMER);
        assertThat(still.waitingFor()).isEqualTo(HumanStep.LOA_HANDED_TO_CARRIER);
        assertThat(still.lineId()).isEqualTo(building.lineId());
        assertThatThrownBy(() -> WorkflowStub.fromTyped(workflow).getResult(1, TimeUnit.SECONDS, LineStatus.class))
                .isInstanceOf(TimeoutException.class);
    }

    @Test
    void aWorkerStartedFromTheHistoryOrdersNothingAgain() throws Exception {
        world = new TemporalWorld("tencent", true);
        LineProvisioningWorkflow workflow = world.newWorkflow(LineProvisioningWorkflow.class, "line-replayed");
        WorkflowClient.start(workflow::provision, tencentLineWithTunnel());
        LineStatus toPay = untilRequired(workflow, RequiredAction.PAY);
        world.emulator.operator().markPaid(toPay.lineId());
        workflow.paymentDone();
        WorkflowStub.fromTyped(workflow).getResult(60, TimeUnit.SECONDS, LineStatus.class);
        int requests = world.emulator.requests().size();

        WorkflowReplayer.replayWorkflowExecution(world.workflows().fetchHistory("line-replayed"),
                LineProvisioningWorkflowImpl.class);

        assertThat(world.emulator.requests().size()).as("requests sent by the replay").isEqualTo(requests);
        assertThat(created()).isEqualTo(1);
        assertThat(world.client.connections().list().stream().map(Connection::id)).containsExactly(toPay.lineId());
    }

    @Test
    void aLineThatEndsBeforeServiceFailsTheWorkflowInsteadOfPollingForever() {
        world = new TemporalWorld("tencent", true);
        LineProvisioningWorkflow workflow = world.newWorkflow(LineProvisioningWorkflow.class, "line-ended");
        WorkflowClient.start(workflow::provision, tencentLineWithTunnel());
        LineStatus toPay = untilRequired(workflow, RequiredAction.PAY);

        world.emulator.operator().setRawState(ResourceType.CONNECTION, toPay.lineId(), "DELETED");

        assertThatThrownBy(() -> WorkflowStub.fromTyped(workflow).getResult(60, TimeUnit.SECONDS, LineStatus.class))
                .isInstanceOf(WorkflowFailedException.class)
                .rootCause().hasMessageContaining("ended in DELETED");
        assertThat(workflow.status().phase()).isEqualTo(Phase.FAILED);
        assertThat(workflow.status().failure()).contains("ended in DELETED");
    }

    @Test
    void aRetriedActivityFindsWhatItsFirstAttemptOrdered() {
        world = new TemporalWorld("tencent", false);
        world.emulator.faults().reset(world.emulator.operationName(EmulatedOperation.CREATE_CONNECTION), true, 1)
                .serverError(world.emulator.operationName(EmulatedOperation.DESCRIBE_CONNECTIONS), 503, 1);
        LineProvisioningWorkflow workflow = world.newWorkflow(LineProvisioningWorkflow.class, "line-retried");
        WorkflowClient.start(workflow::provision, tencentLineWithTunnel());

        LineStatus toPay = untilRequired(workflow, RequiredAction.PAY);

        assertThat(created()).as("orders sent").isEqualTo(1);
        assertThat(world.client.connections().list().stream().map(Connection::id)).containsExactly(toPay.lineId());
        assertThat(orderAttempts("line-retried")).as("attempts of the order activity").isEqualTo(2);
    }

    @Test
    void cancellingTearsDownWhatWasMadeInOrder() throws Exception {
        world = new TemporalWorld("tencent", true);
        LineProvisioningWorkflow workflow = world.newWorkflow(LineProvisioningWorkflow.class, "line-cancelled");
        WorkflowClient.start(workflow::provision, tencentLineWithTunnel().withPolling(Duration.ofHours(2), Duration.ofHours(6)));
        LineStatus toPay = untilRequired(workflow, RequiredAction.PAY);
        world.emulator.operator().markPaid(toPay.lineId());
        workflow.paymentDone();
        for (int hours = 0; workflow.status().interfaceId() == null && hours < 24 * 30; hours++) {
            world.env.sleep(Duration.ofHours(1));
        }
        LineStatus made = workflow.status();
        assertThat(made.phase()).isEqualTo(Phase.INTERFACE);
        world.emulator.requests().clear();

        WorkflowStub stub = WorkflowStub.fromTyped(workflow);
        stub.cancel();

        assertThatThrownBy(() -> stub.getResult(60, TimeUnit.SECONDS, LineStatus.class))
                .isInstanceOf(WorkflowFailedException.class).hasCauseInstanceOf(CanceledFailure.class);
        assertThat(workflow.status().phase()).isEqualTo(Phase.TORN_DOWN);
        List<String> deletes = world.emulator.requests().all().stream().map(RecordedRequest::operation)
                .filter(operation -> operation.startsWith("Delete")).distinct().toList();
        assertThat(deletes).containsExactly("DeleteDirectConnectTunnel", "DeleteDirectConnectGateway",
                "DeleteDirectConnect");
        assertThatThrownBy(() -> world.client.virtualInterfaces().get(made.interfaceId()))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    private int orderAttempts(String workflowId) {
        return world.workflows().fetchHistory(workflowId).getHistory().getEventsList().stream()
                .filter(event -> event.getEventType() == EventType.EVENT_TYPE_ACTIVITY_TASK_STARTED)
                .mapToInt(event -> event.getActivityTaskStartedEventAttributes().getAttempt())
                .max().orElse(0);
    }
}
