package io.dclink.spi;

import io.dclink.Capability;
import io.dclink.error.ErrorContext;
import io.dclink.error.Problem;
import io.dclink.error.UnsupportedCapabilityException;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What a plugin can do, as data: the operations it binds to handlers on its own client type, the
 * checks it makes before any of them is sent, and how its creates avoid ordering twice. The
 * operations bound are the plugin's capabilities; there is no other declaration of them. Immutable.
 *
 * <pre>{@code
 * OperationTable.builder(ExampleClient::new)
 *         .on(ProviderOperation.CONNECTION_GET, (client, id) -> client.lines().get(id))
 *         .create(ProviderOperation.CONNECTION_CREATE, (client, request) -> client.lines().create(request),
 *                 OperationTable.Idempotence.findBy((client, request) -> client.lines().findByKey(request)))
 *         .validator(ProviderOperation.CONNECTION_CREATE, ExampleRules::check)
 *         .build();
 * }</pre>
 *
 * @param <C> the plugin's client type, built once per {@code DirectConnect}
 */
public final class OperationTable<C> {

    /**
     * Runs one operation on the plugin's client.
     *
     * @param <C> the client type
     * @param <I> the input
     * @param <O> the output
     */
    @FunctionalInterface
    public interface Handler<C, I, O> {

        /**
         * Runs the operation. Failures are dclink's typed errors, in the future or thrown.
         *
         * @param client the plugin's client
         * @param input the validated input
         * @return the result
         */
        CompletableFuture<O> call(C client, I input);
    }

    /**
     * Finds, without any network call, what is wrong with an operation's input beyond the rules
     * every provider shares (ranges, allowed values, fields the provider cannot change).
     *
     * @param <I> the input
     */
    @FunctionalInterface
    public interface Validator<I> {

        /**
         * Checks an input.
         *
         * @param input the input
         * @return every problem found; empty when valid
         */
        List<Problem> problems(I input);
    }

    /**
     * How a create avoids ordering twice when it is repeated (every create carries an idempotency
     * key, the caller's or a generated one).
     *
     * @param <C> the client type
     * @param <I> the request
     * @param <O> the created resource
     */
    public static final class Idempotence<C, I, O> {

        /** The kinds of idempotence. */
        public enum Mode {
            /** The provider de-duplicates on a client token: the handler sends the key as the token. */
            CLIENT_TOKEN,
            /**
             * The provider does not: the handler tags the resource with the key, and the finder finds
             * it again by that tag (or name). With a caller's key the runtime looks before it orders,
             * and after an ambiguous failure it keeps looking for a bounded time.
             */
            FIND_BEFORE_CREATE,
            /**
             * Repeating the create has the same effect as making it once (it sets a value, such as
             * adding a prefix a list may already hold): the transport may retry it freely.
             */
            REPEATABLE
        }

        private final Mode mode;
        private final Handler<C, I, Optional<O>> finder;

        private Idempotence(Mode mode, Handler<C, I, Optional<O>> finder) {
            this.mode = mode;
            this.finder = finder;
        }

        /**
         * The handler sends the request's idempotency key as the provider's client token.
         *
         * @param <C> the client type
         * @param <I> the request
         * @param <O> the resource
         * @return the idempotence
         */
        public static <C, I, O> Idempotence<C, I, O> clientToken() {
            return new Idempotence<>(Mode.CLIENT_TOKEN, null);
        }

        /**
         * The create is repeatable by nature: a second call finds what the first made and changes nothing.
         *
         * @param <C> the client type
         * @param <I> the request
         * @param <O> the resource
         * @return the idempotence
         */
        public static <C, I, O> Idempotence<C, I, O> repeatable() {
            return new Idempotence<>(Mode.REPEATABLE, null);
        }

        /**
         * The runtime finds what an earlier attempt with the same key created.
         *
         * @param finder finds the resource created with the request's idempotency key, if any
         * @param <C> the client type
         * @param <I> the request
         * @param <O> the resource
         * @return the idempotence
         */
        public static <C, I, O> Idempotence<C, I, O> findBy(Handler<C, I, Optional<O>> finder) {
            return new Idempotence<>(Mode.FIND_BEFORE_CREATE, Objects.requireNonNull(finder, "finder"));
        }

        /** {@return the kind} */
        public Mode mode() {
            return mode;
        }
    }

    /** A plugin client bound to its operations: what the runtime calls. */
    public final class Bound implements AutoCloseable {

        private final C client;
        private final ErrorContext context;

        private Bound(C client, ErrorContext context) {
            this.client = client;
            this.context = context;
        }

        /**
         * Runs an operation.
         *
         * @param operation the operation
         * @param input its input
         * @param <I> the input type
         * @param <O> the output type
         * @return the result; fails with {@link UnsupportedCapabilityException} if the plugin does not bind it
         */
        @SuppressWarnings("unchecked")
        public <I, O> CompletableFuture<O> call(ProviderOperation<I, O> operation, I input) {
            Handler<C, I, O> handler = (Handler<C, I, O>) handlers.get(operation);
            if (handler == null) {
                return CompletableFuture.failedFuture(new UnsupportedCapabilityException(operation.capability(), context));
            }
            return started(() -> handler.call(client, input));
        }

