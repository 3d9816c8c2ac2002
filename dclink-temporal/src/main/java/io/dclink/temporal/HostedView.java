package io.dclink.temporal;

import io.dclink.hosted.HostedOrder;
import io.dclink.hosted.HostedParty;
import io.dclink.hosted.HostedState;
import io.dclink.lifecycle.RequiredAction;
import io.dclink.model.VirtualInterface;

/**
 * A hosted order as a workflow sees it, and its query answers: the combined state, the one
 * required action, who must act, both sides' ids and the checkpoint the next activity resumes from.
 *
 * @param state the combined state
 * @param requiredAction what must happen next
 * @param actor who must do it
 * @param detail what each side reports
 * @param partnerSideId the partner's interface, once ordered
 * @param cloudSideId the cloud-side interface, once ordered
 * @param checkpoint the order's checkpoint (no secret in it)
 * @param handOffRefused why the last hand-off signalled was refused (signal the right values), or {@code null}
 */
public record HostedView(HostedState state, RequiredAction requiredAction, HostedParty actor, String detail,
        String partnerSideId, String cloudSideId, String checkpoint, String handOffRefused) {

    static HostedView of(HostedOrder order) {
        return new HostedView(order.state(), order.requiredAction(), order.actor(), order.status().detail(),
                order.partnerSide().map(VirtualInterface::id).orElse(null),
                order.cloudSide().map(VirtualInterface::id).orElse(null), order.checkpoint(), null);
    }

    HostedView withHandOffRefused(String reason) {
        return new HostedView(state, requiredAction, actor, detail, partnerSideId, cloudSideId, checkpoint, reason);
    }
}
