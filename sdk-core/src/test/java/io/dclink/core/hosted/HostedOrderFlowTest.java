package io.dclink.core.hosted;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dclink.core.testplugin.CloudProvider;
import io.dclink.core.testplugin.HostedWorld;
import io.dclink.core.testplugin.MailingPartnerProvider;
import io.dclink.core.testplugin.PartnerProvider;
import io.dclink.error.ResourceNotFoundException;
import io.dclink.hosted.HandOff;
import io.dclink.hosted.HostedOrder;
import io.dclink.hosted.HostedOrders;
import io.dclink.hosted.HostedParty;
import io.dclink.hosted.HostedState;
import io.dclink.lifecycle.RequiredAction;
import io.dclink.lifecycle.VirtualInterfaceState;
import io.dclink.model.VirtualInterface;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A hosted order through every combined state and action, on the in-memory partner and cloud. */
class HostedOrderFlowTest {

    @TempDir
    Path dir;
    private HostedFixture f;

    @AfterEach
    void close() {
        if (f != null) {
            f.close();
        }
    }

    private static void step(HostedOrder order, HostedState state, RequiredAction action, HostedParty actor) {
        assertThat(order.state()).as(order.status().toString()).isEqualTo(state);
        assertThat(order.requiredAction()).as(order.status().toString()).isEqualTo(action);
        assertThat(order.actor()).as(order.status().toString()).isEqualTo(actor);
    }

    @Test
    void fromNothingToBothSidesActiveAndBackWithTheHandOffReadFromThePartner() {
        f = new HostedFixture(dir, PartnerProvider.ID);

        HostedOrder order = HostedOrders.start(f.partner, f.cloud, HostedFixture.request("order-1"));
        step(order, HostedState.PARTNER_PROVISIONING, RequiredAction.WAIT_FOR_PROVIDER, HostedParty.PARTNER);
        String partnerId = f.only(PartnerProvider.ID);
        assertThat(order.partnerSide()).map(VirtualInterface::id).contains(partnerId);
        assertThat(order.cloudSide()).isEmpty();
        assertThat(order.handOff()).isEmpty();

        f.world.set(partnerId, VirtualInterfaceState.PENDING, "MANUAL", RequiredAction.WAIT_FOR_PROVIDER);
        step(order.refresh(), HostedState.PARTNER_PROVISIONING, RequiredAction.WAIT_FOR_PROVIDER, HostedParty.PARTNER);
        assertThat(order.status().detail()).contains("Partner Exchange", "MANUAL");

        f.world.partnerActive(partnerId, HostedFixture.HAND_OFF);
        step(order.refresh(), HostedState.AWAITING_ACCEPTANCE, RequiredAction.WAIT_FOR_PARTNER, HostedParty.PARTNER);
        assertThat(order.handOff()).contains(HostedFixture.HAND_OFF);
        VirtualInterface cloudSide = order.cloudSide().orElseThrow();
        assertThat(cloudSide.ownerAccount()).isEqualTo(HostedWorld.PARTNER_ACCOUNT);
        assertThat(cloudSide.connectionId()).isEqualTo(HostedWorld.SHARED_LINE);
        assertThat(cloudSide.vlan()).isEqualTo(2345);
        assertThat(cloudSide.tags()).containsEntry("key", "order-1-cloud");
        assertThat(order.status().detail()).contains(HostedWorld.SHARED_LINE, "must accept");

        f.lineOwner.virtualInterfaces().accept(cloudSide.id());
        step(order.refresh(), HostedState.ACTIVATING, RequiredAction.WAIT_FOR_PROVIDER, HostedParty.CLOUD);

        f.world.set(cloudSide.id(), VirtualInterfaceState.PENDING, "CONFIGURED", RequiredAction.CONFIGURE_ROUTER);
        step(order.refresh(), HostedState.ACTIVATING, RequiredAction.CONFIGURE_ROUTER, HostedParty.CUSTOMER);

        f.world.cloudActive(cloudSide.id());
        step(order.refresh(), HostedState.ACTIVE, RequiredAction.NONE, HostedParty.NOBODY);

        step(order.tearDown(), HostedState.TEARING_DOWN, RequiredAction.WAIT_FOR_PROVIDER, HostedParty.CLOUD);
        assertThat(order.cloudSide()).map(VirtualInterface::state).contains(VirtualInterfaceState.DELETING);
        assertThat(f.world.calls("partnerco.delete")).as("the partner side waits for the cloud side").isZero();
        step(order.refresh(), HostedState.TEARING_DOWN, RequiredAction.WAIT_FOR_PROVIDER, HostedParty.CLOUD);

        f.world.gone(cloudSide.id());
        step(order.refresh(), HostedState.TEARING_DOWN, RequiredAction.WAIT_FOR_PROVIDER, HostedParty.PARTNER);
        assertThat(order.cloudSide()).isEmpty();
        assertThat(order.partnerSide()).map(VirtualInterface::state).contains(VirtualInterfaceState.DELETING);

        f.world.gone(partnerId);
        step(order.refresh(), HostedState.DELETED, RequiredAction.NONE, HostedParty.NOBODY);
        assertThat(f.world.interfaces).isEmpty();
        assertThat(f.world.calls("partnerco.create")).isEqualTo(1);
        assertThat(f.world.calls("cloudco.create")).isEqualTo(1);
        assertThat(f.world.calls("cloudco.delete")).isEqualTo(1);
        assertThat(f.world.calls("partnerco.delete")).isEqualTo(1);
    }

