package io.dclink.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An application for a new connection. Which fields a provider requires is checked before any
 * network call; every problem is reported at once.
 *
 * @param name the connection name
 * @param description a description, or {@code null}
 * @param accessPointId where the line should land
 * @param carrier the line operator (the provider's own code, e.g. {@code ChinaTelecom} or {@code CT})
 * @param portType the port type (e.g. {@code 1000Base-LX})
 * @param bandwidthMbps the bandwidth in Mbit/s, or {@code null} for the provider's default
 * @param customerAddress the customer premises address, including floor and room
 * @param circuitCode the carrier's circuit code, or {@code null}
 * @param redundantConnectionId the existing connection this one is redundant with, or {@code null}
 * @param contact the customer contact, or {@code null} for the account's default
 * @param faultContact the contact for fault reports, or {@code null}
 * @param tags tags to attach
 * @param idempotencyKey a caller-chosen key (at most 64 ASCII characters) that makes retries of this create safe, or {@code null}
 * @param providerOptions provider-specific settings listed in docs/providers.md; unknown keys are a validation error
 */
public record CreateConnectionRequest(
        String name,
        String description,
        String accessPointId,
        String carrier,
        String portType,
        Integer bandwidthMbps,
        String customerAddress,
        String circuitCode,
        String redundantConnectionId,
        Contact contact,
        Contact faultContact,
        Map<String, String> tags,
        String idempotencyKey,
        Map<String, String> providerOptions) {

    /**
     * Validates and copies the components.
     *
     * @param name the connection name
     * @param description a description, or {@code null}
     * @param accessPointId where the line should land
     * @param carrier the line operator (the provider's own code, e.g. {@code ChinaTelecom} or {@code CT})
     * @param portType the port type (e.g. {@code 1000Base-LX})
     * @param bandwidthMbps the bandwidth in Mbit/s, or {@code null} for the provider's default
     * @param customerAddress the customer premises address, including floor and room
     * @param circuitCode the carrier's circuit code, or {@code null}
     * @param redundantConnectionId the existing connection this one is redundant with, or {@code null}
     * @param contact the customer contact, or {@code null} for the account's default
     * @param faultContact the contact for fault reports, or {@code null}
     * @param tags tags to attach
     * @param idempotencyKey a caller-chosen key (at most 64 ASCII characters) that makes retries of this create safe, or {@code null}
     * @param providerOptions provider-specific settings listed in docs/providers.md; unknown keys are a validation error
     */
    public CreateConnectionRequest {
        tags = Copies.map(tags);
        providerOptions = Copies.map(providerOptions);
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
        b.accessPointId = accessPointId;
        b.carrier = carrier;
        b.portType = portType;
        b.bandwidthMbps = bandwidthMbps;
        b.customerAddress = customerAddress;
        b.circuitCode = circuitCode;
        b.redundantConnectionId = redundantConnectionId;
        b.contact = contact;
        b.faultContact = faultContact;
        b.tags = tags;
        b.idempotencyKey = idempotencyKey;
        b.providerOptions = providerOptions;
        return b;
    }

    /** Builds {@link CreateConnectionRequest} instances. */
    public static final class Builder {
        private String name;
        private String description;
        private String accessPointId;
        private String carrier;
        private String portType;
        private Integer bandwidthMbps;
        private String customerAddress;
        private String circuitCode;
        private String redundantConnectionId;
        private Contact contact;
        private Contact faultContact;
        private Map<String, String> tags = Map.of();
        private String idempotencyKey;
        private Map<String, String> providerOptions = Map.of();

        private Builder() {
        }

        /**
         * Sets name.
         *
         * @param value the connection name
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
         * Sets accessPointId.
         *
         * @param value where the line should land
         * @return this builder
         */
        public Builder accessPointId(String value) {
            this.accessPointId = value;
            return this;
        }

        /**
         * Sets carrier.
         *
         * @param value the line operator (the provider's own code, e.g. {@code ChinaTelecom} or {@code CT})
         * @return this builder
         */
        public Builder carrier(String value) {
            this.carrier = value;
            return this;
        }

        /**
         * Sets portType.
         *
         * @param value the port type (e.g. {@code 1000Base-LX})
         * @return this builder
         */
        public Builder portType(String value) {
            this.portType = value;
            return this;
        }

        /**
         * Sets bandwidthMbps.
         *
         * @param value the bandwidth in Mbit/s, or {@code null} for the provider's default
         * @return this builder
         */
        public Builder bandwidthMbps(Integer value) {
            this.bandwidthMbps = value;
            return this;
        }

        /**
         * Sets customerAddress.
         *
         * @param value the customer premises address, including floor and room
         * @return this builder
         */
        public Builder customerAddress(String value) {
            this.customerAddress = value;
            return this;
        }

        /**
         * Sets circuitCode.
         *
         * @param value the carrier's circuit code, or {@code null}
         * @return this builder
         */
        public Builder circuitCode(String value) {
            this.circuitCode = value;
            return this;
        }

        /**
         * Sets redundantConnectionId.
         *
         * @param value the existing connection this one is redundant with, or {@code null}
         * @return this builder
         */
        public Builder redundantConnectionId(String value) {
            this.redundantConnectionId = value;
            return this;
        }

        /**
         * Sets contact.
         *
         * @param value the customer contact, or {@code null} for the account's default
         * @return this builder
         */
        public Builder contact(Contact value) {
            this.contact = value;
            return this;
        }

        /**
         * Sets faultContact.
         *
         * @param value the contact for fault reports, or {@code null}
         * @return this builder
         */
        public Builder faultContact(Contact value) {
            this.faultContact = value;
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
         * @param value a caller-chosen key (at most 64 ASCII characters) that makes retries of this create safe, or {@code null}
         * @return this builder
         */
        public Builder idempotencyKey(String value) {
            this.idempotencyKey = value;
            return this;
        }

        /**
         * Sets providerOptions.
         *
         * @param value provider-specific settings listed in docs/providers.md; unknown keys are a validation error
         * @return this builder
         */
        public Builder providerOptions(Map<String, String> value) {
            this.providerOptions = value == null ? Map.of() : new LinkedHashMap<>(value);
            return this;
        }

        /**
         * Builds the createConnectionRequest.
         *
         * @return the new instance
         */
        public CreateConnectionRequest build() {
            return new CreateConnectionRequest(name, description, accessPointId, carrier, portType, bandwidthMbps, customerAddress, circuitCode, redundantConnectionId, contact, faultContact, tags, idempotencyKey, providerOptions);
        }
    }
}
