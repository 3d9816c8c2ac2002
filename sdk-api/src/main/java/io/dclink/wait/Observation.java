package io.dclink.wait;

import io.dclink.lifecycle.LifecycleState;
import io.dclink.lifecycle.RequiredAction;
import io.dclink.lifecycle.TransitionKind;
import io.dclink.model.ProviderState;
import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a wait's timeline: a state (or raw state) the waiter had not seen before.
 *
 * @param at when it was observed (the client's clock)
 * @param state the neutral state
 * @param providerState the raw state
 * @param requiredAction the action required in it
 * @param kind how it relates to the previous entry
 */
public record Observation(
        Instant at, LifecycleState state, ProviderState providerState, RequiredAction requiredAction, TransitionKind kind) {

    /**
     * Validates the components.
     *
     * @param at when
     * @param state the state
     * @param providerState the raw state
     * @param requiredAction the action
     * @param kind the classification
     */
    public Observation {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(providerState, "providerState");
        Objects.requireNonNull(requiredAction, "requiredAction");
        Objects.requireNonNull(kind, "kind");
    }
}
