package io.dclink.core.hosted;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.dclink.DirectConnect;
import io.dclink.auth.Secret;
import io.dclink.core.testplugin.MailingPartnerProvider;
import io.dclink.core.testplugin.PartnerProvider;
import io.dclink.error.Problem;
import io.dclink.error.ValidationException;
import io.dclink.event.StateChangeEvent;
import io.dclink.hosted.HostedOrder;
import io.dclink.hosted.HostedOrderRequest;
import io.dclink.hosted.HostedOrders;
import io.dclink.hosted.HostedParty;
import io.dclink.hosted.HostedState;
import io.dclink.lifecycle.RequiredAction;
import io.dclink.lifecycle.TransitionKind;
import io.dclink.model.BgpPeering;
import io.dclink.model.RoutingType;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A hosted order resumes from its checkpoint after a restart; a damaged checkpoint is refused. */
class HostedOrderCheckpointTest {

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
    void anOrderResumedAfterARestartGoesOnWhereItStoodAndOrdersNothingTwice() {
        f = new HostedFixture(dir, MailingPartnerProvider.ID);
        HostedOrder before = HostedOrders.start(f.partner, f.cloud, HostedFixture.request("resumed-1"));
        f.world.partnerActive(f.only(MailingPartnerProvider.ID), null);
        before.waitUntil(HostedState.AWAITING_HAND_OFF, java.time.Duration.ofMinutes(1));
        String stored = before.checkpoint();

        DirectConnect partner = f.partner(MailingPartnerProvider.ID);
        DirectConnect cloud = f.cloud("100000000001");
        HostedOrder after = HostedOrders.resume(partner, cloud, stored);

        assertThat(after.idempotencyKey()).isEqualTo("resumed-1");
        assertThat(after.state()).isEqualTo(HostedState.AWAITING_HAND_OFF);
        assertThat(after.requiredAction()).isEqualTo(RequiredAction.PROVIDE_HAND_OFF);
        after.provideHandOff(HostedFixture.HAND_OFF);
        assertThat(after.state()).isEqualTo(HostedState.AWAITING_ACCEPTANCE);

        HostedOrder again = HostedOrders.resume(f.partner(MailingPartnerProvider.ID), f.cloud("100000000001"),
                after.checkpoint());
        assertThat(again.state()).isEqualTo(HostedState.AWAITING_ACCEPTANCE);
        assertThat(again.handOff()).contains(HostedFixture.HAND_OFF);
        assertThat(again.cloudSide()).isEqualTo(after.cloudSide());
        assertThat(f.world.calls("partnermail.create")).isEqualTo(1);
        assertThat(f.world.calls("cloudco.create")).isEqualTo(1);
        assertThat(f.partnerEvents.stream().filter(e -> e.kind() == TransitionKind.FIRST_OBSERVATION))
                .as("a resumed order goes on with the stored timeline").hasSize(1);
    }

    @Test
    void aResumedOrderTearsDownWhatTheCheckpointKnows() {
        f = new HostedFixture(dir, PartnerProvider.ID);
        HostedOrder before = HostedOrders.start(f.partner, f.cloud, HostedFixture.request("resumed-2"));
        f.world.partnerActive(f.only(PartnerProvider.ID), HostedFixture.HAND_OFF);
        String cloudId = before.refresh().cloudSide().orElseThrow().id();
        before.tearDown();

        HostedOrder after = HostedOrders.resume(f.partner(PartnerProvider.ID), f.cloud("100000000001"), before.checkpoint());
        assertThat(after.state()).isEqualTo(HostedState.TEARING_DOWN);
        assertThat(after.actor()).isEqualTo(HostedParty.CLOUD);
        f.world.gone(cloudId);
        assertThat(after.refresh().actor()).isEqualTo(HostedParty.PARTNER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "garbage", "dclink-hosted-order/2\nkey=x\n", "dclink-hosted-order/1\nkey=x\n",
        "dclink-hosted-order/1\nno equals sign\n"})
    void aDamagedCheckpointIsRefused(String text) {
        f = new HostedFixture(dir, PartnerProvider.ID);

        ValidationException refused = catchThrowableOfType(ValidationException.class,
                () -> HostedOrders.resume(f.partner, f.cloud, text));

        assertThat(refused.problems()).extracting(Problem::field).containsExactly("checkpoint");
    }

