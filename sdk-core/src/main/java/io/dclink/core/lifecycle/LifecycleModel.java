package io.dclink.core.lifecycle;

import io.dclink.error.ErrorContext;
import io.dclink.error.InvalidStateException;
import io.dclink.lifecycle.LifecycleState;
import io.dclink.lifecycle.Operation;
import io.dclink.lifecycle.RequiredAction;
import io.dclink.lifecycle.StateTransition;
import io.dclink.lifecycle.TransitionKind;
import io.dclink.spi.LifecycleRefinement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The lifecycle of one resource type, as data: states, legal transitions, terminal states, initial
 * states, the default required action of each state and the operations allowed in each state.
 * Immutable; every method is a pure function. The {@code UNKNOWN} state is implicit: any state may
 * become unknown, and every operation is allowed while the state is unknown (the provider decides).
 *
 * @param <S> the state type
 */
public final class LifecycleModel<S extends Enum<S> & LifecycleState> {

    private final Class<S> stateType;
    private final S unknown;
    private final Set<S> initial;
    private final Map<S, Set<S>> successors;
    private final Set<S> terminal;
    private final Map<S, RequiredAction> requiredActions;
    private final Map<S, Set<Operation>> allowed;

    private LifecycleModel(Builder<S> builder) {
        this.stateType = builder.stateType;
        this.unknown = Enum.valueOf(stateType, "UNKNOWN");
        this.initial = Collections.unmodifiableSet(EnumSet.copyOf(builder.initial));
        Map<S, Set<S>> next = new EnumMap<>(stateType);
        Map<S, Set<Operation>> ops = new EnumMap<>(stateType);
        for (S state : stateType.getEnumConstants()) {
            next.put(state, Collections.unmodifiableSet(copy(builder.successors.get(state), stateType)));
            ops.put(state, Collections.unmodifiableSet(state == unknown
                    ? EnumSet.allOf(Operation.class)
                    : copy(builder.allowed.get(state), Operation.class)));
        }
        this.successors = Collections.unmodifiableMap(next);
        this.allowed = Collections.unmodifiableMap(ops);
        this.terminal = Collections.unmodifiableSet(copy(builder.terminal, stateType));
        Map<S, RequiredAction> actions = new EnumMap<>(builder.requiredActions);
        actions.put(unknown, RequiredAction.UNKNOWN);
        this.requiredActions = Collections.unmodifiableMap(actions);
        checkConsistency();
    }

    /**
     * Starts a model.
     *
     * @param stateType the state enum; it must have an {@code UNKNOWN} constant
     * @param <S> the state type
     * @return the builder
     */
    public static <S extends Enum<S> & LifecycleState> Builder<S> builder(Class<S> stateType) {
        return new Builder<>(stateType);
    }

    /**
     * The state enum.
     *
     * @return the state type
     */
    public Class<S> stateType() {
        return stateType;
    }

    /**
     * Every state, {@code UNKNOWN} included.
     *
     * @return the states in declaration order
     */
    public List<S> states() {
        return List.of(stateType.getEnumConstants());
    }

    /**
     * The states a newly created resource may first be seen in.
     *
     * @return the initial states
     */
    public Set<S> initialStates() {
        return initial;
    }

    /**
     * The states reachable from a state in one legal step ({@code UNKNOWN} excluded).
     *
     * @param state the source state
     * @return the successors
     */
    public Set<S> successors(S state) {
        return successors.get(state);
    }

    /**
     * Whether the lifecycle has ended in a state (only clean-up may follow).
     *
     * @param state the state
     * @return {@code true} if terminal
     */
    public boolean isTerminal(S state) {
        return terminal.contains(state);
    }

    /**
     * The terminal states.
     *
     * @return the states
     */
    public Set<S> terminalStates() {
        return terminal;
    }

    /**
     * What has to happen next in a state, unless the provider's mapping says more precisely.
     *
     * @param state the state
     * @return the required action
     */
    public RequiredAction requiredAction(S state) {
        return requiredActions.get(state);
    }

    /**
     * The operations allowed in a state; all of them while the state is {@code UNKNOWN}.
     *
     * @param state the state
     * @return the operations
     */
    public Set<Operation> allowedOperations(S state) {
        return allowed.get(state);
    }

