package io.dclink.error;

/** The provider's response was malformed or not what its API documents. */
public class ProtocolException extends DirectConnectException {

    /**
     * Creates the error.
     *
     * @param message what went wrong and what to do
     * @param context where it came from
     * @param cause the underlying failure, or {@code null}
     */
    public ProtocolException(String message, ErrorContext context, Throwable cause) {
        super(message, context, cause);
    }
}
