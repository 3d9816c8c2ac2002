package io.dclink.error;

import java.util.Objects;

/**
 * An order may have been placed, and dclink could not find out whether it was: the answer was
 * lost or unreadable, and looking for what it created did not settle the question. Nothing was
 * ordered twice. Repeating the same call with {@link #idempotencyKey()} is safe: the provider's
 * client token, or dclink's search by that key, finds what the first call ordered instead of
 * ordering again.
 */
public class OutcomeUnknownException extends DirectConnectException {

    /** The key to repeat the call with. */
    private final String idempotencyKey;

    /**
     * Creates the error.
     *
     * @param what what was being ordered, e.g. {@code "connection"}
     * @param idempotencyKey the key the order carried
     * @param context where it came from
     * @param cause why the outcome is unknown
     */
    public OutcomeUnknownException(String what, String idempotencyKey, ErrorContext context, Throwable cause) {
        super("The " + what + " may have been ordered, and whether it was could not be found out: repeat the same "
                + "call with idempotency key '" + Objects.requireNonNull(idempotencyKey, "idempotencyKey")
                + "' (it is safe: it finds what was ordered instead of ordering again)", context.withRetryable(true), cause);
        this.idempotencyKey = idempotencyKey;
    }

    /** {@return the idempotency key the order carried} Repeat the call with it. */
    public String idempotencyKey() {
        return idempotencyKey;
    }
}