    /**
     * Whether an operation is allowed in a state.
     *
     * @param state the state
     * @param operation the operation
     * @return {@code true} if allowed
     */
    public boolean allows(S state, Operation operation) {
        return allowed.get(state).contains(operation);
    }

    /**
     * The states in which an operation is allowed ({@code UNKNOWN} excluded).
     *
     * @param operation the operation
     * @return the states in declaration order
     */
    public List<S> statesAllowing(Operation operation) {
        return states().stream().filter(s -> s != unknown && allows(s, operation)).collect(Collectors.toList());
    }

    /**
     * Refuses an operation the state does not allow, before any remote call.
     *
     * @param state the current state
     * @param operation the intended operation
     * @param resource how to name the resource in the message, e.g. {@code connection dc-123 (raw state PENDING)}
     * @param context the provider, for the error
     * @throws InvalidStateException if the operation is not allowed
     */
    public void requireAllowed(S state, Operation operation, String resource, ErrorContext context) {
        if (allows(state, operation)) {
            return;
        }
        List<S> where = statesAllowing(operation);
        String name = operation.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        throw new InvalidStateException(
                capitalise(resource) + " is " + state + "; " + name
                        + (where.isEmpty() ? " is never allowed" : " is allowed only in " + where)
                        + ". Nothing was sent: wait for the resource to reach one of those states first.",
                context,
                null);
    }

    /**
     * Whether a single step is legal.
     *
     * @param from the source state
     * @param to the target state
     * @return {@code true} if {@code to} is a successor of {@code from}
     */
    public boolean isLegal(S from, S to) {
        return successors.get(from).contains(to);
    }

