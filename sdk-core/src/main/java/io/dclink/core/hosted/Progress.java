package io.dclink.core.hosted;

import io.dclink.hosted.HostedState;
import java.util.List;

/** Which combined states can follow which without anyone calling the order (tearing down is a call). */
final class Progress {

    private static final List<HostedState> FORWARD = List.of(HostedState.PARTNER_PROVISIONING,
            HostedState.AWAITING_HAND_OFF, HostedState.ORDERING_CLOUD_SIDE, HostedState.AWAITING_ACCEPTANCE,
            HostedState.ACTIVATING, HostedState.ACTIVE);

    private Progress() {
    }

    static boolean canReach(HostedState from, HostedState target) {
        if (from == target) {
            return true;
        }
        if (from == HostedState.TEARING_DOWN) {
            return target == HostedState.DELETED;
        }
        if (!FORWARD.contains(from)) {
            return false;
        }
        if (target == HostedState.FAILED) {
            return true;
        }
        return FORWARD.contains(target) && FORWARD.indexOf(target) > FORWARD.indexOf(from);
    }
}
