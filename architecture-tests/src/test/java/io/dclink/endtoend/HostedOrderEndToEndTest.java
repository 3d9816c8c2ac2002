package io.dclink.endtoend;

import static io.dclink.endtoend.ConsoleConnectToTencent.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.dclink.error.Problem;
import io.dclink.error.ValidationException;
import io.dclink.event.StateChangeEvent;
import io.dclink.hosted.HandOff;
import io.dclink.hosted.HostedOrder;
import io.dclink.hosted.HostedOrderRequest;
import io.dclink.hosted.HostedOrders;
import io.dclink.hosted.HostedParty;
import io.dclink.hosted.HostedState;
import io.dclink.lifecycle.RequiredAction;
import io.dclink.lifecycle.ResourceType;
import io.dclink.lifecycle.TransitionKind;
import io.dclink.model.BgpPeering;
import io.dclink.model.VirtualInterface;
import io.dclink.testkit.consoleconnect.TencentLanding;
import io.dclink.testkit.junit.EmulatedPair;
import io.dclink.testkit.junit.EmulatorPair;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A Console Connect Layer 2 connection landing on Tencent Cloud as one hosted order, from nothing to
 * both sides active and back to nothing, through the public API only: Console Connect's emulated
 * support provisions by hand and hands over the provider's account, the shared line and the VLAN;
 * Console Connect's account at Tencent, which owns the shared line, accepts the tunnel.
 */
@EmulatedPair(partner = "consoleconnect", cloud = "tencent")
@Timeout(60)
class HostedOrderEndToEndTest {

    private static final Duration LONG = Duration.ofDays(1);

    @Test
    void withTheHandOffReadFromConsoleConnect(EmulatorPair pair) {
        ConsoleConnectToTencent world = new ConsoleConnectToTencent(pair);
        world.consoleConnect.exposeHandOff(true);

        assertThat(world.consoleConnect.operator().count(ResourceType.VIRTUAL_INTERFACE)).as("from nothing").isZero();
        assertThat(world.tencent.operator().count(ResourceType.VIRTUAL_INTERFACE)).as("from nothing").isZero();
        HostedOrder order = HostedOrders.start(pair.partner(), pair.cloud(), world.landing.request("read-1"));
        step(order, HostedState.PARTNER_PROVISIONING, RequiredAction.WAIT_FOR_PROVIDER, HostedParty.PARTNER);
        String layer2 = order.partnerSide().orElseThrow().id();
        step(order.refresh(), HostedState.PARTNER_PROVISIONING, RequiredAction.WAIT_FOR_PROVIDER, HostedParty.PARTNER);
        assertThat(order.status().detail()).contains("MANUAL");
        pair.advanceClocks(Duration.ofDays(10));
        step(order.refresh(), HostedState.PARTNER_PROVISIONING, RequiredAction.WAIT_FOR_PROVIDER, HostedParty.PARTNER);
        assertThat(order.handOff()).isEmpty();

        world.landing.supportCompletes(layer2, 2345);
        step(order.refresh(), HostedState.PARTNER_PROVISIONING, RequiredAction.WAIT_FOR_PROVIDER, HostedParty.PARTNER);
        assertThat(order.status().detail()).contains("ACTIVATING");
        assertThat(order.handOff()).as("read from the connection's attributes")
                .contains(new HandOff(TencentLanding.CONSOLE_CONNECTS_ACCOUNT, world.landing.sharedLine(), 2345));
        assertThat(order.cloudSide()).as("not before the partner side is active").isEmpty();

        pair.advanceClocks(Duration.ofMinutes(2));
        step(order.refresh(), HostedState.AWAITING_ACCEPTANCE, RequiredAction.WAIT_FOR_PARTNER, HostedParty.PARTNER);
        VirtualInterface tunnel = order.cloudSide().orElseThrow();
        assertThat(tunnel.providerState().value()).isEqualTo("COMFIRMING");
        assertThat(tunnel.connectionId()).isEqualTo(world.landing.sharedLine());
        assertThat(tunnel.vlan()).isEqualTo(2345);

        walkTheCloudSideToActiveAndTearDown(pair, world, order, tunnel.id(), pair.cloudEvents());
        assertThat(pair.partnerEvents()).extracting(StateChangeEvent::resourceId).containsOnly(layer2);
        assertThat(pair.partnerEvents()).extracting(e -> e.to().name())
                .containsSubsequence("PENDING", "ACTIVE", "DELETING", "DELETED");
    }

