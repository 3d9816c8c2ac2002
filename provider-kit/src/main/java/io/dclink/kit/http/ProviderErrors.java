package io.dclink.kit.http;

import io.dclink.error.DirectConnectException;
import io.dclink.error.ErrorContext;
import io.dclink.error.ProtocolException;
import io.dclink.spi.ErrorCategory;
import io.dclink.spi.ResponseContext;

/** Builds dclink's typed errors from provider error responses. */
public final class ProviderErrors {

    private ProviderErrors() {
    }

    /**
     * The typed error for a provider error, retryable as the category says.
     *
     * @param category the kind of error
     * @param code the provider's raw code
     * @param requestId the provider's request id, or {@code null}
     * @param providerMessage the provider's message, or {@code null}; secrets are scrubbed from it
     * @param response the response's context
     * @return the error
     */
    public static DirectConnectException of(
            ErrorCategory category, String code, String requestId, String providerMessage, ResponseContext response) {
        return of(category, category.retryableByDefault(), code, requestId, providerMessage, response);
    }

    /**
     * The typed error for a provider error, with an explicit retryable flag (for codes such as
     * {@code TaskConflict} that are retryable although their category is not).
     *
     * @param category the kind of error
     * @param retryable whether repeating the request may succeed
     * @param code the provider's raw code
     * @param requestId the provider's request id, or {@code null}
     * @param providerMessage the provider's message, or {@code null}; secrets are scrubbed from it
     * @param response the response's context
     * @return the error
     */
    public static DirectConnectException of(ErrorCategory category, boolean retryable, String code, String requestId,
            String providerMessage, ResponseContext response) {
        ErrorContext context = response.errorContext().withErrorCode(code).withRequestId(requestId).withRetryable(retryable);
        String said = providerMessage == null || providerMessage.isBlank()
                ? "" : ". The provider said: " + response.scrub(providerMessage);
        return category.exception(category.remedy() + " (" + response.operation() + ")" + said, context);
    }

    /**
     * The typed error for an HTTP status that no provider envelope explained.
     *
     * @param status the HTTP status
     * @param response the response's context
     * @return the error
     */
    public static DirectConnectException fromStatus(int status, ResponseContext response) {
        return fromStatus(status, null, response);
    }

    /**
     * The typed error for an HTTP status that no provider envelope explained, with the request id a
     * header gave.
     *
     * @param status the HTTP status
     * @param requestId the provider's request id, or {@code null}
     * @param response the response's context
     * @return the error
     */
    public static DirectConnectException fromStatus(int status, String requestId, ResponseContext response) {
        ErrorCategory category = ErrorCategory.ofStatus(status);
        ErrorContext context = response.errorContext().withRequestId(requestId).withRetryable(category.retryableByDefault());
        return category.exception(category.remedy() + " (" + response.operation() + ", HTTP " + status + ")", context);
    }

    /**
     * The error for a response body that cannot be read. The body itself is never quoted.
     *
     * @param what what could not be read, e.g. {@code "the DescribeDirectConnects response"}
     * @param context where it came from
     * @param cause the parse failure
     * @return the error
     */
    public static ProtocolException malformed(String what, ErrorContext context, Throwable cause) {
        return new ProtocolException(ErrorCategory.PROTOCOL.remedy() + ": " + what + " is malformed", context, cause);
    }
}
