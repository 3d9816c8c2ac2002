package io.dclink.model;


/**
 * A request for a new route on a virtual interface or in a gateway's table.
 *
 * @param virtualInterfaceId the virtual interface, or {@code null}
 * @param gatewayId the gateway, or {@code null}
 * @param destination the destination prefix in CIDR form
 * @param nextHop the next hop, or {@code null} for the provider's default
 * @param description a description, or {@code null}
 * @param idempotencyKey a caller-chosen key that makes retries safe, or {@code null}
 */
public record CreateRouteRequest(
        String virtualInterfaceId,
        String gatewayId,
        String destination,
        String nextHop,
        String description,
        String idempotencyKey) {

    /**
     * Validates and copies the components.
     *
     * @param virtualInterfaceId the virtual interface, or {@code null}
     * @param gatewayId the gateway, or {@code null}
     * @param destination the destination prefix in CIDR form
     * @param nextHop the next hop, or {@code null} for the provider's default
     * @param description a description, or {@code null}
     * @param idempotencyKey a caller-chosen key that makes retries safe, or {@code null}
     */
    public CreateRouteRequest {
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
        b.destination = destination;
        b.nextHop = nextHop;
        b.description = description;
        b.idempotencyKey = idempotencyKey;
        return b;
    }

    /** Builds {@link CreateRouteRequest} instances. */
    public static final class Builder {
        private String virtualInterfaceId;
        private String gatewayId;
        private String destination;
        private String nextHop;
        private String description;
        private String idempotencyKey;

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
         * Sets destination.
         *
         * @param value the destination prefix in CIDR form
         * @return this builder
         */
        public Builder destination(String value) {
            this.destination = value;
            return this;
        }

        /**
         * Sets nextHop.
         *
         * @param value the next hop, or {@code null} for the provider's default
         * @return this builder
         */
        public Builder nextHop(String value) {
            this.nextHop = value;
            return this;
        }

        /**
         * Sets description.
         *
         * @param value a description, or {@code null}
         * @return this builder
         */
        public Builder description(String value) {
            this.description = value;
            return this;
        }

        /**
         * Sets idempotencyKey.
         *
         * @param value a caller-chosen key that makes retries safe, or {@code null}
         * @return this builder
         */
        public Builder idempotencyKey(String value) {
            this.idempotencyKey = value;
            return this;
        }

        /**
         * Builds the createRouteRequest.
         *
         * @return the new instance
         */
        public CreateRouteRequest build() {
            return new CreateRouteRequest(virtualInterfaceId, gatewayId, destination, nextHop, description, idempotencyKey);
        }
    }
}
