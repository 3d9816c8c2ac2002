package io.dclink.error;

/** The provider throttled the request; it is retryable after a delay. */
public class ThrottledException extends DirectConnectException {

    /**
     * Creates the error.
     *
     * @param message what went wrong and what to do
     * @param context where it came from
     * @param cause the underlying failure, or {@code null}
     */
    public ThrottledException(String message, ErrorContext context, Throwable cause) {
        super(message, context, cause);
    }
}
