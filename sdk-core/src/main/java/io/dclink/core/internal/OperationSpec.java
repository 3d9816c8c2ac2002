package io.dclink.core.internal;

import io.dclink.error.Problem;
import io.dclink.lifecycle.Operation;
import io.dclink.spi.ProviderDescriptor;
import io.dclink.spi.ProviderOperation;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * How the pipeline runs one operation: the rules every provider shares for its input, the gate
 * that must allow it, and the operation that replaces it when the gated resource was rejected
 * (updating a rejected application resubmits it; applying for a rejected LOA re-applies).
 *
 * @param operation the operation
 * @param commonRules the shared rules of its input, which may read the plugin's descriptor
 * @param gate its lifecycle gate, or {@code null}
 * @param whenRejected the operation run instead on a rejected resource, or {@code null}
 * @param rejectedOperation what the rejected resource's lifecycle must allow for it
 * @param keys the idempotency key of a create's request, or {@code null} for other operations
 * @param validatedAs the operation whose plugin validators also judge the input (a quote is judged
 *     as the create it prices), or {@code null}
 * @param <I> the input
 * @param <O> the output
 */
record OperationSpec<I, O>(ProviderOperation<I, O> operation, BiFunction<I, ProviderDescriptor, List<Problem>> commonRules,
        Gate<I> gate,
        ProviderOperation<I, O> whenRejected, Operation rejectedOperation, IdempotencyKeys<I> keys,
        ProviderOperation<I, ?> validatedAs) {

    static <I, O> OperationSpec<I, O> of(ProviderOperation<I, O> operation) {
        return new OperationSpec<>(operation, (input, provider) -> List.of(), null, null, null, null, null);
    }

    OperationSpec<I, O> rules(Function<I, List<Problem>> rules) {
        return rulesReading((input, provider) -> rules.apply(input));
    }

    OperationSpec<I, O> rulesReading(BiFunction<I, ProviderDescriptor, List<Problem>> rules) {
        return new OperationSpec<>(operation, rules, gate, whenRejected, rejectedOperation, keys, validatedAs);
    }

    OperationSpec<I, O> gate(Gate<I> value) {
        return new OperationSpec<>(operation, commonRules, value, whenRejected, rejectedOperation, keys, validatedAs);
    }

    OperationSpec<I, O> whenRejected(ProviderOperation<I, O> instead, Operation allowed) {
        return new OperationSpec<>(operation, commonRules, gate, instead, allowed, keys, validatedAs);
    }

    OperationSpec<I, O> validatedAs(ProviderOperation<I, ?> value) {
        return new OperationSpec<>(operation, commonRules, gate, whenRejected, rejectedOperation, keys, value);
    }

    OperationSpec<I, O> keys(IdempotencyKeys<I> value) {
        return new OperationSpec<>(operation, commonRules, gate, whenRejected, rejectedOperation, value, validatedAs);
    }
}
