package io.dclink.error;

/** The resource does not exist, or does not belong to this account or region. */
public class ResourceNotFoundException extends DirectConnectException {

    /**
     * Creates the error.
     *
     * @param message what went wrong and what to do
     * @param context where it came from
     * @param cause the underlying failure, or {@code null}
     */
    public ResourceNotFoundException(String message, ErrorContext context, Throwable cause) {
        super(message, context, cause);
    }
}