    @Test
    void withTheHandOffGivenByTheCustomerAfterARestart(EmulatorPair pair) {
        ConsoleConnectToTencent world = new ConsoleConnectToTencent(pair);

        assertThat(world.consoleConnect.operator().count(ResourceType.VIRTUAL_INTERFACE)).as("from nothing").isZero();
        assertThat(world.tencent.operator().count(ResourceType.VIRTUAL_INTERFACE)).as("from nothing").isZero();
        HostedOrder started = HostedOrders.start(pair.partner(), pair.cloud(), world.landing.request("mail-1"));
        step(started, HostedState.PARTNER_PROVISIONING, RequiredAction.WAIT_FOR_PROVIDER, HostedParty.PARTNER);
        String layer2 = started.partnerSide().orElseThrow().id();
        String stored = started.refresh().checkpoint();

        List<StateChangeEvent> partnerEvents = new CopyOnWriteArrayList<>();
        List<StateChangeEvent> cloudEvents = new CopyOnWriteArrayList<>();
        HostedOrder order = HostedOrders.resume(world.restartedPartner(partnerEvents), world.restartedCloud(cloudEvents),
                stored);
        step(order, HostedState.PARTNER_PROVISIONING, RequiredAction.WAIT_FOR_PROVIDER, HostedParty.PARTNER);
        assertThat(order.idempotencyKey()).isEqualTo("mail-1");

        world.landing.supportCompletes(layer2, 2346);
        pair.advanceClocks(Duration.ofMinutes(2));
        step(order.waitUntil(HostedState.AWAITING_HAND_OFF, LONG), HostedState.AWAITING_HAND_OFF,
                RequiredAction.PROVIDE_HAND_OFF, HostedParty.CUSTOMER);
        assertThat(order.status().detail()).contains("the provider's account, the shared connection and the VLAN");
        stored = order.checkpoint();

        order = HostedOrders.resume(world.restartedPartner(partnerEvents), world.restartedCloud(cloudEvents), stored);
        step(order, HostedState.AWAITING_HAND_OFF, RequiredAction.PROVIDE_HAND_OFF, HostedParty.CUSTOMER);
        HostedOrder resumed = order;
        ValidationException refused = catchThrowableOfType(ValidationException.class, () -> resumed.provideHandOff(
                new HandOff(TencentLanding.CONSOLE_CONNECTS_ACCOUNT, "line-42", 3500)));
        assertThat(refused.problems()).extracting(Problem::field)
                .containsExactlyInAnyOrder(HandOff.SHARED_CONNECTION_ID, HandOff.VLAN);
        assertThat(world.tencent.requests().count("CreateDirectConnectTunnel")).as("nothing was sent").isZero();

        io.dclink.testkit.consoleconnect.HandOff mailed = world.consoleConnect.handOff(layer2).orElseThrow();
        order.provideHandOff(new HandOff(mailed.providerAccountId(), mailed.sharedConnectionId(), mailed.vlanId()));
        step(order, HostedState.AWAITING_ACCEPTANCE, RequiredAction.WAIT_FOR_PARTNER, HostedParty.PARTNER);

        walkTheCloudSideToActiveAndTearDown(pair, world, order, order.cloudSide().orElseThrow().id(), cloudEvents);
        assertThat(world.consoleConnect.requests().count("createLayer2Connection")).isEqualTo(1);
        assertThat(partnerEvents).extracting(StateChangeEvent::kind).as("resumed from the stored timeline")
                .doesNotContain(TransitionKind.FIRST_OBSERVATION);
        assertThat(partnerEvents).extracting(e -> e.to().name()).containsSubsequence("ACTIVE", "DELETING", "DELETED");
    }

