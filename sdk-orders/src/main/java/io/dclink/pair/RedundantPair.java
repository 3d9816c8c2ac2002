package io.dclink.pair;

import io.dclink.model.Connection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A redundant pair as last read: both lines, one combined state, the one action it waits for, the
 * guarantees that hold, and the checkpoint to store (it changes when the second line is ordered).
 *
 * @param provider the provider id
 * @param key the pair's idempotency key: a repeated order with it returns this pair
 * @param plan where and how the lines are ordered
 * @param first the first line
 * @param second the second line, or {@code null} while it is not ordered
 * @param state the combined state
 * @param requiredAction the one thing the pair waits for next, and who must do it
 * @param guarantees which guarantees hold
 * @param checkpoint where the pair stands, to resume it with {@link RedundantPairs#get(PairCheckpoint)}
 */
public record RedundantPair(String provider, String key, PairPlan plan, Connection first, Connection second,
        PairState state, PairAction requiredAction, PairGuarantees guarantees, PairCheckpoint checkpoint) {

    /**
     * Validates the components.
     *
     * @param provider the provider id
     * @param key the pair's key
     * @param plan the plan
     * @param first the first line
     * @param second the second line, or {@code null}
     * @param state the combined state
     * @param requiredAction the next action
     * @param guarantees the guarantees
     * @param checkpoint the checkpoint
     */
    public RedundantPair {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(requiredAction, "requiredAction");
        Objects.requireNonNull(guarantees, "guarantees");
        Objects.requireNonNull(checkpoint, "checkpoint");
    }

    /** {@return the second line, once ordered} */
    public Optional<Connection> secondLine() {
        return Optional.ofNullable(second);
    }

    /** {@return the lines ordered so far: one or two, the first first} */
    public List<Connection> lines() {
        return second == null ? List.of(first) : List.of(first, second);
    }
}
