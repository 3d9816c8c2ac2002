package io.dclink.spi;

import io.dclink.lifecycle.RequiredAction;
import io.dclink.lifecycle.ResourceType;
import io.dclink.model.ProviderState;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A provider's raw states of one resource type mapped onto the neutral ones, as data. A row names
 * one or more raw fields and their values (the table's main field first); a raw record matches a
 * row when every named field has that value, an absent or empty field matching {@link #NONE}.
 * Where several rows match, the one naming the most fields wins. A record no row matches maps to
 * {@code UNKNOWN} and never throws. The compatibility kit checks every row against the plugin's
 * emulator and lifecycle, and the project's documentation is checked against the rows. Immutable.
 *
 * @param <S> the neutral state type
 */
public final class StateTable<S extends Enum<S>> {

    /** The value that matches an absent or empty raw field; written {@code (none)} in documentation. */
    public static final String NONE = "";

    /**
     * One row.
     *
     * @param match the raw fields and values, main field first
     * @param state the neutral state
     * @param action the required action, or {@code null} for resources without one (access points)
     * @param note why, or what the raw value means; {@code UNVERIFIED} marks a documented convention
     *     not confirmed on the real service
     * @param <S> the state type
     */
    public record Row<S>(Map<String, String> match, S state, RequiredAction action, String note) {

        /**
         * Validates and copies the components.
         *
         * @param match the fields
         * @param state the state
         * @param action the action, or {@code null}
         * @param note the note
         */
        public Row {
            match = Collections.unmodifiableMap(new LinkedHashMap<>(match));
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(note, "note");
        }
    }

    /**
     * What a raw record maps to.
     *
     * @param state the neutral state
     * @param action the required action, or {@code null} for resources without one
     * @param <S> the state type
     */
    public record Mapped<S>(S state, RequiredAction action) {
    }

    /** The raw fields and values of one row, built with {@link StateTable#raw(String)}. */
    public static final class RawMatch {

        private final Map<String, String> fields = new LinkedHashMap<>();

        private RawMatch(String mainValue) {
            fields.put(null, Objects.requireNonNull(mainValue, "mainValue"));
        }

        /**
         * One more field that must have a value.
         *
         * @param field the raw field's name
         * @param value its value, or {@link #NONE}
         * @return this match
         */
        public RawMatch and(String field, String value) {
            fields.put(Objects.requireNonNull(field, "field"), Objects.requireNonNull(value, "value"));
            return this;
        }
    }

    private final ResourceType resource;
    private final Class<S> stateType;
    private final String field;
    private final boolean ignoringCase;
    private final List<Row<S>> rows;
    private final Mapped<S> unknown;

    private StateTable(Builder<S> builder) {
        this.resource = builder.resource;
        this.stateType = builder.stateType;
        this.field = builder.field;
        this.ignoringCase = builder.ignoringCase;
        this.rows = List.copyOf(builder.rows);
        S unknownState = Enum.valueOf(stateType, "UNKNOWN");
        this.unknown = new Mapped<>(unknownState, builder.withActions ? RequiredAction.UNKNOWN : null);
    }

    /**
     * Starts a table.
     *
     * @param resource the resource type
     * @param stateType its neutral state enum, which must have an {@code UNKNOWN} constant
     * @param field the name of the provider's main state field, e.g. {@code Status}
     * @param <S> the state type
     * @return the builder
     */
    public static <S extends Enum<S>> Builder<S> builder(ResourceType resource, Class<S> stateType, String field) {
        return new Builder<>(resource, stateType, field);
    }

    /**
     * The start of a row that names more than the main field.
     *
     * @param mainValue the main field's value, or {@link #NONE}
     * @return the match, to add fields to
     */
    public static RawMatch raw(String mainValue) {
        return new RawMatch(mainValue);
    }

    /** {@return the resource type} */
    public ResourceType resource() {
        return resource;
    }

    /** {@return the neutral state enum} */
    public Class<S> stateType() {
        return stateType;
    }

    /** {@return the name of the provider's main state field} */
    public String field() {
        return field;
    }

    /** {@return whether raw values are compared without regard to case} */
    public boolean ignoresCase() {
        return ignoringCase;
    }

    /** {@return the rows, in declaration order} */
    public List<Row<S>> rows() {
        return rows;
    }

    /**
     * What a value of the main field maps to, for providers that read one field.
     *
     * @param value the raw value ({@code null} reads as {@link #NONE})
     * @return the neutral state and action
     */
    public Mapped<S> map(String value) {
        return map(ProviderState.of(value));
    }

    /**
     * What a raw record maps to.
     *
     * @param raw the main value and the other raw fields
     * @return the neutral state and action; {@code UNKNOWN} when no row matches
     */
    public Mapped<S> map(ProviderState raw) {
        Row<S> best = null;
        for (Row<S> row : rows) {
            if (matches(row, raw) && (best == null || row.match().size() > best.match().size())) {
                best = row;
            }
        }
        return best == null ? unknown : new Mapped<>(best.state(), best.action());
    }

    /**
     * The main field's values that map to a neutral state, for providers' state filters.
     *
     * @param state the neutral state
     * @return the raw values, sorted, without {@link #NONE}
     */
    public List<String> rawValues(S state) {
        TreeSet<String> values = new TreeSet<>();
        for (Row<S> row : rows) {
            String main = row.match().get(field);
            if (row.state() == state && !main.equals(NONE)) {
                values.add(main);
            }
        }
        return List.copyOf(values);
    }

    private boolean matches(Row<S> row, ProviderState raw) {
        for (Map.Entry<String, String> condition : row.match().entrySet()) {
            String actual = condition.getKey().equals(field) ? raw.value() : raw.details().get(condition.getKey());
            String value = actual == null ? NONE : actual;
            boolean same = ignoringCase ? value.equalsIgnoreCase(condition.getValue()) : value.equals(condition.getValue());
            if (!same) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "StateTable[" + resource + " by " + field + ", " + rows.size() + " rows]";
    }

    /**
     * Builds a {@link StateTable}. {@link #note(String)} applies to the row before it.
     *
     * @param <S> the state type
     */
    public static final class Builder<S extends Enum<S>> {

        private final ResourceType resource;
        private final Class<S> stateType;
        private final String field;
        private final List<Row<S>> rows = new ArrayList<>();
        private boolean ignoringCase;
        private boolean withActions = true;

        private Builder(ResourceType resource, Class<S> stateType, String field) {
            this.resource = Objects.requireNonNull(resource, "resource");
            this.stateType = Objects.requireNonNull(stateType, "stateType");
            this.field = Objects.requireNonNull(field, "field");
            if (resource.stateType() != stateType) {
                throw new IllegalArgumentException(resource + " has states " + resource.stateType().getSimpleName()
                        + ", not " + stateType.getSimpleName());
            }
            try {
                Enum.valueOf(stateType, "UNKNOWN");
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(stateType.getSimpleName() + " has no UNKNOWN state", e);
            }
        }

        /**
         * Compares raw values without regard to case.
         *
         * @return this builder
         */
        public Builder<S> ignoringCase() {
            this.ignoringCase = true;
            return this;
        }

        /**
         * A row of the main field alone.
         *
         * @param value the raw value, or {@link #NONE}
         * @param state the neutral state
         * @param action the required action
         * @return this builder
         */
        public Builder<S> row(String value, S state, RequiredAction action) {
            return row(raw(value), state, action);
        }

        /**
         * A row that names several fields.
         *
         * @param match the fields, from {@link StateTable#raw(String)}
         * @param state the neutral state
         * @param action the required action
         * @return this builder
         */
        public Builder<S> row(RawMatch match, S state, RequiredAction action) {
            Objects.requireNonNull(action, "action");
            return add(match, state, action);
        }

        /**
         * A row of a resource without required actions (an access point).
         *
         * @param value the raw value
         * @param state the neutral state
         * @return this builder
         */
        public Builder<S> row(String value, S state) {
            withActions = false;
            return add(raw(value), state, null);
        }

        /**
         * What the previous row means, or why it is as it is.
         *
         * @param text the note; start it with {@code UNVERIFIED} for an unconfirmed convention
         * @return this builder
         */
        public Builder<S> note(String text) {
            if (rows.isEmpty()) {
                throw new IllegalStateException("declare a row before its note");
            }
            Row<S> last = rows.get(rows.size() - 1);
            rows.set(rows.size() - 1, new Row<>(last.match(), last.state(), last.action(), text));
            return this;
        }

        /**
         * {@return the table built}
         *
         * @throws IllegalArgumentException if two rows match the same raw values
         */
        public StateTable<S> build() {
            for (int i = 0; i < rows.size(); i++) {
                for (int j = i + 1; j < rows.size(); j++) {
                    if (sameMatch(rows.get(i).match(), rows.get(j).match())) {
                        throw new IllegalArgumentException("two rows for " + rows.get(i).match() + " in the "
                                + resource + " table");
                    }
                }
            }
            return new StateTable<>(this);
        }

        private boolean sameMatch(Map<String, String> a, Map<String, String> b) {
            if (!a.keySet().equals(b.keySet())) {
                return false;
            }
            return a.entrySet().stream().allMatch(e -> ignoringCase
                    ? e.getValue().equalsIgnoreCase(b.get(e.getKey())) : e.getValue().equals(b.get(e.getKey())));
        }

        private Builder<S> add(RawMatch match, S state, RequiredAction action) {
            Map<String, String> fields = new LinkedHashMap<>();
            match.fields.forEach((name, value) -> fields.put(name == null ? field : name, value));
            rows.add(new Row<>(fields, state, action, ""));
            return this;
        }
    }

    /**
     * Renders a row's raw fields as documentation writes them: {@code Status=Allocated; LoaStatus=(none)}.
     *
     * @param row the row
     * @return the text
     */
    public static String describe(Row<?> row) {
        StringBuilder text = new StringBuilder();
        row.match().forEach((name, value) -> text.append(text.length() == 0 ? "" : "; ").append(name).append('=')
                .append(value.equals(NONE) ? "(none)" : value));
        return text.toString();
    }
}
