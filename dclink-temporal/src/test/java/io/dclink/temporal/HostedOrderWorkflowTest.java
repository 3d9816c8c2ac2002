package io.dclink.temporal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dclink.error.ResourceNotFoundException;
import io.dclink.hosted.HandOff;
import io.dclink.hosted.HostedParty;
import io.dclink.hosted.HostedState;
import io.dclink.lifecycle.RequiredAction;
import io.dclink.testkit.consoleconnect.ConsoleConnectEmulator;
import io.dclink.testkit.consoleconnect.TencentLanding;
import io.dclink.testkit.tencent.TencentEmulator;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowStub;
import io.temporal.failure.CanceledFailure;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A Console Connect Layer 2 connection landing on Tencent as one workflow, its hand-off given as a signal. */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class HostedOrderWorkflowTest {

    private TemporalWorld world;

    @AfterEach
    void close() {
        world.close();
    }

    private HostedView until(HostedOrderWorkflow workflow, Predicate<HostedView> condition) {
        for (int hours = 0; hours < 24 * 30; hours++) {
            HostedView view = workflow.status();
            if (view != null && condition.test(view)) {
                return view;
            }
            world.env.sleep(Duration.ofHours(1));
        }
        throw new AssertionError("the hosted order never got there: " + workflow.status());
    }

    @Test
    void aHostedOrderWhoseHandOffComesByMailIsActiveOnBothSidesAndTornDownWhenCancelled() throws Exception {
        world = new TemporalWorld(true, "consoleconnect", "tencent");
        ConsoleConnectEmulator consoleConnect = (ConsoleConnectEmulator) world.emulators.get(0);
        TencentEmulator tencent = (TencentEmulator) world.emulators.get(1);
        TencentLanding landing = new TencentLanding(consoleConnect, tencent, world.clients.get("tencent"));
        HostedOrderWorkflow workflow = world.newWorkflow(HostedOrderWorkflow.class, "hosted-1");
        WorkflowClient.start(workflow::provision, HostedLineOrder.of("consoleconnect", "tencent", landing.request("wf-1")));

        HostedView provisioning = until(workflow, view -> view.partnerSideId() != null);
        assertThat(provisioning.state()).isEqualTo(HostedState.PARTNER_PROVISIONING);
        assertThat(provisioning.actor()).isEqualTo(HostedParty.PARTNER);
        io.dclink.testkit.consoleconnect.HandOff mailed = landing.supportCompletes(provisioning.partnerSideId(), 2347);

        HostedView awaiting = until(workflow, view -> view.state() == HostedState.AWAITING_HAND_OFF);
        assertThat(awaiting.requiredAction()).isEqualTo(RequiredAction.PROVIDE_HAND_OFF);
        assertThat(awaiting.actor()).isEqualTo(HostedParty.CUSTOMER);
        workflow.handOff(new HandOff(mailed.providerAccountId(), "line-42", mailed.vlanId()));
        HostedView refused = until(workflow, view -> view.handOffRefused() != null);
        assertThat(refused.state()).isEqualTo(HostedState.AWAITING_HAND_OFF);
        assertThat(refused.handOffRefused()).contains("sharedConnectionId");
        assertThat(tencent.requests().count("CreateDirectConnectTunnel")).isZero();
        workflow.handOff(new HandOff(mailed.providerAccountId(), mailed.sharedConnectionId(), mailed.vlanId()));

        HostedView accepting = until(workflow, view -> view.state() == HostedState.AWAITING_ACCEPTANCE);
        assertThat(accepting.actor()).isEqualTo(HostedParty.PARTNER);
        landing.lineOwnerAccepts(accepting.cloudSideId());

        HostedView active = WorkflowStub.fromTyped(workflow).getResult(60, TimeUnit.SECONDS, HostedView.class);
        assertThat(active.state()).isEqualTo(HostedState.ACTIVE);
        assertThat(active.requiredAction()).isEqualTo(RequiredAction.NONE);
        assertThat(tencent.requests().of("CreateDirectConnectTunnel")).singleElement()
                .satisfies(sent -> assertThat(sent.request().bodyText()).as("the worker's BGP key was sent")
                        .contains("AuthKey"));
        assertThat(consoleConnect.requests().count("createLayer2Connection")).isEqualTo(1);
    }

    @Test
    void cancellingTearsTheCloudSideDownFirst() {
        world = new TemporalWorld(true, "consoleconnect", "tencent");
        ConsoleConnectEmulator consoleConnect = (ConsoleConnectEmulator) world.emulators.get(0);
        TencentEmulator tencent = (TencentEmulator) world.emulators.get(1);
        consoleConnect.exposeHandOff(true);
        TencentLanding landing = new TencentLanding(consoleConnect, tencent, world.clients.get("tencent"));
        HostedOrderWorkflow workflow = world.newWorkflow(HostedOrderWorkflow.class, "hosted-2");
        WorkflowClient.start(workflow::provision, HostedLineOrder.of("consoleconnect", "tencent", landing.request("wf-2")));
        HostedView provisioning = until(workflow, view -> view.partnerSideId() != null);
        landing.supportCompletes(provisioning.partnerSideId(), 2348);
        HostedView accepting = until(workflow, view -> view.state() == HostedState.AWAITING_ACCEPTANCE);

        WorkflowStub stub = WorkflowStub.fromTyped(workflow);
        stub.cancel();

        assertThatThrownBy(() -> stub.getResult(60, TimeUnit.SECONDS, HostedView.class))
                .isInstanceOf(WorkflowFailedException.class).hasCauseInstanceOf(CanceledFailure.class);
        assertThat(workflow.status().state()).isEqualTo(HostedState.DELETED);
        assertThatThrownBy(() -> world.clients.get("tencent").virtualInterfaces().get(accepting.cloudSideId()))
                .isInstanceOf(ResourceNotFoundException.class);
    }
}
