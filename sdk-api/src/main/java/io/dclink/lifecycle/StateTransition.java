package io.dclink.lifecycle;

import java.util.List;
import java.util.Objects;

/**
 * The classification of one observed change of a lifecycle state.
 *
 * @param from the previously observed state, or {@code null} for a first observation
 * @param to the newly observed state
 * @param kind how the change relates to the legal transitions
 * @param skipped the intermediate states polling missed, in order; empty unless {@code kind} is
 *     {@link TransitionKind#SKIPPED}
 * @param <S> the state type
 */
public record StateTransition<S extends Enum<S> & LifecycleState>(S from, S to, TransitionKind kind, List<S> skipped) {

    /**
     * Validates and copies the components.
     *
     * @param from the previous state, or {@code null}
     * @param to the new state
     * @param kind the classification
     * @param skipped the skipped states
     */
    public StateTransition {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(kind, "kind");
        skipped = List.copyOf(skipped);
    }

    /** {@return whether the change is not reachable under the lifecycle's rules ({@link TransitionKind#ANOMALY})} */
    public boolean isAnomaly() {
        return kind == TransitionKind.ANOMALY;
    }

    /** {@return whether the state changed at all: {@code false} only for {@link TransitionKind#NO_CHANGE}} */
    public boolean isChange() {
        return kind != TransitionKind.NO_CHANGE;
    }
}
