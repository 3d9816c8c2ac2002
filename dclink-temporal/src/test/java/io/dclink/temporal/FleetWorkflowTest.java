package io.dclink.temporal;

import static org.assertj.core.api.Assertions.assertThat;

import io.dclink.lifecycle.RequiredAction;
import io.dclink.model.Connection;
import io.dclink.model.ConstructionReport;
import io.dclink.model.PaymentOptions;
import io.dclink.testkit.emulator.EmulatedOperation;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowStub;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A fleet of lines as child workflows, on the Alibaba emulator under a time-skipping Temporal server. */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class FleetWorkflowTest {

    private static final int LINES = 200;
    private static final int IN_FLIGHT = 40;

    private TemporalWorld world;

    @AfterEach
    void close() {
        world.close();
    }

    @Test
    void aFleetOfTwoHundredLinesIsInServiceWithExactlyTwoHundredOrders() throws Exception {
        world = new TemporalWorld("alibaba", true);
        world.emulator.faults().reset(world.emulator.operationName(EmulatedOperation.CREATE_CONNECTION), true, 3);
        List<LineOrder> lines = IntStream.range(0, LINES)
                .mapToObj(i -> LineOrder.line("alibaba", world.emulator.sampleOrder().connection("fleet-" + i))
                        .withSelfService(Set.of(RequiredAction.APPLY_LOA, RequiredAction.CONFIRM, RequiredAction.PAY),
                                PaymentOptions.defaults())
                        .withPolling(Duration.ofHours(1), Duration.ofHours(12)))
                .toList();
        FleetWorkflow fleet = world.newWorkflow(FleetWorkflow.class, "fleet-1");
        WorkflowClient.start(fleet::provision, new FleetOrder(lines, IN_FLIGHT));

        FleetSummary early = fleet.summary();
        assertThat(early.total()).isEqualTo(LINES);
        assertThat(early.inFlight()).isLessThanOrEqualTo(IN_FLIGHT);

        for (int hours = 0; hours < 24 * 60 && fleet.summary().inService() + fleet.summary().failed() < LINES; hours++) {
            FleetSummary now = fleet.summary();
            assertThat(now.inFlight()).as("lines in flight").isLessThanOrEqualTo(IN_FLIGHT);
            world.env.sleep(Duration.ofHours(6));
            carriersAct();
        }
        FleetSummary done = WorkflowStub.fromTyped(fleet).getResult(60, TimeUnit.SECONDS, FleetSummary.class);

        assertThat(done.failures()).isEmpty();
        assertThat(done.inService()).isEqualTo(LINES);
        assertThat(world.client.connections().list().stream().map(Connection::name).distinct().count())
                .as("lines ordered, three orders of them unanswered at first").isEqualTo(LINES);
        assertThat(world.client.connections().list().stream().count()).isEqualTo(LINES);
    }

    /**
     * The world outside the workflows: carriers build the lines waiting for them, and their
     * construction reports reach the lines' workflows as signals.
     */
    private void carriersAct() {
        ConstructionReport report = world.emulator.sampleOrder().constructionReport();
        for (Connection line : world.client.connections().list().stream().toList()) {
            if (line.requiredAction() == RequiredAction.CONTACT_CARRIER) {
                world.emulator.operator().completeConstruction(line.id());
            } else if (line.requiredAction() == RequiredAction.SUBMIT_CONSTRUCTION_REPORT) {
                String index = line.name().substring("fleet-".length());
                world.workflows().newWorkflowStub(LineProvisioningWorkflow.class, "fleet-1/line-" + index)
                        .constructionReported(report);
            }
        }
    }
}