    /**
     * The shortest legal path between two states.
     *
     * @param from the source state
     * @param to the target state
     * @return the states of the path, both ends included; empty if {@code to} is not reachable
     */
    public Optional<List<S>> shortestPath(S from, S to) {
        Map<S, S> parent = new EnumMap<>(stateType);
        Deque<S> queue = new ArrayDeque<>();
        queue.add(from);
        parent.put(from, from);
        while (!queue.isEmpty()) {
            S current = queue.poll();
            if (current == to) {
                List<S> path = new ArrayList<>();
                for (S step = to; step != from; step = parent.get(step)) {
                    path.add(0, step);
                }
                path.add(0, from);
                return Optional.of(List.copyOf(path));
            }
            for (S next : successors.get(current)) {
                if (!parent.containsKey(next)) {
                    parent.put(next, current);
                    queue.add(next);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Every state reachable from some starting states (the starting states included).
     *
     * @param starts where to start
     * @return the reachable states
     */
    public Set<S> reachableFrom(Set<S> starts) {
        Set<S> seen = EnumSet.noneOf(stateType);
        Deque<S> queue = new ArrayDeque<>(starts);
        seen.addAll(starts);
        while (!queue.isEmpty()) {
            for (S next : successors.get(queue.poll())) {
                if (seen.add(next)) {
                    queue.add(next);
                }
            }
        }
        return seen;
    }

    /**
     * Classifies an observed change.
     *
     * @param previous the previously observed state, or {@code null} if there is none
     * @param observed the state observed now
     * @return the classification
     */
    public StateTransition<S> observe(S previous, S observed) {
        Objects.requireNonNull(observed, "observed");
        if (previous == null) {
            return new StateTransition<>(null, observed, TransitionKind.FIRST_OBSERVATION, List.of());
        }
        if (previous == observed) {
            return new StateTransition<>(previous, observed, TransitionKind.NO_CHANGE, List.of());
        }
        if (observed == unknown) {
            return new StateTransition<>(previous, observed, TransitionKind.UNRECOGNISED, List.of());
        }
        if (previous == unknown) {
            return new StateTransition<>(previous, observed, TransitionKind.RECOVERED, List.of());
        }
        if (isLegal(previous, observed)) {
            return new StateTransition<>(previous, observed, TransitionKind.EXPECTED, List.of());
        }
        return shortestPath(previous, observed)
                .map(path -> new StateTransition<>(
                        previous, observed, TransitionKind.SKIPPED, path.subList(1, path.size() - 1)))
                .orElseGet(() -> new StateTransition<>(previous, observed, TransitionKind.ANOMALY, List.of()));
    }

    /**
     * This model with a provider's refinement applied.
     *
     * @param refinement the refinement
     * @return the refined model
     */
    public LifecycleModel<S> refine(LifecycleRefinement<S> refinement) {
        if (refinement.stateType() != stateType) {
            throw new IllegalArgumentException(
                    "refinement of " + refinement.stateType().getSimpleName() + " applied to " + stateType.getSimpleName());
        }
        Builder<S> builder = toBuilder();
        refinement.addedTransitions().forEach((from, to) -> builder.successors(from).addAll(to));
        refinement.removedTransitions().forEach((from, to) -> builder.successors(from).removeAll(to));
        builder.terminal.addAll(refinement.terminal());
        builder.terminal.removeAll(refinement.notTerminal());
        refinement.allowed().forEach((state, ops) -> builder.operations(state).addAll(ops));
        refinement.denied().forEach((state, ops) -> builder.operations(state).removeAll(ops));
        builder.requiredActions.putAll(refinement.requiredActions());
        return builder.build();
    }

    private Builder<S> toBuilder() {
        Builder<S> builder = new Builder<>(stateType);
        builder.initial.addAll(initial);
        successors.forEach((state, next) -> builder.successors(state).addAll(next));
        builder.terminal.addAll(terminal);
        builder.requiredActions.putAll(requiredActions);
        allowed.forEach((state, ops) -> {
            if (state != unknown) {
                builder.operations(state).addAll(ops);
            }
        });
        return builder;
    }

    private void checkConsistency() {
        for (S state : stateType.getEnumConstants()) {
            if (!requiredActions.containsKey(state)) {
                throw new IllegalStateException(stateType.getSimpleName() + "." + state + " has no required action");
            }
        }
        if (successors.values().stream().anyMatch(next -> next.contains(unknown)) || initial.contains(unknown)) {
            throw new IllegalStateException("UNKNOWN is implicit and must not appear in transitions or initial states");
        }
    }

    private static <E extends Enum<E>> EnumSet<E> copy(Set<E> source, Class<E> type) {
        return source == null || source.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(source);
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /**
     * Builds a {@link LifecycleModel}.
     *
     * @param <S> the state type
     */
    public static final class Builder<S extends Enum<S> & LifecycleState> {

        private final Class<S> stateType;
        private final Set<S> initial;
        private final Map<S, Set<S>> successors;
        private final Set<S> terminal;
        private final Map<S, RequiredAction> requiredActions;
        private final Map<S, Set<Operation>> allowed;

        private Builder(Class<S> stateType) {
            this.stateType = Objects.requireNonNull(stateType, "stateType");
            this.initial = EnumSet.noneOf(stateType);
            this.successors = new EnumMap<>(stateType);
            this.terminal = EnumSet.noneOf(stateType);
            this.requiredActions = new EnumMap<>(stateType);
            this.allowed = new EnumMap<>(stateType);
        }

        /**
         * Declares the states a newly created resource may first be seen in.
         *
         * @param states the states
         * @return this builder
         */
        @SafeVarargs
        public final Builder<S> initial(S... states) {
            for (S state : states) {
                initial.add(state);
            }
            return this;
        }

        /**
         * Declares a state: its default required action, its legal successors and the operations
         * it allows.
         *
         * @param state the state
         * @param action its default required action
         * @param next its legal successors
         * @param operations the operations it allows
         * @return this builder
         */
        public Builder<S> state(S state, RequiredAction action, Set<S> next, Set<Operation> operations) {
            requiredActions.put(state, action);
            successors(state).addAll(next);
            operations(state).addAll(operations);
            return this;
        }

        /**
         * Declares terminal states.
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

        private Set<S> successors(S state) {
            return successors.computeIfAbsent(state, s -> EnumSet.noneOf(stateType));
        }

        private Set<Operation> operations(S state) {
            return allowed.computeIfAbsent(state, s -> EnumSet.noneOf(Operation.class));
        }

        /**
         * Builds the model, checking that every state has a required action.
         *
         * @return the model
         */
        public LifecycleModel<S> build() {
            return new LifecycleModel<>(this);
        }
    }
}