        /**
         * Finds what an earlier attempt of a create made, for a plugin whose create is
         * {@link Idempotence.Mode#FIND_BEFORE_CREATE}.
         *
         * @param operation the create
         * @param request the request, with its idempotency key
         * @param <I> the request type
         * @param <O> the resource type
         * @return the resource, if the attempt made one
         */
        public <I, O> CompletableFuture<Optional<O>> findCreated(ProviderOperation<I, O> operation, I request) {
            Idempotence<C, I, O> idempotence = idempotence(operation);
            if (idempotence == null || idempotence.finder == null) {
                throw new IllegalStateException(operation + " has no finder");
            }
            return started(() -> idempotence.finder.call(client, request));
        }

        /** A handler's future; one that throws or returns nothing fails the future instead. */
        private <T> CompletableFuture<T> started(java.util.function.Supplier<CompletableFuture<T>> handler) {
            try {
                CompletableFuture<T> future = handler.get();
                return future != null ? future
                        : CompletableFuture.failedFuture(new NullPointerException("a handler returned no future"));
            } catch (RuntimeException e) {
                return CompletableFuture.failedFuture(e);
            }
        }

        @Override
        public void close() {
            closer.accept(client);
        }
    }

    private final Function<ProviderContext, C> factory;
    private final Map<ProviderOperation<?, ?>, Handler<C, ?, ?>> handlers;
    private final Map<ProviderOperation<?, ?>, Validator<?>> validators;
    private final Map<ProviderOperation<?, ?>, Idempotence<C, ?, ?>> idempotence;
    private final Consumer<C> closer;
    private final Set<Capability> capabilities;

    private OperationTable(Builder<C> builder) {
        this.factory = builder.factory;
        this.handlers = Collections.unmodifiableMap(new LinkedHashMap<>(builder.handlers));
        this.validators = Collections.unmodifiableMap(new LinkedHashMap<>(builder.validators));
        this.idempotence = Collections.unmodifiableMap(new LinkedHashMap<>(builder.idempotence));
        this.closer = builder.closer;
        EnumSet<Capability> derived = EnumSet.noneOf(Capability.class);
        handlers.keySet().forEach(operation -> derived.add(operation.capability()));
        boolean anyCreate = handlers.keySet().stream().anyMatch(op -> op.kind() == ProviderOperation.Kind.CREATE);
        if (anyCreate && idempotence.values().stream().allMatch(i -> i.mode != Idempotence.Mode.FIND_BEFORE_CREATE)) {
            derived.add(Capability.NATIVE_IDEMPOTENCY);
        }
        this.capabilities = Collections.unmodifiableSet(derived);
    }

    /**
     * Starts a table.
     *
     * @param factory builds the plugin's client for one account and region, once per {@code DirectConnect}
     * @param <C> the client type
     * @return the builder
     */
    public static <C> Builder<C> builder(Function<ProviderContext, C> factory) {
        return new Builder<>(factory);
    }

    /**
     * {@return the plugin's capabilities: the operations bound, and {@link Capability#NATIVE_IDEMPOTENCY}
     * when every create uses client tokens or is repeatable by nature}
     */
    public Set<Capability> capabilities() {
        return capabilities;
    }

    /**
     * Whether an operation is bound.
     *
     * @param operation the operation
     * @return {@code true} if the plugin offers it
     */
    public boolean supports(ProviderOperation<?, ?> operation) {
        return handlers.containsKey(operation);
    }

    /**
     * The plugin's own problems with an input.
     *
     * @param operation the operation
     * @param input the input
     * @param <I> the input type
     * @return the problems; none when the plugin has no validator for it
     */
    @SuppressWarnings("unchecked")
    public <I> List<Problem> validate(ProviderOperation<I, ?> operation, I input) {
        Validator<I> validator = (Validator<I>) validators.get(operation);
        return validator == null ? List.of() : List.copyOf(validator.problems(input));
    }

    /**
     * How a bound create avoids ordering twice.
     *
     * @param operation a create
     * @return the mode
     */
    public Idempotence.Mode idempotenceOf(ProviderOperation<?, ?> operation) {
        Idempotence<C, ?, ?> value = idempotence.get(operation);
        if (value == null) {
            throw new IllegalArgumentException(operation + " is not a bound create");
        }
        return value.mode;
    }

    /**
     * Builds the plugin's client and binds it.
     *
     * @param context what the runtime hands the plugin
     * @param provider the provider id, for errors
     * @return the bound client
     */
    public Bound bind(ProviderContext context, String provider) {
        return new Bound(Objects.requireNonNull(factory.apply(context), "the plugin's client factory returned null"),
                ErrorContext.of(provider));
    }

