package io.dclink.error;

/** The operation conflicts with the resource's current state, or with another operation in progress. */
public class InvalidStateException extends DirectConnectException {

    /**
     * Creates the error.
     *
     * @param message what went wrong and what to do
     * @param context where it came from
     * @param cause the underlying failure, or {@code null}
     */
    public InvalidStateException(String message, ErrorContext context, Throwable cause) {
        super(message, context, cause);
    }
}
