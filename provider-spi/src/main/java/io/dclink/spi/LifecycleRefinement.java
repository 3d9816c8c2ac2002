package io.dclink.spi;

import io.dclink.lifecycle.LifecycleState;
import io.dclink.lifecycle.Operation;
import io.dclink.lifecycle.RequiredAction;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How one provider's lifecycle of one resource type differs from dclink's standard one, as data:
 * operations allowed or denied per state, transitions added or removed, states made terminal or
 * not, and default required actions. The runtime applies it to the standard state machine.
 *
 * @param <S> the state type
 */
public final class LifecycleRefinement<S extends Enum<S> & LifecycleState> {

    private final Class<S> stateType;
    private final Map<S, Set<Operation>> allowed;
    private final Map<S, Set<Operation>> denied;
    private final Map<S, Set<S>> addedTransitions;
    private final Map<S, Set<S>> removedTransitions;
    private final Set<S> terminal;
    private final Set<S> notTerminal;
    private final Map<S, RequiredAction> requiredActions;

    private LifecycleRefinement(Builder<S> builder) {
        this.stateType = builder.stateType;
        this.allowed = freeze(builder.allowed);
        this.denied = freeze(builder.denied);
        this.addedTransitions = freeze(builder.addedTransitions);
        this.removedTransitions = freeze(builder.removedTransitions);
        this.terminal = Collections.unmodifiableSet(EnumSet.copyOf(builder.terminal));
        this.notTerminal = Collections.unmodifiableSet(EnumSet.copyOf(builder.notTerminal));
        this.requiredActions = Collections.unmodifiableMap(new EnumMap<>(builder.requiredActions));
    }

    /**
     * Starts a refinement of the lifecycle whose states are {@code stateType}.
     *
     * @param stateType the state enum
     * @param <S> the state type
     * @return the builder
     */
    public static <S extends Enum<S> & LifecycleState> Builder<S> of(Class<S> stateType) {
        return new Builder<>(stateType);
    }

    /** {@return the state enum refined} */
    public Class<S> stateType() {
        return stateType;
    }

    /** {@return the operations additionally allowed, per state} */
    public Map<S, Set<Operation>> allowed() {
        return allowed;
    }

    /** {@return the operations denied, per state} */
    public Map<S, Set<Operation>> denied() {
        return denied;
    }

    /** {@return the transitions added, per source state} */
    public Map<S, Set<S>> addedTransitions() {
        return addedTransitions;
    }

    /** {@return the transitions removed, per source state} */
    public Map<S, Set<S>> removedTransitions() {
        return removedTransitions;
    }

    /** {@return the states made terminal} */
    public Set<S> terminal() {
        return terminal;
    }

    /** {@return the states no longer terminal} */
    public Set<S> notTerminal() {
        return notTerminal;
    }

    /** {@return the default required actions replaced, per state} */
    public Map<S, RequiredAction> requiredActions() {
        return requiredActions;
    }

    private static <K extends Enum<K>, V> Map<K, Set<V>> freeze(Map<K, Set<V>> source) {
        Map<K, Set<V>> copy = new java.util.LinkedHashMap<>();
        source.forEach((key, values) -> copy.put(key, Set.copyOf(values)));
        return Collections.unmodifiableMap(copy);
    }

    /**
     * Builds a {@link LifecycleRefinement}.
     *
     * @param <S> the state type
     */
    public static final class Builder<S extends Enum<S> & LifecycleState> {

        private final Class<S> stateType;
        private final Map<S, Set<Operation>> allowed;
        private final Map<S, Set<Operation>> denied;
        private final Map<S, Set<S>> addedTransitions;
        private final Map<S, Set<S>> removedTransitions;
        private final Set<S> terminal;
        private final Set<S> notTerminal;
        private final Map<S, RequiredAction> requiredActions;

        private Builder(Class<S> stateType) {
            this.stateType = Objects.requireNonNull(stateType, "stateType");
            this.allowed = new EnumMap<>(stateType);
            this.denied = new EnumMap<>(stateType);
            this.addedTransitions = new EnumMap<>(stateType);
            this.removedTransitions = new EnumMap<>(stateType);
            this.terminal = EnumSet.noneOf(stateType);
            this.notTerminal = EnumSet.noneOf(stateType);
            this.requiredActions = new EnumMap<>(stateType);
        }

        /**
         * Allows operations in a state.
         *
         * @param state the state
         * @param operations the operations
         * @return this builder
         */
        public Builder<S> allow(S state, Operation... operations) {
            allowed.computeIfAbsent(state, s -> EnumSet.noneOf(Operation.class)).addAll(Set.of(operations));
            return this;
        }

        /**
         * Denies operations in a state.
         *
         * @param state the state
         * @param operations the operations
         * @return this builder
         */
        public Builder<S> deny(S state, Operation... operations) {
            denied.computeIfAbsent(state, s -> EnumSet.noneOf(Operation.class)).addAll(Set.of(operations));
            return this;
        }

        /**
         * Adds legal transitions.
         *
         * @param from the source state
         * @param to the target states
         * @return this builder
         */
        @SafeVarargs
        public final Builder<S> addTransition(S from, S... to) {
            Set<S> targets = addedTransitions.computeIfAbsent(from, s -> EnumSet.noneOf(stateType));
            for (S state : to) {
                targets.add(state);
            }
            return this;
        }

        /**
         * Removes legal transitions.
         *
         * @param from the source state
         * @param to the target states
         * @return this builder
         */
        @SafeVarargs
        public final Builder<S> removeTransition(S from, S... to) {
            Set<S> targets = removedTransitions.computeIfAbsent(from, s -> EnumSet.noneOf(stateType));
            for (S state : to) {
                targets.add(state);
            }
            return this;
        }

        /**
         * Makes states terminal: the lifecycle ends there.
         *
         * @param states the states
         * @return this builder
         */
        @SafeVarargs
        public final Builder<S> terminal(S... states) {
            for (S state : states) {
                terminal.add(state);
            }
            return this;
        }

        /**
         * Makes states non-terminal.
         *
         * @param states the states
         * @return this builder
         */
        @SafeVarargs
        public final Builder<S> notTerminal(S... states) {
            for (S state : states) {
                notTerminal.add(state);
            }
            return this;
        }

        /**
         * Replaces a state's default required action.
         *
         * @param state the state
         * @param action the action
         * @return this builder
         */
        public Builder<S> requiredAction(S state, RequiredAction action) {
            requiredActions.put(state, Objects.requireNonNull(action, "action"));
            return this;
        }

        /** {@return the refinement built} */
        public LifecycleRefinement<S> build() {
            return new LifecycleRefinement<>(this);
        }
    }
}
