package io.dclink.interceptor;

/**
 * Observes and decorates what a client does, for metrics, tracing or extra headers. Register
 * interceptors with {@code DirectConnectBuilder.interceptor(...)}; they run in registration order
 * for the {@code before} hooks and in reverse order for the {@code after} hooks, so the first one
 * registered wraps all the others.
 *
 * <p>Where they run, from the outside in:
 * <ol>
 *   <li>{@link #beforeOperation} — once per call of the public API (for example
 *       {@code connections().create(...)}), before the capability check, validation and the
 *       lifecycle gate; {@link #afterOperation} or {@link #onOperationFailure} once when it ends,
 *       including failures of those local checks;</li>
 *   <li>{@link #beforeAttempt} — for every HTTP attempt the operation makes (the lifecycle gate's
 *       read, the call itself, each retry, and the searches of an idempotent create), inside the
 *       retries and the rate limiter, before the request is signed, so headers it adds are sent on
 *       that attempt; {@link #afterAttempt} when the attempt's answer (or failure) arrives, before it
 *       is classified.</li>
 * </ol>
 *
 * <p>Hooks run on the thread that does the work (the caller's, or an HTTP completion thread), must
 * be fast and must not block. An exception from a hook is logged and ignored: interceptors cannot
 * break a call. Secrets never reach them: attempts expose no body and no signature.
 */
public interface Interceptor {

    /**
     * An operation starts.
     *
     * @param operation the operation
     */
    default void beforeOperation(OperationContext operation) {
    }

    /**
     * An operation succeeded.
     *
     * @param operation the operation
     * @param result what it returned ({@code null} for deletes); for listings, the lazy listing
     */
    default void afterOperation(OperationContext operation, Object result) {
    }

    /**
     * An operation failed.
     *
     * @param operation the operation
     * @param failure the typed error it raised
     */
    default void onOperationFailure(OperationContext operation, RuntimeException failure) {
    }

    /**
     * An HTTP attempt is about to be signed and sent.
     *
     * @param attempt the attempt; {@link AttemptContext#addHeader} adds a header to it
     */
    default void beforeAttempt(AttemptContext attempt) {
    }

    /**
     * An HTTP attempt ended.
     *
     * @param attempt the attempt, with its status or failure
     */
    default void afterAttempt(AttemptContext attempt) {
    }
}
