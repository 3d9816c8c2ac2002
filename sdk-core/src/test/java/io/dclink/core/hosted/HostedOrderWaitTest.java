package io.dclink.core.hosted;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.dclink.core.testplugin.MailingPartnerProvider;
import io.dclink.core.testplugin.PartnerProvider;
import io.dclink.error.WaitFailedException;
import io.dclink.error.WaitTimeoutException;
import io.dclink.event.StateChangeEvent;
import io.dclink.hosted.HostedOrder;
import io.dclink.hosted.HostedOrders;
import io.dclink.hosted.HostedState;
import io.dclink.lifecycle.RequiredAction;
import io.dclink.lifecycle.VirtualInterfaceState;
import io.dclink.core.testserver.MinutePerReadingClock;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Waiting for a hosted order: on the clients' waiters, with their clocks, taking the order's steps on the way. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class HostedOrderWaitTest {

    private static final Duration POLL = Duration.ofMillis(2);

    @TempDir
    Path dir;
    private HostedFixture f;

    @AfterEach
    void close() {
        if (f != null) {
            f.close();
        }
    }

    @Test
    void aWaitFollowsBothSidesToActiveWhileThePartnerAndTheLineOwnerAct() throws Exception {
        f = new HostedFixture(dir, PartnerProvider.ID);
        HostedOrder order = HostedOrders.start(f.partner, f.cloud, HostedFixture.request("w-1"));
        String partnerId = f.only(PartnerProvider.ID);

        CompletableFuture<HostedOrder> waiting = CompletableFuture.supplyAsync(
                () -> order.waitUntil(HostedState.ACTIVE, Duration.ofHours(1), POLL, POLL));
        f.world.partnerActive(partnerId, HostedFixture.HAND_OFF);
        until(() -> order.cloudSide().isPresent());
        String cloudId = order.cloudSide().orElseThrow().id();
        f.lineOwner.virtualInterfaces().accept(cloudId);
        until(() -> order.state() == HostedState.ACTIVATING);
        f.world.cloudActive(cloudId);

        assertThat(waiting.get(20, TimeUnit.SECONDS).state()).isEqualTo(HostedState.ACTIVE);
        assertThat(f.partnerEvents).extracting(StateChangeEvent::to).map(Object::toString)
                .containsExactly("PENDING", "ACTIVE");
        assertThat(f.cloudEvents).extracting(StateChangeEvent::resourceId).containsOnly(cloudId);
        assertThat(f.cloudEvents).extracting(StateChangeEvent::to).map(Object::toString)
                .containsExactly("PENDING_ACCEPTANCE", "PENDING", "ACTIVE");
    }

    @Test
    void aWaitForDeletionTearsDownInOrder() throws Exception {
        f = new HostedFixture(dir, PartnerProvider.ID);
        HostedOrder order = HostedOrders.start(f.partner, f.cloud, HostedFixture.request("w-2"));
        String partnerId = f.only(PartnerProvider.ID);
        f.world.partnerActive(partnerId, HostedFixture.HAND_OFF);
        String cloudId = order.refresh().cloudSide().orElseThrow().id();
        order.tearDown();

        CompletableFuture<HostedOrder> waiting = CompletableFuture.supplyAsync(
                () -> order.waitUntil(HostedState.DELETED, Duration.ofHours(1), POLL, POLL));
        f.world.gone(cloudId);
        until(() -> f.world.calls("partnerco.delete") == 1);
        f.world.gone(partnerId);

        assertThat(waiting.get(20, TimeUnit.SECONDS).state()).isEqualTo(HostedState.DELETED);
    }

    @Test
    void aWaitForAStateThatCannotFollowFailsAtOnce() {
        f = new HostedFixture(dir, PartnerProvider.ID);
        HostedOrder order = HostedOrders.start(f.partner, f.cloud, HostedFixture.request("w-3"));
        f.world.set(f.only(PartnerProvider.ID), VirtualInterfaceState.FAILED, "ERROR", RequiredAction.CONTACT_PROVIDER);

        WaitFailedException failed = catchThrowableOfType(WaitFailedException.class,
                () -> order.waitUntil(HostedState.ACTIVE, Duration.ofDays(1)));

        assertThat(failed).hasMessageContaining("FAILED").hasMessageContaining("cannot follow");
        assertThat(failed.checkpoint().resourceId()).isEqualTo(f.only(PartnerProvider.ID));
        assertThatThrownBy(() -> order.waitUntil(HostedState.DELETED, Duration.ofDays(1)))
                .as("deletion needs tearDown()").isInstanceOf(WaitFailedException.class);
        assertThat(order.waitUntil(HostedState.FAILED, Duration.ofDays(1)).state()).isEqualTo(HostedState.FAILED);
    }

    @Test
    void aWaitEndsAtItsDeadlineOnTheClientsClock() {
        f = new HostedFixture(dir, PartnerProvider.ID, new MinutePerReadingClock(Instant.parse("2030-01-01T00:00:00Z")));
        HostedOrder order = HostedOrders.start(f.partner, f.cloud, HostedFixture.request("w-4"));

        WaitTimeoutException timedOut = catchThrowableOfType(WaitTimeoutException.class,
                () -> order.waitUntil(HostedState.ACTIVE,
                Duration.ofMinutes(30), POLL, POLL));

        assertThat(timedOut).hasMessageContaining("PARTNER_PROVISIONING").hasMessageContaining("checkpoint()");
        assertThat(order.state()).isEqualTo(HostedState.PARTNER_PROVISIONING);
    }

    @Test
    void aWaitingOrderTakesAHandOffGivenFromAnotherThread() throws Exception {
        f = new HostedFixture(dir, MailingPartnerProvider.ID);
        HostedOrder order = HostedOrders.start(f.partner, f.cloud, HostedFixture.request("w-5"));
        f.world.partnerActive(f.only(MailingPartnerProvider.ID), null);

        CompletableFuture<HostedOrder> waiting = CompletableFuture.supplyAsync(
                () -> order.waitUntil(HostedState.AWAITING_ACCEPTANCE, Duration.ofHours(1), POLL, POLL));
        until(() -> order.state() == HostedState.AWAITING_HAND_OFF);
        order.provideHandOff(HostedFixture.HAND_OFF);

        assertThat(waiting.get(20, TimeUnit.SECONDS).state()).isEqualTo(HostedState.AWAITING_ACCEPTANCE);
    }

    /** Waits (on the test's side) until what the waiting order last read satisfies a condition. */
    private static void until(BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 10_000 && !condition.getAsBoolean(); i++) {
            Thread.sleep(1);
        }
        assertThat(condition.getAsBoolean()).isTrue();
    }
}