    @Test
    void aPartnerThatMailsTheHandOffAsksTheCustomerForIt() {
        f = new HostedFixture(dir, MailingPartnerProvider.ID);
        HostedOrder order = HostedOrders.start(f.partner, f.cloud, HostedFixture.request("order-2"));

        f.world.partnerActive(f.only(MailingPartnerProvider.ID), null);
        step(order.refresh(), HostedState.AWAITING_HAND_OFF, RequiredAction.PROVIDE_HAND_OFF, HostedParty.CUSTOMER);
        assertThat(order.status().detail()).contains("the provider's account", "the shared connection", "the VLAN",
                "provideHandOff");
        assertThat(f.world.calls("cloudco.create")).isZero();

        step(order.provideHandOff(HostedFixture.HAND_OFF), HostedState.AWAITING_ACCEPTANCE, RequiredAction.WAIT_FOR_PARTNER,
                HostedParty.PARTNER);
        assertThat(order.handOff()).contains(HostedFixture.HAND_OFF);
        assertThat(order.provideHandOff(HostedFixture.HAND_OFF)).as("the same values again change nothing").isSameAs(order);
        assertThat(f.world.calls("cloudco.create")).isEqualTo(1);
    }

    @Test
    void aHandOffGivenBeforeThePartnerSideIsActiveWaitsForIt() {
        f = new HostedFixture(dir, MailingPartnerProvider.ID);
        HostedOrder order = HostedOrders.start(f.partner, f.cloud, HostedFixture.request("order-3"));

        step(order.provideHandOff(HostedFixture.HAND_OFF), HostedState.PARTNER_PROVISIONING, RequiredAction.WAIT_FOR_PROVIDER,
                HostedParty.PARTNER);
        assertThat(order.handOff()).contains(HostedFixture.HAND_OFF);
        assertThat(f.world.calls("cloudco.create")).isZero();

        f.world.partnerActive(f.only(MailingPartnerProvider.ID), null);
        step(order.refresh(), HostedState.AWAITING_ACCEPTANCE, RequiredAction.WAIT_FOR_PARTNER, HostedParty.PARTNER);
    }

    @Test
    void thePartnerSidesActionIsTranslatedToTheOrdersParties() {
        f = new HostedFixture(dir, PartnerProvider.ID);
        HostedOrder order = HostedOrders.start(f.partner, f.cloud, HostedFixture.request("order-4"));
        String partnerId = f.only(PartnerProvider.ID);

        f.world.set(partnerId, VirtualInterfaceState.PENDING_ACCEPTANCE, "AWAITING_CLOUD", RequiredAction.WAIT_FOR_PARTNER);
        step(order.refresh(), HostedState.PARTNER_PROVISIONING, RequiredAction.WAIT_FOR_PARTNER, HostedParty.CLOUD);
        f.world.set(partnerId, VirtualInterfaceState.PENDING_ACCEPTANCE, "SIGN", RequiredAction.ACCEPT);
        step(order.refresh(), HostedState.PARTNER_PROVISIONING, RequiredAction.ACCEPT, HostedParty.CUSTOMER);
        f.world.set(partnerId, VirtualInterfaceState.UNKNOWN, "WHATEVER", RequiredAction.UNKNOWN);
        step(order.refresh(), HostedState.PARTNER_PROVISIONING, RequiredAction.UNKNOWN, HostedParty.UNKNOWN);
    }

