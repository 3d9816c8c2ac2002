package io.dclink.error;

/**
 * The provider refused the request's parameters. dclink validates what it can before sending; this
 * error means the provider applies a rule dclink does not know (or the provider's documentation is
 * incomplete). The provider's code and message say which parameter.
 */
public class InvalidRequestException extends DirectConnectException {

    /**
     * Creates the error.
     *
     * @param message what went wrong and what to do
     * @param context where it came from
     * @param cause the underlying failure, or {@code null}
     */
    public InvalidRequestException(String message, ErrorContext context, Throwable cause) {
        super(message, context, cause);
    }
}
