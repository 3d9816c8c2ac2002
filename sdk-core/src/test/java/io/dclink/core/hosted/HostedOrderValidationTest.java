package io.dclink.core.hosted;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.dclink.core.testplugin.HostedWorld;
import io.dclink.core.testplugin.MailingPartnerProvider;
import io.dclink.core.testplugin.PartnerProvider;
import io.dclink.error.InvalidStateException;
import io.dclink.error.Problem;
import io.dclink.error.ValidationException;
import io.dclink.hosted.HandOff;
import io.dclink.hosted.HostedOrder;
import io.dclink.hosted.HostedOrderRequest;
import io.dclink.hosted.HostedOrders;
import io.dclink.hosted.HostedState;
import io.dclink.lifecycle.RequiredAction;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input to a hosted order is refused, naming every problem, before anything is ordered. */
class HostedOrderValidationTest {

    @TempDir
    Path dir;
    private HostedFixture f;

    @AfterEach
    void close() {
        if (f != null) {
            f.close();
        }
    }

    private static List<String> fields(ValidationException e) {
        return e.problems().stream().map(Problem::field).toList();
    }

    @Test
    void startNamesEveryProblemOfBothSidesAndOrdersNothing() {
        f = new HostedFixture(dir, PartnerProvider.ID);
        HostedOrderRequest bad = new HostedOrderRequest(
                HostedFixture.partnerSide().toBuilder().bandwidthMbps(null).idempotencyKey("mine").build(),
                HostedFixture.cloudSide().toBuilder().gatewayId(null).vlan(5).connectionId("ln-0001").build(),
                "k".repeat(57));

        ValidationException refused = catchThrowableOfType(ValidationException.class,
                () -> HostedOrders.start(f.partner, f.cloud, bad));

        assertThat(fields(refused)).containsExactlyInAnyOrder("idempotencyKey", "partnerSide.idempotencyKey",
                "cloudSide.vlan", "cloudSide.connectionId", "partnerSide.bandwidthMbps", "cloudSide.gatewayId");
        assertThat(refused.getMessage()).contains("nothing was sent");
        assertThat(f.world.calls("partnerco.find")).isZero();
        assertThat(f.world.calls("partnerco.create")).isZero();
    }

    @Test
    void aHandOffTheCloudRefusesIsRefusedNamingEveryValueAndNothingIsSent() {
        f = new HostedFixture(dir, MailingPartnerProvider.ID);
        HostedOrder order = HostedOrders.start(f.partner, f.cloud, HostedFixture.request("v-1"));
        f.world.partnerActive(f.only(MailingPartnerProvider.ID), null);
        order.refresh();

        ValidationException refused = catchThrowableOfType(ValidationException.class,
                () -> order.provideHandOff(
                new HandOff(HostedWorld.PARTNER_ACCOUNT, "line-9", 3500)));

        assertThat(fields(refused)).containsExactlyInAnyOrder(HandOff.SHARED_CONNECTION_ID, HandOff.VLAN);
        assertThat(refused.problems()).extracting(Problem::message).anyMatch(m -> m.contains("1 to 3000"));
        assertThat(f.world.calls("cloudco.find")).isZero();
        assertThat(f.world.calls("cloudco.create")).isZero();
        assertThat(order.state()).isEqualTo(HostedState.AWAITING_HAND_OFF);
        assertThat(order.handOff()).isEmpty();
    }

    @Test
    void aHandOffNoCloudTakesIsRefusedWhenItIsMade() {
        ValidationException refused = catchThrowableOfType(ValidationException.class,
                () -> new HandOff(" ", "dc-1 2", 4095));

        assertThat(fields(refused)).containsExactly(HandOff.PROVIDER_ACCOUNT, HandOff.SHARED_CONNECTION_ID, HandOff.VLAN);
        assertThatThrownBy(() -> new HandOff(null, "dc-1", 1)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aHandOffThePartnerShowsButTheCloudRefusesIsNotTakenAndTheCustomerIsAsked() {
        f = new HostedFixture(dir, PartnerProvider.ID);
        HostedOrder order = HostedOrders.start(f.partner, f.cloud, HostedFixture.request("v-2"));

        f.world.partnerActive(f.only(PartnerProvider.ID), new HandOff(HostedWorld.PARTNER_ACCOUNT, "line-9", 2345));
        order.refresh();

        assertThat(order.state()).isEqualTo(HostedState.AWAITING_HAND_OFF);
        assertThat(order.requiredAction()).isEqualTo(RequiredAction.PROVIDE_HAND_OFF);
        assertThat(order.status().detail()).contains("Cloud Co refuses", HandOff.SHARED_CONNECTION_ID);
        assertThat(f.world.calls("cloudco.create")).isZero();

        order.provideHandOff(HostedFixture.HAND_OFF);
        assertThat(order.state()).isEqualTo(HostedState.AWAITING_ACCEPTANCE);
    }

    @Test
    void aSecondHandOffAfterTheCloudSideIsOrderedIsRefused() {
        f = new HostedFixture(dir, PartnerProvider.ID);
        HostedOrder order = HostedOrders.start(f.partner, f.cloud, HostedFixture.request("v-3"));
        f.world.partnerActive(f.only(PartnerProvider.ID), HostedFixture.HAND_OFF);
        order.refresh();

        assertThatThrownBy(() -> order.provideHandOff(new HandOff(HostedWorld.PARTNER_ACCOUNT, "ln-0001", 99)))
                .isInstanceOf(InvalidStateException.class).hasMessageContaining("already ordered");
        assertThat(order.provideHandOff(HostedFixture.HAND_OFF).handOff()).contains(HostedFixture.HAND_OFF);
        assertThat(f.world.calls("cloudco.create")).isEqualTo(1);
    }
}
