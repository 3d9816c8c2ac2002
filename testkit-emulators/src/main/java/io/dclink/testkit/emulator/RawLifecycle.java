package io.dclink.testkit.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A resource kind's raw lifecycle as a table: rows of (from state, trigger, to state), in the
 * provider's own spelling of its states. A {@link LifecycleTrigger} is a named action (an
 * operator's, such as {@code approve} or {@code markPaid}, or one a request stands for, such as
 * {@code accept} or {@code delete}), a clock delay, or the next read. The table drives the resources of one store
 * (JSON records keyed by id, the raw state in one field):
 * <ul>
 *   <li>a resource that enters a state is scheduled on the {@link EmulatedClock} for that state's
 *       delay row; when the delay is up the step is taken only if the resource is still in that
 *       state;</li>
 *   <li>{@link #fire} takes the row of an action, and refuses one the current state has no row
 *       for, naming the resource, its state and the actions it allows;</li>
 *   <li>{@link #advance} takes the current state's step at once (the operator's "advance"): its
 *       delay or next-read row, or else its row for the {@value #ADVANCE} action;</li>
 *   <li>{@link #read} takes a next-read row the second time a resource is read in its state, for
 *       steps the real service finishes in seconds;</li>
 *   <li>hooks run when a state is entered, for side effects such as a time stamp.</li>
 * </ul>
 * The rows cannot change once built; state names may depend on the emulator's options, so a table
 * is built per emulator instance. Call it holding the lock given to {@link Builder#build}; the
 * steps it schedules take that lock when they run. A resource shown once in a next-read state is
 * marked in a field {@code _shown} + the state field's name, which {@link StoredJson#visible}
 * leaves out.
 */
public final class RawLifecycle {

    /** The to-state of a row that deletes the resource from its store. */
    public static final String REMOVED = "(removed)";
    /** The action the operator's advance takes in a state that has no delay or next-read row. */
    public static final String ADVANCE = "advance";

    /**
     * One row of the table.
     *
     * @param from the state the row leaves
     * @param trigger what takes it
     * @param to the state it enters, or {@link #REMOVED}
     */
    public record Row(String from, LifecycleTrigger trigger, String to) {

        /**
         * Validates the row.
         *
         * @param from the state the row leaves
         * @param trigger what takes it
         * @param to the state it enters, or {@link #REMOVED}
         */
        public Row {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(trigger, "trigger");
            Objects.requireNonNull(to, "to");
            if (from.equals(REMOVED)) {
                throw new IllegalArgumentException("no row leaves " + REMOVED);
            }
        }

        private boolean isAction(String name) {
            return trigger instanceof LifecycleTrigger.Action action && action.name().equals(name);
        }

        private boolean isStep() {
            return trigger instanceof LifecycleTrigger.Delay || trigger instanceof LifecycleTrigger.NextRead;
        }

        @Override
        public String toString() {
            return from + " --" + trigger + "--> " + to;
        }
    }

    /**
     * A resource entering a state, as a hook sees it.
     *
     * @param resourceId the resource
     * @param from the state it left (the same state for a resource created in it; empty if it had none)
     * @param to the state it entered
     */
    public record Transition(String resourceId, String from, String to) {
    }

    private final String kind;
    private final List<Row> rows;
    private final Map<String, Consumer<Transition>> hooks;
    private final Map<String, ObjectNode> store;
    private final String stateField;
    private final String shownField;
    private final EmulatedClock clock;
    private final Object lock;

    private RawLifecycle(Builder builder, Map<String, ObjectNode> store, String stateField, EmulatedClock clock,
            Object lock) {
        this.kind = builder.kind;
        this.rows = List.copyOf(builder.rows);
        this.hooks = Map.copyOf(builder.hooks);
        this.store = Objects.requireNonNull(store, "store");
        this.stateField = Objects.requireNonNull(stateField, "stateField");
        this.shownField = "_shown" + stateField;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.lock = Objects.requireNonNull(lock, "lock");
    }

    /**
     * Starts a table.
     *
     * @param kind what the resources are called in messages, e.g. {@code line}
     * @return a builder
     */
    public static Builder of(String kind) {
        return new Builder(kind);
    }

    /** Collects the rows and hooks of a table. */
    public static final class Builder {

        private final String kind;
        private final List<Row> rows = new ArrayList<>();
        private final Map<String, Consumer<Transition>> hooks = new LinkedHashMap<>();

        private Builder(String kind) {
            this.kind = Objects.requireNonNull(kind, "kind");
        }

        /**
         * Adds a row.
         *
         * @param from the state the row leaves
         * @param trigger what takes it
         * @param to the state it enters, or {@link #REMOVED}
         * @return this builder
         * @throws IllegalArgumentException if the from state already has a row for the action, or
         *     already has a delay or next-read row
         */
        public Builder row(String from, LifecycleTrigger trigger, String to) {
            Row row = new Row(from, trigger, to);
            for (Row other : rows) {
                boolean sameAction = row.trigger() instanceof LifecycleTrigger.Action action && other.isAction(action.name());
                if (other.from().equals(from) && (sameAction || row.isStep() && other.isStep())) {
                    throw new IllegalArgumentException(kind + " state " + from + " has two rows for " + trigger + ": "
                            + other + " and " + row);
                }
            }
            rows.add(row);
            return this;
        }

        /**
         * Adds the same row from each of several states.
         *
         * @param from the states the row leaves
         * @param trigger what takes it
         * @param to the state it enters, or {@link #REMOVED}
         * @return this builder
         */
        public Builder rows(List<String> from, LifecycleTrigger trigger, String to) {
            from.forEach(state -> row(state, trigger, to));
            return this;
        }

        /**
         * Adds a hook run whenever a resource enters a state (after the state is written, before the
         * state's delay is scheduled).
         *
         * @param state the state
         * @param hook what to do
         * @return this builder
         */
        public Builder onEntering(String state, Consumer<Transition> hook) {
            hooks.merge(state, Objects.requireNonNull(hook, "hook"), Consumer::andThen);
            return this;
        }

        /**
         * Builds the table for a store.
         *
         * @param store the resources by id, as JSON records
         * @param stateField the field holding the raw state (a missing field reads as the empty state)
         * @param clock the clock delays are scheduled on
         * @param lock the lock the emulator holds while it changes the store
         * @return the lifecycle
         */
        public RawLifecycle build(Map<String, ObjectNode> store, String stateField, EmulatedClock clock, Object lock) {
            return new RawLifecycle(this, store, stateField, clock, lock);
        }
    }

    /**
     * What the resources are called.
     *
     * @return the kind, e.g. {@code line}
     */
    public String kind() {
        return kind;
    }

    /**
     * The table.
     *
     * @return the rows, in the order they were added
     */
    public List<Row> rows() {
        return rows;
    }

    /**
     * The actions a state has rows for.
     *
     * @param state a raw state
     * @return the action names, in table order
     */
    public Set<String> actions(String state) {
        return rows.stream().filter(row -> row.from().equals(state) && row.trigger() instanceof LifecycleTrigger.Action)
                .map(row -> ((LifecycleTrigger.Action) row.trigger()).name()).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /**
     * Puts a resource in a state whatever it was in (a create, or a request the table has no row
     * for), running the state's hooks and scheduling its delay.
     *
     * @param id the resource, already in the store
     * @param state the state
     */
    public void enter(String id, String state) {
        move(id, state(id), state);
    }

    /**
     * Whether the resource's state has a row for an action.
     *
     * @param id the resource
     * @param action the action
     * @return true if {@link #fire} would take a row
     */
    public boolean allows(String id, String action) {
        return actionRow(state(id), action) != null;
    }

    /**
     * Takes the row of an action.
     *
     * @param id the resource
     * @param action the action
     * @throws IllegalStateException if the resource's state has no row for the action
     * @throws IllegalArgumentException if there is no such resource
     */
    public void fire(String id, String action) {
        fire(id, action, () -> refusal(id, action));
    }

    /**
     * Takes the row of an action, or throws the provider's refusal.
     *
     * @param id the resource
     * @param action the action
     * @param refusal the exception thrown when the resource's state has no row for the action
     * @throws IllegalArgumentException if there is no such resource
     */
    public void fire(String id, String action, Supplier<? extends RuntimeException> refusal) {
        String state = state(id);
        Row row = actionRow(state, action);
        if (row == null) {
            throw refusal.get();
        }
        move(id, state, row.to());
    }

    /**
     * Takes the current state's step now: its delay row (unless it is the customer's) or
     * next-read row, or else its {@value #ADVANCE} row.
     *
     * @param id the resource
     * @return whether a step was taken
     * @throws IllegalArgumentException if there is no such resource
     */
    public boolean advance(String id) {
        String state = state(id);
        Row row = stepRow(state, trigger -> trigger instanceof LifecycleTrigger.NextRead
                || trigger instanceof LifecycleTrigger.Delay delay && delay.providerStep());
        if (row == null) {
            row = actionRow(state, ADVANCE);
        }
        if (row == null) {
            return false;
        }
        move(id, state, row.to());
        return true;
    }

    /**
     * Notes that a request reads the resource: the first read in a state with a next-read row
     * shows that state, the next one takes the row. Other states are left alone.
     *
     * @param id the resource; nothing happens if it is not in the store
     */
    public void read(String id) {
        ObjectNode resource = store.get(id);
        if (resource == null) {
            return;
        }
        String state = resource.path(stateField).asText("");
        Row row = stepRow(state, trigger -> trigger instanceof LifecycleTrigger.NextRead);
        if (row == null) {
            return;
        }
        if (resource.path(shownField).asText("").equals(state)) {
            move(id, state, row.to());
        } else {
            resource.put(shownField, state);
        }
    }

    /**
     * The resource's raw state.
     *
     * @param id the resource
     * @return the state, empty if the field is missing
     * @throws UnknownResourceException if there is no such resource
     */
    public String state(String id) {
        ObjectNode resource = store.get(id);
        if (resource == null) {
            throw new UnknownResourceException(kind, id);
        }
        return resource.path(stateField).asText("");
    }

    private IllegalStateException refusal(String id, String action) {
        String state = state(id);
        Set<String> allowed = actions(state);
        return new IllegalStateException(kind + " " + id + " is " + (state.isEmpty() ? "in no state" : state) + ": '"
                + action + "' does not apply there; " + (allowed.isEmpty() ? "no action does"
                        : "it allows " + String.join(", ", allowed)));
    }

    private Row actionRow(String state, String action) {
        return rows.stream().filter(row -> row.from().equals(state) && row.isAction(action)).findFirst().orElse(null);
    }

    private Row stepRow(String state, Predicate<LifecycleTrigger> kind) {
        return rows.stream().filter(row -> row.from().equals(state) && kind.test(row.trigger())).findFirst().orElse(null);
    }

    private void move(String id, String from, String to) {
        ObjectNode resource = store.get(id);
        resource.remove(shownField);
        if (to.equals(REMOVED)) {
            store.remove(id);
        } else {
            resource.put(stateField, to);
        }
        Consumer<Transition> hook = hooks.get(to);
        if (hook != null) {
            hook.accept(new Transition(id, from, to));
        }
        Row delayed = stepRow(to, trigger -> trigger instanceof LifecycleTrigger.Delay);
        if (delayed != null) {
            ((LifecycleTrigger.Delay) delayed.trigger()).schedule(clock, () -> stepIfStill(id, to, delayed.to()));
        }
    }

    private void stepIfStill(String id, String from, String to) {
        synchronized (lock) {
            ObjectNode resource = store.get(id);
            if (resource != null && resource.path(stateField).asText("").equals(from)) {
                move(id, from, to);
            }
        }
    }

    @Override
    public String toString() {
        return kind + " lifecycle " + rows;
    }
}
