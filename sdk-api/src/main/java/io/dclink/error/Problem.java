package io.dclink.error;

import java.util.Objects;

/**
 * One problem with a request, found before any network call.
 *
 * @param field the request field (dotted path, e.g. {@code bgp.customerAsn}), or {@code request}
 *     for a rule across fields
 * @param message what is wrong and what is allowed
 */
public record Problem(String field, String message) {

    /**
     * Validates the components.
     *
     * @param field the field
     * @param message the message
     */
    public Problem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
