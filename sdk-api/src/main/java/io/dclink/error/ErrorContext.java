package io.dclink.error;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Where an error came from: the provider, its raw code and request id, the HTTP status, and
 * whether (and when) a retry may succeed.
 *
 * @param provider the provider id, or {@code null} when no provider was involved
 * @param errorCode the provider's raw error code, or {@code null}
 * @param requestId the provider's request id, or {@code null}
 * @param httpStatus the HTTP status, or {@code 0} when there was no response
 * @param retryable whether repeating the same request may succeed
 * @param retryAfter how long the provider asked the client to wait, or {@code null}
 */
public record ErrorContext(
        String provider, String errorCode, String requestId, int httpStatus, boolean retryable, Duration retryAfter) {

    /**
     * {@return a context with only a provider id}
     *
     * @param provider the provider id, or {@code null}
     */
    public static ErrorContext of(String provider) {
        return new ErrorContext(provider, null, null, 0, false, null);
    }

    /**
     * {@return a copy with a raw error code}
     *
     * @param code the code
     */
    public ErrorContext withErrorCode(String code) {
        return new ErrorContext(provider, code, requestId, httpStatus, retryable, retryAfter);
    }

    /**
     * {@return a copy with a request id}
     *
     * @param id the request id
     */
    public ErrorContext withRequestId(String id) {
        return new ErrorContext(provider, errorCode, id, httpStatus, retryable, retryAfter);
    }

    /**
     * {@return a copy with an HTTP status}
     *
     * @param status the status
     */
    public ErrorContext withHttpStatus(int status) {
        return new ErrorContext(provider, errorCode, requestId, status, retryable, retryAfter);
    }

    /**
     * {@return a copy with the retryable flag set}
     *
     * @param value whether a retry may succeed
     */
    public ErrorContext withRetryable(boolean value) {
        return new ErrorContext(provider, errorCode, requestId, httpStatus, value, retryAfter);
    }

    /**
     * {@return a copy with the delay the provider asked for}
     *
     * @param delay the delay, or {@code null}
     */
    public ErrorContext withRetryAfter(Duration delay) {
        return new ErrorContext(provider, errorCode, requestId, httpStatus, retryable, delay);
    }

    /** {@return the HTTP status, if there was a response} */
    public OptionalInt status() {
        return httpStatus == 0 ? OptionalInt.empty() : OptionalInt.of(httpStatus);
    }

    /** {@return the provider's requested delay} */
    public Optional<Duration> retryDelay() {
        return Optional.ofNullable(retryAfter);
    }

    String describe() {
        StringBuilder text = new StringBuilder();
        append(text, "provider", provider);
        append(text, "code", errorCode);
        append(text, "requestId", requestId);
        if (httpStatus != 0) {
            append(text, "http", Integer.toString(httpStatus));
        }
        return text.length() == 0 ? "" : " [" + text + "]";
    }

    private static void append(StringBuilder text, String key, String value) {
        if (value == null) {
            return;
        }
        if (text.length() > 0) {
            text.append(", ");
        }
        text.append(key).append('=').append(value);
    }
}
