package io.dclink.model;


/**
 * Which routes to list: those of one virtual interface, or of one gateway.
 *
 * @param virtualInterfaceId the virtual interface, or {@code null}
 * @param gatewayId the gateway, or {@code null}
 */
public record RouteQuery(
        String virtualInterfaceId,
        String gatewayId) {

    /**
     * Validates and copies the components.
     *
     * @param virtualInterfaceId the virtual interface, or {@code null}
     * @param gatewayId the gateway, or {@code null}
     */
    public RouteQuery {
    }

    /**
     * The routes of a virtual interface.
     *
     * @param virtualInterfaceId the interface id
     * @return the query
     */
    public static RouteQuery ofVirtualInterface(String virtualInterfaceId) {
        return builder().virtualInterfaceId(virtualInterfaceId).build();
    }

    /**
     * The routes of a gateway.
     *
     * @param gatewayId the gateway id
     * @return the query
     */
    public static RouteQuery ofGateway(String gatewayId) {
        return builder().gatewayId(gatewayId).build();
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
        b.virtualInterfaceId = virtualInterfaceId;
        b.gatewayId = gatewayId;
        return b;
    }

    /** Builds {@link RouteQuery} instances. */
    public static final class Builder {
        private String virtualInterfaceId;
        private String gatewayId;

        private Builder() {
        }

        /**
         * Sets virtualInterfaceId.
         *
         * @param value the virtual interface, or {@code null}
         * @return this builder
         */
        public Builder virtualInterfaceId(String value) {
            this.virtualInterfaceId = value;
            return this;
        }

        /**
         * Sets gatewayId.
         *
         * @param value the gateway, or {@code null}
         * @return this builder
         */
        public Builder gatewayId(String value) {
            this.gatewayId = value;
            return this;
        }

        /**
         * Builds the routeQuery.
         *
         * @return the new instance
         */
        public RouteQuery build() {
            return new RouteQuery(virtualInterfaceId, gatewayId);
        }
    }
}