    @SuppressWarnings("unchecked")
    private <I, O> Idempotence<C, I, O> idempotence(ProviderOperation<I, O> operation) {
        return (Idempotence<C, I, O>) idempotence.get(operation);
    }

    /**
     * Builds an {@link OperationTable}.
     *
     * @param <C> the client type
     */
    public static final class Builder<C> {

        private final Function<ProviderContext, C> factory;
        private final Map<ProviderOperation<?, ?>, Handler<C, ?, ?>> handlers = new LinkedHashMap<>();
        private final Map<ProviderOperation<?, ?>, Validator<?>> validators = new LinkedHashMap<>();
        private final Map<ProviderOperation<?, ?>, Idempotence<C, ?, ?>> idempotence = new LinkedHashMap<>();
        private Consumer<C> closer = client -> { };

        private Builder(Function<ProviderContext, C> factory) {
            this.factory = Objects.requireNonNull(factory, "factory");
        }

        /**
         * Binds an operation that is not a create.
         *
         * @param operation the operation
         * @param handler what runs it
         * @param <I> the input type
         * @param <O> the output type
         * @return this builder
         */
        public <I, O> Builder<C> on(ProviderOperation<I, O> operation, Handler<C, I, O> handler) {
            if (operation.kind() == ProviderOperation.Kind.CREATE) {
                throw new IllegalArgumentException(operation + " is a create: bind it with create(..), saying how "
                        + "it avoids ordering twice");
            }
            return bind(operation, handler);
        }

        /**
         * Binds a create.
         *
         * @param operation the create
         * @param handler what runs it; it carries the request's idempotency key to the provider
         * @param idempotence how a repeated create is recognised
         * @param <I> the request type
         * @param <O> the resource type
         * @return this builder
         */
        public <I, O> Builder<C> create(ProviderOperation<I, O> operation, Handler<C, I, O> handler,
                Idempotence<C, I, O> idempotence) {
            if (operation.kind() != ProviderOperation.Kind.CREATE) {
                throw new IllegalArgumentException(operation + " is not a create: bind it with on(..)");
            }
            this.idempotence.put(operation, Objects.requireNonNull(idempotence, "idempotence"));
            return bind(operation, handler);
        }

        /**
         * Adds the plugin's own checks of an operation's input. {@code CONNECTION_RESUBMIT} and
         * {@code LOA_REAPPLY} are reached through {@code CONNECTION_UPDATE} and {@code LOA_APPLY}
         * on a rejected resource, and are checked by those operations' validators.
         *
         * @param operation the operation
         * @param validator the checks
         * @param <I> the input type
         * @return this builder
         */
        public <I> Builder<C> validator(ProviderOperation<I, ?> operation, Validator<I> validator) {
            if (operation == ProviderOperation.CONNECTION_RESUBMIT || operation == ProviderOperation.LOA_REAPPLY) {
                throw new IllegalArgumentException(operation + " is reached through "
                        + (operation == ProviderOperation.LOA_REAPPLY ? "LOA_APPLY" : "CONNECTION_UPDATE")
                        + ", whose validator checks its input");
            }
            if (validators.put(operation, Objects.requireNonNull(validator, "validator")) != null) {
                throw new IllegalArgumentException(operation + " has two validators");
            }
            return this;
        }

        /**
         * What releases a client's resources when its {@code DirectConnect} is closed.
         *
         * @param value the closer
         * @return this builder
         */
        public Builder<C> closer(Consumer<C> value) {
            this.closer = Objects.requireNonNull(value, "closer");
            return this;
        }

        /**
         * {@return the table built}
         *
         * @throws IllegalStateException if a validator belongs to an operation that is not bound, or
         *     an operation on an existing resource is bound without the read that gates it
         */
        public OperationTable<C> build() {
            for (ProviderOperation<?, ?> operation : validators.keySet()) {
                if (!handlers.containsKey(operation)) {
                    throw new IllegalStateException("a validator for " + operation + ", which is not bound");
                }
            }
            for (ProviderOperation<?, ?> operation : handlers.keySet()) {
                boolean gated = (operation.kind() == ProviderOperation.Kind.CHANGE
                        || operation.kind() == ProviderOperation.Kind.DELETE) && operation != ProviderOperation.ROUTE_DELETE;
                ProviderOperation<?, ?> read = ProviderOperation.all().stream()
                        .filter(candidate -> candidate.kind() == ProviderOperation.Kind.GET
                                && candidate.resource() == operation.resource())
                        .findFirst().orElse(null);
                if (gated && read != null && !handlers.containsKey(read)) {
                    throw new IllegalStateException(operation + " is bound without " + read + ", which the runtime "
                            + "reads to check the resource's state allows it");
                }
            }
            return new OperationTable<>(this);
        }

        private <I, O> Builder<C> bind(ProviderOperation<I, O> operation, Handler<C, I, O> handler) {
            if (handlers.put(Objects.requireNonNull(operation, "operation"), Objects.requireNonNull(handler, "handler")) != null) {
                throw new IllegalArgumentException(operation + " is bound twice");
            }
            return this;
        }
    }
}
