package io.dclink.faultcorpus;

import io.dclink.DirectConnect;
import io.dclink.lifecycle.ResourceType;
import io.dclink.spi.ProviderOperation;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One public operation as the corpus drives it: what to prepare without faults, the call under
 * test, and what a successful answer must satisfy.
 *
 * @param operation the operation
 * @param prepare makes the resources the call needs, with the helper client
 * @param invoke the call under test, with the subject client
 * @param verify what is wrong with a successful answer, checked without faults; empty when right
 * @param creates the type a create adds resources of, or {@code null}
 * @param changes whether the call changes its target (compared before and after)
 * @param createdCount how many resources of that type one create adds (two for a redundant pair)
 */
record Scenario(ProviderOperation<?, ?> operation, Function<Bench, Prepared> prepare,
        BiFunction<DirectConnect, Prepared, Object> invoke, Verifier verify, ResourceType creates, boolean changes,
        int createdCount) {

    /** A scenario whose create, if it is one, adds one resource. */
    Scenario(ProviderOperation<?, ?> operation, Function<Bench, Prepared> prepare,
            BiFunction<DirectConnect, Prepared, Object> invoke, Verifier verify, ResourceType creates, boolean changes) {
        this(operation, prepare, invoke, verify, creates, changes, 1);
    }

    /** Checks a successful answer. */
    @FunctionalInterface
    interface Verifier {
        List<String> check(Bench bench, Prepared prepared, Object result);
    }

    Scenario withInvoke(BiFunction<DirectConnect, Prepared, Object> other, Verifier check) {
        return new Scenario(operation, prepare, other, check, creates, changes, createdCount);
    }
}
