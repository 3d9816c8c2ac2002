package io.dclink.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request for a new gateway.
 *
 * @param name the gateway name
 * @param description a description, or {@code null}
 * @param networkType the kind of network it serves (e.g. {@code VPC}), or {@code null}
 * @param networkId the network it serves (e.g. a VPC id), or {@code null}
 * @param asn the gateway's BGP ASN, or {@code null} for the provider's default
 * @param tags tags to attach
 * @param idempotencyKey a caller-chosen key that makes retries safe, or {@code null}
 */
public record CreateGatewayRequest(
        String name,
        String description,
        String networkType,
        String networkId,
        Long asn,
        Map<String, String> tags,
        String idempotencyKey) {

    /**
     * Validates and copies the components.
     *
     * @param name the gateway name
     * @param description a description, or {@code null}
     * @param networkType the kind of network it serves (e.g. {@code VPC}), or {@code null}
     * @param networkId the network it serves (e.g. a VPC id), or {@code null}
     * @param asn the gateway's BGP ASN, or {@code null} for the provider's default
     * @param tags tags to attach
     * @param idempotencyKey a caller-chosen key that makes retries safe, or {@code null}
     */
    public CreateGatewayRequest {
        tags = Copies.map(tags);
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
        b.name = name;
        b.description = description;
        b.networkType = networkType;
        b.networkId = networkId;
        b.asn = asn;
        b.tags = tags;
        b.idempotencyKey = idempotencyKey;
        return b;
    }

    /** Builds {@link CreateGatewayRequest} instances. */
    public static final class Builder {
        private String name;
        private String description;
        private String networkType;
        private String networkId;
        private Long asn;
        private Map<String, String> tags = Map.of();
        private String idempotencyKey;

        private Builder() {
        }

        /**
         * Sets name.
         *
         * @param value the gateway name
         * @return this builder
         */
        public Builder name(String value) {
            this.name = value;
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
         * Sets networkType.
         *
         * @param value the kind of network it serves (e.g. {@code VPC}), or {@code null}
         * @return this builder
         */
        public Builder networkType(String value) {
            this.networkType = value;
            return this;
        }

        /**
         * Sets networkId.
         *
         * @param value the network it serves (e.g. a VPC id), or {@code null}
         * @return this builder
         */
        public Builder networkId(String value) {
            this.networkId = value;
            return this;
        }

        /**
         * Sets asn.
         *
         * @param value the gateway's BGP ASN, or {@code null} for the provider's default
         * @return this builder
         */
        public Builder asn(Long value) {
            this.asn = value;
            return this;
        }

        /**
         * Sets tags.
         *
         * @param value tags to attach
         * @return this builder
         */
        public Builder tags(Map<String, String> value) {
            this.tags = value == null ? Map.of() : new LinkedHashMap<>(value);
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
         * Builds the createGatewayRequest.
         *
         * @return the new instance
         */
        public CreateGatewayRequest build() {
            return new CreateGatewayRequest(name, description, networkType, networkId, asn, tags, idempotencyKey);
        }
    }
}
