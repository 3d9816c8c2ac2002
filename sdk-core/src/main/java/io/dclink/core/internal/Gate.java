package io.dclink.core.internal;

import io.dclink.lifecycle.Operation;
import io.dclink.model.LifecycleResource;
import io.dclink.spi.ProviderOperation;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Which resource's state decides whether an operation may be sent, and what it must allow: read
 * the resource with {@code read} (or take it from the input with {@code given}), then ask its
 * provider-refined lifecycle whether {@code operation} is allowed in its state.
 *
 * @param read the operation that reads the gating resource, or {@code null} when the input carries it
 * @param id the gating resource's id in the input; a {@code null} id means no gate
 * @param given the gating resource when the input carries it, or {@code null}
 * @param operation what its state must allow
 * @param optional whether the gate is skipped when the plugin cannot read the resource
 * @param foreign whether the input names a resource of another account, which the caller may be
 *     unable to read: then a resource not found means no gate (its owner's acceptance gates the
 *     operation); {@code null} when the resource is always the caller's
 * @param <I> the operation's input
 */
record Gate<I>(ProviderOperation<String, ? extends LifecycleResource<?>> read, Function<I, String> id,
        Function<I, LifecycleResource<?>> given, Operation operation, boolean optional, Predicate<I> foreign) {

    static <I> Gate<I> reading(ProviderOperation<String, ? extends LifecycleResource<?>> read, Function<I, String> id,
            Operation operation) {
        return new Gate<>(read, id, null, operation, false, null);
    }

    static <I> Gate<I> readingIfSupported(ProviderOperation<String, ? extends LifecycleResource<?>> read,
            Function<I, String> id, Operation operation) {
        return new Gate<>(read, id, null, operation, true, null);
    }

    static <I> Gate<I> on(Function<I, LifecycleResource<?>> given, Operation operation) {
        return new Gate<>(null, null, given, operation, false, null);
    }

    /** The same gate, for a resource that may be another account's when the input says so. */
    Gate<I> anotherAccountsWhen(Predicate<I> value) {
        return new Gate<>(read, id, given, operation, optional, value);
    }

    /** Whether a gating resource not found may just be another account's. */
    boolean mayBeForeign(I input) {
        return foreign != null && foreign.test(input);
    }
}
