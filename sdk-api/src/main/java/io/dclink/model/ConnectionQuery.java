package io.dclink.model;

import io.dclink.lifecycle.ConnectionState;
import java.util.ArrayList;
import java.util.List;

/**
 * Which connections to list. Empty criteria match everything; criteria combine with AND, values of one
 * criterion with OR.
 *
 * @param ids connection ids
 * @param names exact names
 * @param states neutral states
 * @param accessPointId an access point id, or {@code null}
 */
public record ConnectionQuery(
        List<String> ids,
        List<String> names,
        List<ConnectionState> states,
        String accessPointId) {

    /**
     * Validates and copies the components.
     *
     * @param ids connection ids
     * @param names exact names
     * @param states neutral states
     * @param accessPointId an access point id, or {@code null}
     */
    public ConnectionQuery {
        ids = Copies.list(ids);
        names = Copies.list(names);
        states = Copies.list(states);
    }

    /**
     * A query that matches every connection.
     *
     * @return the query
     */
    public static ConnectionQuery all() {
        return builder().build();
    }

    /**
     * A new, empty builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder initialised with this object's values.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.ids = ids;
        b.names = names;
        b.states = states;
        b.accessPointId = accessPointId;
        return b;
    }

    /** Builds {@link ConnectionQuery} instances. */
    public static final class Builder {
        private List<String> ids = List.of();
        private List<String> names = List.of();
        private List<ConnectionState> states = List.of();
        private String accessPointId;

        private Builder() {
        }

        /**
         * Sets ids.
         *
         * @param value connection ids
         * @return this builder
         */
        public Builder ids(List<String> value) {
            this.ids = value == null ? List.of() : new ArrayList<>(value);
            return this;
        }

        /**
         * Sets names.
         *
         * @param value exact names
         * @return this builder
         */
        public Builder names(List<String> value) {
            this.names = value == null ? List.of() : new ArrayList<>(value);
            return this;
        }

        /**
         * Sets states.
         *
         * @param value neutral states
         * @return this builder
         */
        public Builder states(List<ConnectionState> value) {
            this.states = value == null ? List.of() : new ArrayList<>(value);
            return this;
        }

        /**
         * Sets accessPointId.
         *
         * @param value an access point id, or {@code null}
         * @return this builder
         */
        public Builder accessPointId(String value) {
            this.accessPointId = value;
            return this;
        }

        /**
         * Builds the connectionQuery.
         *
         * @return the new instance
         */
        public ConnectionQuery build() {
            return new ConnectionQuery(ids, names, states, accessPointId);
        }
    }
}
