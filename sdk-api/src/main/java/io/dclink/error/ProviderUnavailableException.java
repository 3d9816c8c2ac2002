package io.dclink.error;

/**
 * The provider could not be reached or failed internally (I/O error, timeout, HTTP 5xx). When the
 * request may already have been processed, {@link #requestMayHaveBeenProcessed()} is {@code true}
 * and a non-idempotent request must not simply be repeated.
 */
public class ProviderUnavailableException extends DirectConnectException {

    /** Whether the request may have taken effect. */
    private final boolean ambiguous;

    /**
     * Creates the error.
     *
     * @param message what went wrong and what to do
     * @param context where it came from
     * @param requestMayHaveBeenProcessed whether the request may have reached the provider and
     *     taken effect
     * @param cause the underlying failure, or {@code null}
     */
    public ProviderUnavailableException(
            String message, ErrorContext context, boolean requestMayHaveBeenProcessed, Throwable cause) {
        super(message, context, cause);
        this.ambiguous = requestMayHaveBeenProcessed;
    }

    /**
     * {@return whether the request may have reached the provider and taken effect before the failure: {@code true} for
     * a timeout or a connection lost after the request was sent}
     */
    public boolean requestMayHaveBeenProcessed() {
        return ambiguous;
    }
}
