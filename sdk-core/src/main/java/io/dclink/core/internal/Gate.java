package io.dclink.core.internal;

import io.dclink.lifecycle.Operation;
import io.dclink.model.LifecycleResource;
import io.dclink.spi.ProviderOperation;
import java.util.function.Function;

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
 * @param <I> the operation's input
 */
record Gate<I>(ProviderOperation<String, ? extends LifecycleResource<?>> read, Function<I, String> id,
        Function<I, LifecycleResource<?>> given, Operation operation, boolean optional) {

    static <I> Gate<I> reading(ProviderOperation<String, ? extends LifecycleResource<?>> read, Function<I, String> id,
            Operation operation) {
        return new Gate<>(read, id, null, operation, false);
    }

    static <I> Gate<I> readingIfSupported(ProviderOperation<String, ? extends LifecycleResource<?>> read,
            Function<I, String> id, Operation operation) {
        return new Gate<>(read, id, null, operation, true);
    }

    static <I> Gate<I> on(Function<I, LifecycleResource<?>> given, Operation operation) {
        return new Gate<>(null, null, given, operation, false);
    }
}
