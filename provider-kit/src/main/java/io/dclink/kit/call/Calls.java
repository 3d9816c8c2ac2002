package io.dclink.kit.call;

import io.dclink.error.DirectConnectException;
import io.dclink.error.ErrorContext;
import io.dclink.error.ResourceNotFoundException;
import io.dclink.kit.json.Json;
import io.dclink.kit.json.JsonRecord;
import io.dclink.spi.HttpCall;
import io.dclink.spi.Idempotency;
import io.dclink.spi.ProviderContext;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The kinds of call a plugin makes, over the runtime's transport: a read (and a read whose answer
 * may be empty), a write that would act twice if repeated, a write the provider de-duplicates on a
 * client token, a write that is safe to repeat, and a delete for which "already gone" means done
 * (whose answer is read, or not). The plugin says how one action becomes an HTTP request and where
 * the answer's payload is; answers are read strictly as JSON objects.
 *
 * @param <P> how the plugin writes an action's parameters (a JSON object, a query map, a path)
 */
public final class Calls<P> {

    /**
     * Turns an action and its parameters into a request.
     *
     * @param <P> the parameter type
     */
    @FunctionalInterface
    public interface Requests<P> {

        /**
         * Starts the call: method, URI, headers, body, signer and classifier.
         *
         * @param action the provider's name for the action
         * @param params its parameters
         * @return the call's builder; the idempotency and sensitive values are set by {@link Calls}
         */
        HttpCall.Builder request(String action, P params);
    }

    /** Finds an answer's payload inside its envelope. */
    @FunctionalInterface
    public interface Payload {

        /**
         * The part of the answer the plugin maps.
         *
         * @param answer the whole answer
         * @return the payload, e.g. Tencent's {@code Response}
         */
        JsonRecord of(JsonRecord answer);
    }

    private static final int NO_CONTENT = 204;

    private final ProviderContext context;
    private final ErrorContext errors;
    private final Requests<P> requests;
    private final Payload payload;

    /**
     * Creates the helper.
     *
     * @param context the plugin's context (its transport)
     * @param provider the provider id
     * @param requests how an action becomes a request
     * @param payload where an answer's payload is
     */
    public Calls(ProviderContext context, String provider, Requests<P> requests, Payload payload) {
        this.context = Objects.requireNonNull(context, "context");
        this.errors = ErrorContext.of(provider);
        this.requests = Objects.requireNonNull(requests, "requests");
        this.payload = Objects.requireNonNull(payload, "payload");
    }

    /**
     * A read: retried whenever the failure is retryable.
     *
     * @param action the action
     * @param params its parameters
     * @return the payload
     */
    public CompletableFuture<JsonRecord> read(String action, P params) {
        return send(action, params, Idempotency.IDEMPOTENT);
    }

    /**
     * A read whose answer may be nothing: {@code 204 No Content}, or any successful answer without a
     * body, is {@link Optional#empty()} (a provider's "no such price"); anything else must be a JSON
     * object. Retried whenever the failure is retryable, like {@link #read}; also for a {@code POST}
     * that only computes an answer and changes nothing.
     *
     * @param action the action
     * @param params its parameters
     * @return the payload, or empty when the provider answered nothing
     */
    public CompletableFuture<Optional<JsonRecord>> readOptional(String action, P params) {
        String what = "the " + action + " response";
        return context.transport().send(requests.request(action, params).idempotency(Idempotency.IDEMPOTENT).build())
                .thenApply(result -> result.statusCode() == NO_CONTENT || result.body().length == 0 ? Optional.empty()
                        : Optional.of(payload.of(Json.parse(result.body(), what, errors))));
    }

    /**
     * A write that would act twice if repeated (a create without a client token): retried only when
     * it provably did not reach the provider.
     *
     * @param action the action
     * @param params its parameters
     * @param sensitive values that must never be logged (keys in the body)
     * @return the payload
     */
    public CompletableFuture<JsonRecord> write(String action, P params, String... sensitive) {
        return send(action, params, Idempotency.NOT_IDEMPOTENT, sensitive);
    }

    /**
     * A write the provider de-duplicates on a client token already in the parameters: retried with
     * the same token.
     *
     * @param action the action
     * @param params its parameters, including the token
     * @param sensitive values that must never be logged
     * @return the payload
     */
    public CompletableFuture<JsonRecord> tokenWrite(String action, P params, String... sensitive) {
        return send(action, params, Idempotency.CLIENT_TOKEN, sensitive);
    }

    /**
     * A write whose repetition has the same effect (a modify that sets values).
     *
     * @param action the action
     * @param params its parameters
     * @param sensitive values that must never be logged
     * @return the payload
     */
    public CompletableFuture<JsonRecord> repeatableWrite(String action, P params, String... sensitive) {
        return send(action, params, Idempotency.IDEMPOTENT, sensitive);
    }

    /**
     * A delete: repeated after an ambiguous failure it finds the resource gone, which counts as done.
     *
     * @param action the action
     * @param params its parameters
     * @return completion
     */
    public CompletableFuture<Void> delete(String action, P params) {
        return goneIsDone(send(action, params, Idempotency.IDEMPOTENT));
    }

    /**
     * A delete whose answer is not read — for a provider that answers a delete with nothing, or with
     * a body it does not document: only the status and the classifier decide. Repeated after an
     * ambiguous failure it finds the resource gone, which counts as done.
     *
     * @param action the action
     * @param params its parameters
     * @return completion
     */
    public CompletableFuture<Void> deleteUnread(String action, P params) {
        return goneIsDone(context.transport().send(requests.request(action, params).idempotency(Idempotency.IDEMPOTENT)
                .build()));
    }

    private static CompletableFuture<Void> goneIsDone(CompletableFuture<?> delete) {
        return delete.handle((answer, failure) -> {
            if (failure == null || is(failure, ResourceNotFoundException.class)) {
                return null;
            }
            throw rethrow(failure);
        });
    }

    private CompletableFuture<JsonRecord> send(String action, P params, Idempotency idempotency, String... sensitive) {
        HttpCall.Builder builder = requests.request(action, params).idempotency(idempotency);
        for (String value : sensitive) {
            builder.sensitive(value);
        }
        String what = "the " + action + " response";
        return context.transport().send(builder.build())
                .thenApply(result -> payload.of(Json.parse(result.body(), what, errors)));
    }

    /**
     * The provider's error context, for errors the plugin raises itself.
     *
     * @return the context
     */
    public ErrorContext errors() {
        return errors;
    }

    /**
     * Whether a failure is one of dclink's typed errors of a kind.
     *
     * @param failure a future's failure
     * @param type the error type
     * @return {@code true} if the failure (or the cause it wraps) is of that type
     */
    public static boolean is(Throwable failure, Class<? extends DirectConnectException> type) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        return type.isInstance(cause);
    }

    /**
     * Whether a failure is the provider's error with a code.
     *
     * @param failure a future's failure
     * @param code the provider's error code, such as {@code ALREADY_EXISTS}
     * @return {@code true} if the failure (or the cause it wraps) carries that code
     */
    public static boolean hasCode(Throwable failure, String code) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        return cause instanceof DirectConnectException error && error.errorCode().filter(code::equals).isPresent();
    }

    /**
     * A failure to throw again from a future's handler, unchanged.
     *
     * @param failure the failure a handler received
     * @return it, as the {@link CompletionException} a handler throws
     */
    public static CompletionException rethrow(Throwable failure) {
        return failure instanceof CompletionException completion ? completion : new CompletionException(failure);
    }
}
