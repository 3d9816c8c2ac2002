package io.dclink.model;

import io.dclink.codegen.GenerateBuilder;

/**
 * How to pay an outstanding order or fee.
 *
 * @param termMonths the subscription term in months, or {@code null} for the provider's default
 * @param autoRenew whether to renew automatically, or {@code null} for the provider's default
 * @param idempotencyKey a caller-chosen key that makes retries safe, or {@code null}
 */
@GenerateBuilder
public record PaymentOptions(
        Integer termMonths,
        Boolean autoRenew,
        String idempotencyKey) {

    /** {@return the provider's defaults} */
    public static PaymentOptions defaults() {
        return builder().build();
    }

    /** {@return a new, empty builder} */
    public static PaymentOptionsBuilder builder() {
        return new PaymentOptionsBuilder();
    }

    /** {@return a builder initialised with this object's values} */
    public PaymentOptionsBuilder toBuilder() {
        return new PaymentOptionsBuilder(this);
    }
}
