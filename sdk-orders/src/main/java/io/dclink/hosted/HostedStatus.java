package io.dclink.hosted;

import io.dclink.lifecycle.RequiredAction;
import io.dclink.model.VirtualInterface;
import java.util.Objects;
import java.util.Optional;

/**
 * A hosted order as last read: the combined state, the one action required next and who must take
 * it, and both sides as their providers showed them.
 *
 * @param state the combined state
 * @param requiredAction what has to happen next
 * @param actor who has to do it
 * @param detail what is happening or has to happen, in one sentence naming the side and its provider state
 * @param partnerSide the partner-side interface; empty once it is gone
 * @param cloudSide the cloud-side interface; empty until it is ordered, and once it is gone
 * @param handOff the hand-off values, once known
 */
public record HostedStatus(
        HostedState state,
        RequiredAction requiredAction,
        HostedParty actor,
        String detail,
        Optional<VirtualInterface> partnerSide,
        Optional<VirtualInterface> cloudSide,
        Optional<HandOff> handOff) {

    /**
     * Validates the components.
     *
     * @param state the state
     * @param requiredAction the action
     * @param actor who acts
     * @param detail the sentence
     * @param partnerSide the partner side
     * @param cloudSide the cloud side
     * @param handOff the hand-off
     */
    public HostedStatus {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(requiredAction, "requiredAction");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(partnerSide, "partnerSide");
        Objects.requireNonNull(cloudSide, "cloudSide");
        Objects.requireNonNull(handOff, "handOff");
    }

    @Override
    public String toString() {
        return state + " (" + requiredAction + " by " + actor + "): " + detail;
    }
}