    @Test
    void badInputOfEitherSideIsRefusedBeforeAnythingIsOrdered(EmulatorPair pair) {
        ConsoleConnectToTencent world = new ConsoleConnectToTencent(pair);
        HostedOrderRequest good = world.landing.request("bad-1");
        HostedOrderRequest bad = new HostedOrderRequest(good.partnerSide().toBuilder().bandwidthMbps(200_000).build(),
                good.cloudSide().toBuilder().bgp(BgpPeering.customer(23_456, null)).vlan(2345).build(), "bad-1");

        ValidationException refused = catchThrowableOfType(ValidationException.class,
                () -> HostedOrders.start(pair.partner(), pair.cloud(), bad));

        assertThat(refused.problems()).extracting(Problem::field).containsExactlyInAnyOrder(
                "partnerSide.bandwidthMbps", "cloudSide.bgp.customerAsn", "cloudSide.vlan");
        assertThat(world.consoleConnect.requests().count("createLayer2Connection")).isZero();
        assertThat(world.consoleConnect.operator().count(ResourceType.VIRTUAL_INTERFACE)).isZero();
        assertThat(world.tencent.operator().count(ResourceType.VIRTUAL_INTERFACE)).isZero();
    }

    /** From the tunnel waiting for the line owner to both sides active, then back to nothing. */
    private static void walkTheCloudSideToActiveAndTearDown(EmulatorPair pair, ConsoleConnectToTencent world,
            HostedOrder order, String tunnel, List<StateChangeEvent> cloudEvents) {
        world.landing.lineOwnerAccepts(tunnel);
        step(order.refresh(), HostedState.ACTIVATING, RequiredAction.WAIT_FOR_PROVIDER, HostedParty.CLOUD);
        pair.advanceClocks(Duration.ofMinutes(5));
        step(order.refresh(), HostedState.ACTIVATING, RequiredAction.CONFIGURE_ROUTER, HostedParty.CUSTOMER);
        world.tencent.operator().linkUp(ResourceType.VIRTUAL_INTERFACE, tunnel);
        step(order.waitUntil(HostedState.ACTIVE, LONG), HostedState.ACTIVE, RequiredAction.NONE, HostedParty.NOBODY);
        assertThat(world.tencent.requests().count("CreateDirectConnectTunnel")).isEqualTo(1);

        step(order.tearDown(), HostedState.TEARING_DOWN, RequiredAction.WAIT_FOR_PROVIDER, HostedParty.CLOUD);
        assertThat(world.consoleConnect.requests().count("deleteConnection")).as("the tunnel goes first").isZero();
        pair.advanceClocks(Duration.ofMinutes(1));
        step(order.refresh(), HostedState.TEARING_DOWN, RequiredAction.WAIT_FOR_PROVIDER, HostedParty.PARTNER);
        assertThat(order.cloudSide()).isEmpty();
        pair.advanceClocks(Duration.ofMinutes(1));
        step(order.waitUntil(HostedState.DELETED, LONG), HostedState.DELETED, RequiredAction.NONE, HostedParty.NOBODY);
        assertThat(world.consoleConnect.requests().count("deleteConnection")).isEqualTo(1);
        assertThat(world.tencent.requests().count("DeleteDirectConnectTunnel")).isEqualTo(1);
        assertThat(world.consoleConnect.operator().count(ResourceType.VIRTUAL_INTERFACE)).as("back to nothing").isZero();
        assertThat(world.tencent.operator().count(ResourceType.VIRTUAL_INTERFACE)).as("back to nothing").isZero();
        assertThat(cloudEvents).extracting(StateChangeEvent::resourceId).containsOnly(tunnel);
        assertThat(cloudEvents).extracting(e -> e.to().name())
                .containsSubsequence("PENDING_ACCEPTANCE", "PENDING", "ACTIVE", "DELETING", "DELETED");
    }
}
