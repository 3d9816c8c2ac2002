package io.dclink.error;

/** The credentials are valid but lack permission for the operation. */
public class PermissionDeniedException extends DirectConnectException {

    /**
     * Creates the error.
     *
     * @param message what went wrong and what to do
     * @param context where it came from
     * @param cause the underlying failure, or {@code null}
     */
    public PermissionDeniedException(String message, ErrorContext context, Throwable cause) {
        super(message, context, cause);
    }
}
