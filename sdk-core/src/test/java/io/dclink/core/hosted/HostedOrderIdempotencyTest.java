package io.dclink.core.hosted;

import static org.assertj.core.api.Assertions.assertThat;

import io.dclink.core.testplugin.PartnerProvider;
import io.dclink.hosted.HostedOrder;
import io.dclink.hosted.HostedOrders;
import io.dclink.hosted.HostedState;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starting the same order again, or from a fresh process, orders neither side twice. */
class HostedOrderIdempotencyTest {

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
    void startingTheSameOrderThreeTimesOrdersThePartnerSideOnce() {
        f = new HostedFixture(dir, PartnerProvider.ID);

        HostedOrder first = HostedOrders.start(f.partner, f.cloud, HostedFixture.request("same"));
        HostedOrder second = HostedOrders.start(f.partner, f.cloud, HostedFixture.request("same"));
        HostedOrder third = HostedOrders.start(f.partner(PartnerProvider.ID), f.cloud("100000000001"),
                HostedFixture.request("same"));

        assertThat(f.world.calls("partnerco.create")).isEqualTo(1);
        assertThat(second.partnerSide()).isEqualTo(first.partnerSide());
        assertThat(third.partnerSide().orElseThrow().id()).isEqualTo(first.partnerSide().orElseThrow().id());
        assertThat(first.partnerSide().orElseThrow().tags()).containsEntry("key", "same-partner");
    }

    @Test
    void anOrderStartedAgainAfterItsCloudSideWasOrderedFindsBothSides() {
        f = new HostedFixture(dir, PartnerProvider.ID);
        HostedOrder first = HostedOrders.start(f.partner, f.cloud, HostedFixture.request("again"));
        f.world.partnerActive(f.only(PartnerProvider.ID), HostedFixture.HAND_OFF);
        String cloudId = first.refresh().cloudSide().orElseThrow().id();

        HostedOrder restarted = HostedOrders.start(f.partner(PartnerProvider.ID), f.cloud("100000000001"),
                HostedFixture.request("again"));

        assertThat(restarted.state()).isEqualTo(HostedState.AWAITING_ACCEPTANCE);
        assertThat(restarted.cloudSide().orElseThrow().id()).isEqualTo(cloudId);
        assertThat(f.world.calls("partnerco.create")).isEqualTo(1);
        assertThat(f.world.calls("cloudco.create")).isEqualTo(1);
    }

    @Test
    void anOrderWithoutAKeyGetsOneAndTwoSuchOrdersAreTwoOrders() {
        f = new HostedFixture(dir, PartnerProvider.ID);

        HostedOrder one = HostedOrders.start(f.partner, f.cloud, HostedFixture.request(null));
        HostedOrder two = HostedOrders.start(f.partner, f.cloud, HostedFixture.request(null));

        assertThat(one.idempotencyKey()).startsWith("hosted-").isNotEqualTo(two.idempotencyKey());
        assertThat(f.world.calls("partnerco.create")).isEqualTo(2);
    }
}
