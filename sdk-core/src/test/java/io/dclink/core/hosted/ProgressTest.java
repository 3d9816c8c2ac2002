package io.dclink.core.hosted;

import static org.assertj.core.api.Assertions.assertThat;

import io.dclink.hosted.HostedState;
import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void theOrderMovesForwardAndOnlyATearDownLeadsToDeletion() {
        assertThat(Progress.canReach(HostedState.PARTNER_PROVISIONING, HostedState.ACTIVE)).isTrue();
        assertThat(Progress.canReach(HostedState.AWAITING_HAND_OFF, HostedState.AWAITING_ACCEPTANCE)).isTrue();
        assertThat(Progress.canReach(HostedState.ACTIVATING, HostedState.AWAITING_HAND_OFF)).isFalse();
        assertThat(Progress.canReach(HostedState.ACTIVE, HostedState.DELETED)).isFalse();
        assertThat(Progress.canReach(HostedState.ACTIVATING, HostedState.FAILED)).isTrue();
        assertThat(Progress.canReach(HostedState.TEARING_DOWN, HostedState.DELETED)).isTrue();
        assertThat(Progress.canReach(HostedState.TEARING_DOWN, HostedState.ACTIVE)).isFalse();
        assertThat(Progress.canReach(HostedState.FAILED, HostedState.DELETED)).isFalse();
        assertThat(Progress.canReach(HostedState.DELETED, HostedState.DELETED)).isTrue();
        for (HostedState state : HostedState.values()) {
            assertThat(Progress.canReach(state, state)).isTrue();
            assertThat(state.isTerminal()).isEqualTo(state == HostedState.FAILED || state == HostedState.DELETED);
        }
    }
}
