package io.dclink.error;

/** An account or resource quota is exhausted; retrying will not help until the quota is raised or resources are freed. */
public class QuotaExceededException extends DirectConnectException {

    /**
     * Creates the error.
     *
     * @param message what went wrong and what to do
     * @param context where it came from
     * @param cause the underlying failure, or {@code null}
     */
    public QuotaExceededException(String message, ErrorContext context, Throwable cause) {
        super(message, context, cause);
    }
}
