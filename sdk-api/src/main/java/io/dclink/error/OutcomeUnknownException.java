package io.dclink.error;

import java.util.Objects;

/**
 * An order may have been placed, and dclink could not find out whether it was: the answer was
 * lost or unreadable, and looking for what it created did not settle the question; or the provider
 * accepted a write of the call and a later step (reading back what was ordered) failed
 * ({@link #ordered}). Nothing was ordered twice. Repeating the same call with
 * {@link #idempotencyKey()} is safe: the provider's client token, or dclink's search by that key,
 * finds what the first call ordered instead of ordering again.
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
        this(context, "The " + what + " may have been ordered, and whether it was could not be found out", idempotencyKey,
                cause);
    }

    private OutcomeUnknownException(ErrorContext context, String situation, String idempotencyKey, Throwable cause) {
        super(situation + ": repeat the same call with idempotency key '"
                + Objects.requireNonNull(idempotencyKey, "idempotencyKey")
                + "' (it is safe: it finds what was ordered instead of ordering again)", context.withRetryable(true), cause);
        this.idempotencyKey = idempotencyKey;
    }

    /**
     * The error of a create the provider accepted a write of (usually the order itself) before a
     * later step failed, such as reading back what was ordered: repeating the call with the key
     * returns what was ordered. The message includes the later step's.
     *
     * @param what what was being ordered, e.g. {@code "connection"}
     * @param idempotencyKey the key the order carried
     * @param context where it came from
     * @param cause the failure of the later step
     * @return the error
     */
    public static OutcomeUnknownException ordered(String what, String idempotencyKey, ErrorContext context,
            Throwable cause) {
        return new OutcomeUnknownException(context, "The " + what + " may have been ordered: the provider accepted a write "
                + "of this call, then what followed failed (" + Objects.requireNonNull(cause, "cause").getMessage() + ")",
                idempotencyKey, cause);
    }

    /** {@return the idempotency key the order carried} Repeat the call with it. */
    public String idempotencyKey() {
        return idempotencyKey;
    }
}
