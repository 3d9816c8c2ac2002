package io.dclink.error;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The root of dclink's typed errors. Unchecked, like the errors of most cloud SDKs. The message
 * says what went wrong and what to do, followed by the provider id, raw code, request id and HTTP
 * status where known.
 */
public abstract class DirectConnectException extends RuntimeException {

    /** Where the error came from. */
    private final transient ErrorContext context;

    /**
     * Creates an error.
     *
     * @param message what went wrong and what to do
     * @param context where it came from
     * @param cause the underlying failure, or {@code null}
     */
    protected DirectConnectException(String message, ErrorContext context, Throwable cause) {
        super(message + Objects.requireNonNull(context, "context").describe(), cause);
        this.context = context;
    }

    /** {@return where the error came from} */
    public ErrorContext context() {
        return context;
    }

    /** {@return the provider id, if a provider was involved} */
    public Optional<String> provider() {
        return Optional.ofNullable(context.provider());
    }

    /** {@return the provider's raw error code, if the provider sent one} */
    public Optional<String> errorCode() {
        return Optional.ofNullable(context.errorCode());
    }

    /** {@return the provider's request id (to quote to its support), if the request reached the provider} */
    public Optional<String> requestId() {
        return Optional.ofNullable(context.requestId());
    }

    /** {@return the HTTP status of the response, if there was a response} */
    public OptionalInt httpStatus() {
        return context.status();
    }

    /** {@return whether repeating the same request may succeed} */
    public boolean isRetryable() {
        return context.retryable();
    }

    /** {@return how long the provider asked the client to wait before retrying, if it gave a delay} */
    public Optional<Duration> retryAfter() {
        return context.retryDelay();
    }
}
