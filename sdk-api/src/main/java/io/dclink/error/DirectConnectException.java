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

    /**
     * Where the error came from.
     *
     * @return the context
     */
    public ErrorContext context() {
        return context;
    }

    /**
     * The provider id.
     *
     * @return the id, if a provider was involved
     */
    public Optional<String> provider() {
        return Optional.ofNullable(context.provider());
    }

    /**
     * The provider's raw error code.
     *
     * @return the code, if the provider sent one
     */
    public Optional<String> errorCode() {
        return Optional.ofNullable(context.errorCode());
    }

    /**
     * The provider's request id, to quote to its support.
     *
     * @return the request id, if the request reached the provider
     */
    public Optional<String> requestId() {
        return Optional.ofNullable(context.requestId());
    }

    /**
     * The HTTP status of the response.
     *
     * @return the status, if there was a response
     */
    public OptionalInt httpStatus() {
        return context.status();
    }

    /**
     * Whether repeating the same request may succeed.
     *
     * @return the flag
     */
    public boolean isRetryable() {
        return context.retryable();
    }

    /**
     * How long the provider asked the client to wait before retrying.
     *
     * @return the delay, if the provider gave one
     */
    public Optional<Duration> retryAfter() {
        return context.retryDelay();
    }
}
