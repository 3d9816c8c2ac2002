package io.dclink.error;

/** The provider did not accept the credentials or the request signature (check the keys and the machine clock). */
public class AuthenticationException extends DirectConnectException {

    /**
     * Creates the error.
     *
     * @param message what went wrong and what to do
     * @param context where it came from
     * @param cause the underlying failure, or {@code null}
     */
    public AuthenticationException(String message, ErrorContext context, Throwable cause) {
        super(message, context, cause);
    }
}
