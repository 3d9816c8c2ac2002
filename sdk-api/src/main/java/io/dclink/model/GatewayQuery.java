package io.dclink.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Which gateways to list. Empty criteria match everything.
 *
 * @param ids gateway ids
 * @param names exact names
 */
public record GatewayQuery(
        List<String> ids,
        List<String> names) {

    /**
     * Validates and copies the components.
     *
     * @param ids gateway ids
     * @param names exact names
     */
    public GatewayQuery {
        ids = Copies.list(ids);
        names = Copies.list(names);
    }

    /**
     * A query that matches every gateway.
     *
     * @return the query
     */
    public static GatewayQuery all() {
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
        return b;
    }

    /** Builds {@link GatewayQuery} instances. */
    public static final class Builder {
        private List<String> ids = List.of();
        private List<String> names = List.of();

        private Builder() {
        }

        /**
         * Sets ids.
         *
         * @param value gateway ids
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
         * Builds the gatewayQuery.
         *
         * @return the new instance
         */
        public GatewayQuery build() {
            return new GatewayQuery(ids, names);
        }
    }
}
