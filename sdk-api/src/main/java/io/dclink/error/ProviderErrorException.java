package io.dclink.error;

/** The provider rejected the request with an error that has no more specific type here; see the raw error code. */
public class ProviderErrorException extends DirectConnectException {

    /**
     * Creates the error.
     *
     * @param message what went wrong and what to do
     * @param context where it came from
     * @param cause the underlying failure, or {@code null}
     */
    public ProviderErrorException(String message, ErrorContext context, Throwable cause) {
        super(message, context, cause);
    }
}