    @Test
    void aCheckpointWithAnyLineChangedOrLostIsRefusedOrReadAsWritten() {
        f = new HostedFixture(dir, PartnerProvider.ID);
        String stored = HostedOrders.start(f.partner, f.cloud, HostedFixture.request("resumed-3")).checkpoint();
        List<String> lines = List.of(stored.split("\n"));

        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("cloudSide.") || line.startsWith("key=")) {
                continue; // optional or free fields: a change is read as written
            }
            List<String> without = new java.util.ArrayList<>(lines);
            without.remove(i);
            String truncated = String.join("\n", without);
            String mangled = stored.replace(line, line.substring(0, line.indexOf('=') + 1) + "%ZZ" + "\u0000");
            for (String damaged : List.of(truncated, mangled)) {
                ValidationException refused = catchThrowableOfType(ValidationException.class,
                () -> HostedOrders.resume(f.partner, f.cloud, damaged));
                assertThat(refused).as("without or with a damaged %s", line).isNotNull();
            }
        }
    }

    @Test
    void aCheckpointIsResumedOnlyWithClientsOfItsProviders() {
        f = new HostedFixture(dir, PartnerProvider.ID);
        String stored = HostedOrders.start(f.partner, f.cloud, HostedFixture.request("resumed-4")).checkpoint();

        ValidationException refused = catchThrowableOfType(ValidationException.class,
                () -> HostedOrders.resume(f.cloud, f.partner, stored));

        assertThat(refused.problems()).extracting(Problem::field).containsExactly("partner", "cloud");
    }

    @Test
    void theCloudSidesBgpKeyIsNeverWrittenAndIsAskedForOnResume() {
        f = new HostedFixture(dir, MailingPartnerProvider.ID);
        HostedOrderRequest keyed = new HostedOrderRequest(HostedFixture.partnerSide(), HostedFixture.cloudSide().toBuilder()
                .routing(RoutingType.BGP).staticPrefixes(List.of()).bgp(BgpPeering.customer(65_010L, "s3cr3t-Bgp-Key"))
                .tags(Map.of("team", "net ops")).providerOptions(Map.of()).build(), "resumed-5");
        String stored = HostedOrders.start(f.partner, f.cloud, keyed).checkpoint();
        f.world.partnerActive(f.only(MailingPartnerProvider.ID), null);

        assertThat(stored).doesNotContain("s3cr3t").contains("withheld");
        ValidationException refused = catchThrowableOfType(ValidationException.class,
                () -> HostedOrders.resume(f.partner, f.cloud, stored));
        assertThat(refused.problems()).extracting(Problem::field).containsExactly("bgpAuthKey");

        HostedOrder resumed = HostedOrders.resume(f.partner, f.cloud, stored, Secret.of("s3cr3t-Bgp-Key"));
        resumed.provideHandOff(HostedFixture.HAND_OFF);
        assertThat(resumed.state()).isEqualTo(HostedState.AWAITING_ACCEPTANCE);
        assertThat(resumed.checkpoint()).doesNotContain("s3cr3t");
        assertThat(HostedOrders.resume(f.partner, f.cloud, resumed.checkpoint()).state())
                .as("once the cloud side exists its key is not needed").isEqualTo(HostedState.AWAITING_ACCEPTANCE);
    }

    @Test
    void theEventsOfBothSidesReachTheClientsListenersOnceEach() {
        f = new HostedFixture(dir, PartnerProvider.ID);
        HostedOrder order = HostedOrders.start(f.partner, f.cloud, HostedFixture.request("resumed-6"));
        order.refresh();
        f.world.partnerActive(f.only(PartnerProvider.ID), HostedFixture.HAND_OFF);
        String cloudId = order.refresh().refresh().cloudSide().orElseThrow().id();
        f.lineOwner.virtualInterfaces().accept(cloudId);
        f.world.cloudActive(cloudId);
        order.refresh().refresh();

        assertThat(f.partnerEvents).extracting(StateChangeEvent::to).map(Object::toString)
                .containsExactly("PENDING", "ACTIVE");
        assertThat(f.cloudEvents).extracting(StateChangeEvent::to).map(Object::toString)
                .containsExactly("PENDING_ACCEPTANCE", "ACTIVE");
        assertThat(f.cloudEvents.get(1).kind()).isEqualTo(TransitionKind.EXPECTED);
    }
}