    @Test
    void aSideThatFailsOrIsRefusedOrDisappearsFailsTheOrder() {
        f = new HostedFixture(dir, PartnerProvider.ID);
        HostedOrder failing = HostedOrders.start(f.partner, f.cloud, HostedFixture.request("order-5"));
        f.world.set(f.only(PartnerProvider.ID), VirtualInterfaceState.FAILED, "ERROR", RequiredAction.CONTACT_PROVIDER);
        step(failing.refresh(), HostedState.FAILED, RequiredAction.CONTACT_PROVIDER, HostedParty.CUSTOMER);
        assertThat(failing.status().detail()).contains("Partner Exchange", "FAILED", "ERROR", "tear the order down");
        f.world.gone(f.only(PartnerProvider.ID));
        step(failing.refresh(), HostedState.FAILED, RequiredAction.CONTACT_PROVIDER, HostedParty.CUSTOMER);
        assertThat(failing.status().detail()).contains("disappeared");

        HostedOrder refused = HostedOrders.start(f.partner, f.cloud, HostedFixture.request("order-6"));
        f.world.partnerActive(f.only(PartnerProvider.ID), HostedFixture.HAND_OFF);
        String cloudId = refused.refresh().cloudSide().orElseThrow().id();
        f.world.set(cloudId, VirtualInterfaceState.REJECTED, "REFUSED", RequiredAction.NONE);
        step(refused.refresh(), HostedState.FAILED, RequiredAction.CONTACT_PROVIDER, HostedParty.CUSTOMER);
        assertThat(refused.status().detail()).contains("Cloud Co", "REJECTED");

        step(refused.tearDown(), HostedState.TEARING_DOWN, RequiredAction.WAIT_FOR_PROVIDER, HostedParty.CLOUD);
    }

    @Test
    void aCloudSideTheCloudWillNotMakeLeavesTheOrderOrderingItUntilARefreshCan() {
        f = new HostedFixture(dir, MailingPartnerProvider.ID);
        HostedOrder order = HostedOrders.start(f.partner, f.cloud, HostedFixture.request("order-7"));
        f.world.partnerActive(f.only(MailingPartnerProvider.ID), null);
        order.refresh();
        f.world.lines.put("ln-0002", "900000000002");

        assertThatThrownBy(() -> order.provideHandOff(new HandOff(HostedWorld.PARTNER_ACCOUNT, "ln-0002", 7)))
                .isInstanceOf(ResourceNotFoundException.class);
        step(order, HostedState.ORDERING_CLOUD_SIDE, RequiredAction.WAIT_FOR_PROVIDER, HostedParty.CLOUD);
        assertThatThrownBy(order::refresh).isInstanceOf(ResourceNotFoundException.class);

        f.world.lines.put("ln-0002", HostedWorld.PARTNER_ACCOUNT);
        step(order.refresh(), HostedState.AWAITING_ACCEPTANCE, RequiredAction.WAIT_FOR_PARTNER, HostedParty.PARTNER);
        assertThat(f.world.calls("cloudco.create")).isEqualTo(3);
        assertThat(f.world.interfaces.values().stream().filter(v -> v.provider().equals(CloudProvider.ID))).hasSize(1);
    }

    @Test
    void anOrderTornDownBeforeItsCloudSideDeletesThePartnerSideOnly() {
        f = new HostedFixture(dir, PartnerProvider.ID);
        HostedOrder order = HostedOrders.start(f.partner, f.cloud, HostedFixture.request("order-8"));

        step(order.tearDown(), HostedState.TEARING_DOWN, RequiredAction.WAIT_FOR_PROVIDER, HostedParty.PARTNER);
        f.world.gone(f.only(PartnerProvider.ID));
        step(order.refresh(), HostedState.DELETED, RequiredAction.NONE, HostedParty.NOBODY);
        assertThat(f.world.calls("cloudco.create")).isZero();
        assertThat(f.world.calls("cloudco.delete")).isZero();
    }

    @Test
    void aCloudSideItsLifecycleWillNotLetGoIsDeletedOnceItCanBe() {
        f = new HostedFixture(dir, PartnerProvider.ID);
        HostedOrder order = HostedOrders.start(f.partner, f.cloud, HostedFixture.request("order-9"));
        f.world.partnerActive(f.only(PartnerProvider.ID), HostedFixture.HAND_OFF);
        String cloudId = order.refresh().cloudSide().orElseThrow().id();
        f.world.set(cloudId, VirtualInterfaceState.PENDING, "CONFIGURING", RequiredAction.WAIT_FOR_PROVIDER);

        step(order.tearDown(), HostedState.TEARING_DOWN, RequiredAction.WAIT_FOR_PROVIDER, HostedParty.CLOUD);
        assertThat(order.status().detail()).contains("once it leaves PENDING");
        assertThat(f.world.calls("cloudco.delete")).isZero();
        assertThat(f.world.calls("partnerco.delete")).isZero();

        f.world.cloudActive(cloudId);
        step(order.refresh(), HostedState.TEARING_DOWN, RequiredAction.WAIT_FOR_PROVIDER, HostedParty.CLOUD);
        assertThat(f.world.calls("cloudco.delete")).isEqualTo(1);
        assertThatThrownBy(() -> order.provideHandOff(HostedFixture.HAND_OFF))
                .hasMessageContaining("being torn down");
    }
}
