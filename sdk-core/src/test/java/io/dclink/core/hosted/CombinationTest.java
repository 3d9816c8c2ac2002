package io.dclink.core.hosted;

import static org.assertj.core.api.Assertions.assertThat;

import io.dclink.hosted.HandOff;
import io.dclink.hosted.HostedParty;
import io.dclink.hosted.HostedState;
import io.dclink.hosted.HostedStatus;
import io.dclink.lifecycle.RequiredAction;
import io.dclink.lifecycle.VirtualInterfaceState;
import io.dclink.model.ProviderState;
import io.dclink.model.VirtualInterface;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The combined state and its one action, from both sides as read. */
class CombinationTest {

    private static final HandOff HAND_OFF = new HandOff("900000000001", "ln-0001", 7);

    private static Optional<VirtualInterface> side(String provider, VirtualInterfaceState state, RequiredAction action) {
        return Optional.of(VirtualInterface.builder().provider(provider).id(provider + "-1").state(state)
                .requiredAction(action).providerState(ProviderState.of("RAW")).connectionId("ln-0001").build());
    }

    private static HostedStatus of(Optional<VirtualInterface> partner, boolean ordered, Optional<VirtualInterface> cloud,
            HandOff handOff, boolean tearingDown) {
        return Combination.of(new Snapshot("P", partner, "C", ordered, cloud, Optional.ofNullable(handOff), null,
                tearingDown, null));
    }

    @ParameterizedTest(name = "partner {0}/{1}, no cloud side, hand-off known {2}: {3} {4} by {5}")
    @CsvSource({
        "PENDING, WAIT_FOR_PROVIDER, false, PARTNER_PROVISIONING, WAIT_FOR_PROVIDER, PARTNER",
        "PENDING, WAIT_FOR_PROVIDER, true, PARTNER_PROVISIONING, WAIT_FOR_PROVIDER, PARTNER",
        "PENDING_ACCEPTANCE, WAIT_FOR_PARTNER, false, PARTNER_PROVISIONING, WAIT_FOR_PARTNER, CLOUD",
        "PENDING_ACCEPTANCE, ACCEPT, false, PARTNER_PROVISIONING, ACCEPT, CUSTOMER",
        "SUSPENDED, NONE, false, PARTNER_PROVISIONING, NONE, NOBODY",
        "UNKNOWN, UNKNOWN, false, PARTNER_PROVISIONING, UNKNOWN, UNKNOWN",
        "ACTIVE, NONE, false, AWAITING_HAND_OFF, PROVIDE_HAND_OFF, CUSTOMER",
        "ACTIVE, NONE, true, ORDERING_CLOUD_SIDE, WAIT_FOR_PROVIDER, CLOUD",
        "FAILED, CONTACT_PROVIDER, true, FAILED, CONTACT_PROVIDER, CUSTOMER",
        "REJECTED, NONE, false, FAILED, CONTACT_PROVIDER, CUSTOMER",
        "CANCELLED, NONE, false, FAILED, CONTACT_PROVIDER, CUSTOMER",
        "DELETED, NONE, false, FAILED, CONTACT_PROVIDER, CUSTOMER"})
    void beforeTheCloudSide(VirtualInterfaceState partner, RequiredAction partnerAction, boolean handOffKnown,
            HostedState state, RequiredAction action, HostedParty actor) {
        HostedStatus status = of(side("p", partner, partnerAction), false, Optional.empty(), handOffKnown ? HAND_OFF : null,
                false);

        assertThat(status.state()).isEqualTo(state);
        assertThat(status.requiredAction()).isEqualTo(action);
        assertThat(status.actor()).isEqualTo(actor);
    }

    @ParameterizedTest(name = "partner {0}, cloud {1}/{2}: {3} {4} by {5}")
    @CsvSource({
        "ACTIVE, PENDING_ACCEPTANCE, ACCEPT, AWAITING_ACCEPTANCE, WAIT_FOR_PARTNER, PARTNER",
        "ACTIVE, PENDING, WAIT_FOR_PROVIDER, ACTIVATING, WAIT_FOR_PROVIDER, CLOUD",
        "ACTIVE, PENDING, CONFIGURE_ROUTER, ACTIVATING, CONFIGURE_ROUTER, CUSTOMER",
        "ACTIVE, PENDING, WAIT_FOR_PARTNER, ACTIVATING, WAIT_FOR_PARTNER, PARTNER",
        "ACTIVE, PENDING, ACCEPT, ACTIVATING, WAIT_FOR_PARTNER, PARTNER",
        "ACTIVE, UNKNOWN, UNKNOWN, ACTIVATING, UNKNOWN, UNKNOWN",
        "PENDING, ACTIVE, NONE, ACTIVATING, WAIT_FOR_PROVIDER, PARTNER",
        "ACTIVE, ACTIVE, NONE, ACTIVE, NONE, NOBODY",
        "ACTIVE, FAILED, CONTACT_PROVIDER, FAILED, CONTACT_PROVIDER, CUSTOMER",
        "ACTIVE, REJECTED, NONE, FAILED, CONTACT_PROVIDER, CUSTOMER",
        "ACTIVE, DELETING, WAIT_FOR_PROVIDER, FAILED, CONTACT_PROVIDER, CUSTOMER"})
    void withTheCloudSide(VirtualInterfaceState partner, VirtualInterfaceState cloud, RequiredAction cloudAction,
            HostedState state, RequiredAction action, HostedParty actor) {
        RequiredAction partnerAction = partner == VirtualInterfaceState.ACTIVE ? RequiredAction.NONE
                : RequiredAction.WAIT_FOR_PROVIDER;
        HostedStatus status = of(side("p", partner, partnerAction), true, side("c", cloud, cloudAction), HAND_OFF, false);

        assertThat(status.state()).isEqualTo(state);
        assertThat(status.requiredAction()).isEqualTo(action);
        assertThat(status.actor()).isEqualTo(actor);
    }

    @Test
    void aCloudSideThatDisappearedFailsTheOrder() {
        HostedStatus status = of(side("p", VirtualInterfaceState.ACTIVE, RequiredAction.NONE), true, Optional.empty(),
                HAND_OFF, false);

        assertThat(status.state()).isEqualTo(HostedState.FAILED);
        assertThat(status.detail()).contains("C interface disappeared");
    }

    @Test
    void tearingDownWaitsForTheCloudSideThenThePartnerSide() {
        Optional<VirtualInterface> partner = side("p", VirtualInterfaceState.ACTIVE, RequiredAction.NONE);
        Optional<VirtualInterface> deleting = side("c", VirtualInterfaceState.DELETING, RequiredAction.WAIT_FOR_PROVIDER);
        Optional<VirtualInterface> deleted = side("c", VirtualInterfaceState.DELETED, RequiredAction.NONE);

        assertThat(of(partner, true, deleting, HAND_OFF, true).actor()).isEqualTo(HostedParty.CLOUD);
        assertThat(of(partner, true, deleted, HAND_OFF, true).actor()).isEqualTo(HostedParty.PARTNER);
        assertThat(of(partner, true, Optional.empty(), HAND_OFF, true).state()).isEqualTo(HostedState.TEARING_DOWN);
        assertThat(of(Optional.empty(), true, Optional.empty(), HAND_OFF, true).state()).isEqualTo(HostedState.DELETED);
        assertThat(of(side("p", VirtualInterfaceState.DELETED, RequiredAction.NONE), false, Optional.empty(), null, true)
                .requiredAction()).isEqualTo(RequiredAction.NONE);
    }
}
