package io.dclink.model;


/**
 * How to pay an outstanding order or fee.
 *
 * @param termMonths the subscription term in months, or {@code null} for the provider's default
 * @param autoRenew whether to renew automatically, or {@code null} for the provider's default
 * @param idempotencyKey a caller-chosen key that makes retries safe, or {@code null}
 */
public record PaymentOptions(
        Integer termMonths,
        Boolean autoRenew,
        String idempotencyKey) {

    /**
     * Validates and copies the components.
     *
     * @param termMonths the subscription term in months, or {@code null} for the provider's default
     * @param autoRenew whether to renew automatically, or {@code null} for the provider's default
     * @param idempotencyKey a caller-chosen key that makes retries safe, or {@code null}
     */
    public PaymentOptions {
    }

    /**
     * The provider's defaults.
     *
     * @return the options
     */
    public static PaymentOptions defaults() {
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
        b.termMonths = termMonths;
        b.autoRenew = autoRenew;
        b.idempotencyKey = idempotencyKey;
        return b;
    }

    /** Builds {@link PaymentOptions} instances. */
    public static final class Builder {
        private Integer termMonths;
        private Boolean autoRenew;
        private String idempotencyKey;

        private Builder() {
        }

        /**
         * Sets termMonths.
         *
         * @param value the subscription term in months, or {@code null} for the provider's default
         * @return this builder
         */
        public Builder termMonths(Integer value) {
            this.termMonths = value;
            return this;
        }

        /**
         * Sets autoRenew.
         *
         * @param value whether to renew automatically, or {@code null} for the provider's default
         * @return this builder
         */
        public Builder autoRenew(Boolean value) {
            this.autoRenew = value;
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
         * Builds the paymentOptions.
         *
         * @return the new instance
         */
        public PaymentOptions build() {
            return new PaymentOptions(termMonths, autoRenew, idempotencyKey);
        }
    }
}
