package io.dclink.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Which virtual interfaces to list. Empty criteria match everything.
 *
 * @param ids interface ids
 * @param connectionId the connection they run over, or {@code null}
 * @param gatewayId the gateway they attach to, or {@code null}
 */
public record VirtualInterfaceQuery(
        List<String> ids,
        String connectionId,
        String gatewayId) {

    /**
     * Validates and copies the components.
     *
     * @param ids interface ids
     * @param connectionId the connection they run over, or {@code null}
     * @param gatewayId the gateway they attach to, or {@code null}
     */
    public VirtualInterfaceQuery {
        ids = Copies.list(ids);
    }

    /**
     * A query that matches every virtual interface.
     *
     * @return the query
     */
    public static VirtualInterfaceQuery all() {
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
        b.connectionId = connectionId;
        b.gatewayId = gatewayId;
        return b;
    }

    /** Builds {@link VirtualInterfaceQuery} instances. */
    public static final class Builder {
        private List<String> ids = List.of();
        private String connectionId;
        private String gatewayId;

        private Builder() {
        }

        /**
         * Sets ids.
         *
         * @param value interface ids
         * @return this builder
         */
        public Builder ids(List<String> value) {
            this.ids = value == null ? List.of() : new ArrayList<>(value);
            return this;
        }

        /**
         * Sets connectionId.
         *
         * @param value the connection they run over, or {@code null}
         * @return this builder
         */
        public Builder connectionId(String value) {
            this.connectionId = value;
            return this;
        }

        /**
         * Sets gatewayId.
         *
         * @param value the gateway they attach to, or {@code null}
         * @return this builder
         */
        public Builder gatewayId(String value) {
            this.gatewayId = value;
            return this;
        }

        /**
         * Builds the virtualInterfaceQuery.
         *
         * @return the new instance
         */
        public VirtualInterfaceQuery build() {
            return new VirtualInterfaceQuery(ids, connectionId, gatewayId);
        }
    }
}
