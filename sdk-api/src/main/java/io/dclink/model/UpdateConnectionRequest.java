package io.dclink.model;


/**
 * Changes to a connection; {@code null} fields stay unchanged. On a rejected application an update is
 * the resubmission, where the provider supports one.
 *
 * @param name the new name
 * @param description the new description
 * @param bandwidthMbps the new bandwidth in Mbit/s
 * @param circuitCode the new circuit code
 * @param customerAddress the new customer address
 * @param contact the new customer contact
 * @param faultContact the new fault contact
 */
public record UpdateConnectionRequest(
        String name,
        String description,
        Integer bandwidthMbps,
        String circuitCode,
        String customerAddress,
        Contact contact,
        Contact faultContact) {

    /**
     * Validates and copies the components.
     *
     * @param name the new name
     * @param description the new description
     * @param bandwidthMbps the new bandwidth in Mbit/s
     * @param circuitCode the new circuit code
     * @param customerAddress the new customer address
     * @param contact the new customer contact
     * @param faultContact the new fault contact
     */
    public UpdateConnectionRequest {
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
        b.bandwidthMbps = bandwidthMbps;
        b.circuitCode = circuitCode;
        b.customerAddress = customerAddress;
        b.contact = contact;
        b.faultContact = faultContact;
        return b;
    }

    /** Builds {@link UpdateConnectionRequest} instances. */
    public static final class Builder {
        private String name;
        private String description;
        private Integer bandwidthMbps;
        private String circuitCode;
        private String customerAddress;
        private Contact contact;
        private Contact faultContact;

        private Builder() {
        }

        /**
         * Sets name.
         *
         * @param value the new name
         * @return this builder
         */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /**
         * Sets description.
         *
         * @param value the new description
         * @return this builder
         */
        public Builder description(String value) {
            this.description = value;
            return this;
        }

        /**
         * Sets bandwidthMbps.
         *
         * @param value the new bandwidth in Mbit/s
         * @return this builder
         */
        public Builder bandwidthMbps(Integer value) {
            this.bandwidthMbps = value;
            return this;
        }

        /**
         * Sets circuitCode.
         *
         * @param value the new circuit code
         * @return this builder
         */
        public Builder circuitCode(String value) {
            this.circuitCode = value;
            return this;
        }

        /**
         * Sets customerAddress.
         *
         * @param value the new customer address
         * @return this builder
         */
        public Builder customerAddress(String value) {
            this.customerAddress = value;
            return this;
        }

        /**
         * Sets contact.
         *
         * @param value the new customer contact
         * @return this builder
         */
        public Builder contact(Contact value) {
            this.contact = value;
            return this;
        }

        /**
         * Sets faultContact.
         *
         * @param value the new fault contact
         * @return this builder
         */
        public Builder faultContact(Contact value) {
            this.faultContact = value;
            return this;
        }

        /**
         * Builds the updateConnectionRequest.
         *
         * @return the new instance
         */
        public UpdateConnectionRequest build() {
            return new UpdateConnectionRequest(name, description, bandwidthMbps, circuitCode, customerAddress, contact, faultContact);
        }
    }
}
