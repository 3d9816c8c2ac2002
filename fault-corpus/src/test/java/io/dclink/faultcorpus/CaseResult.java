package io.dclink.faultcorpus;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What became of one case.
 *
 * @param id the case's id (its index in the generated list, prefixed {@code F} or {@code B})
 * @param provider the provider
 * @param operation the public operation
 * @param kind the fault kind, or the bad-input category
 * @param detail the fault's parameters or the bad input, for the report
 * @param outcome {@code success}, a typed error's class, {@code untyped ...}, {@code hang} or {@code setup}
 * @param failures what makes it fail the corpus; empty when it passes
 * @param problems what was wrong, in words
 * @param thrown what the call threw (or the setup or check), or {@code null}
 * @param wire the requests the emulator received during the call, with status and fault
 * @param millis how long the call took
 * @param totalMillis how long the whole case took (preparing and checking included)
 */
record CaseResult(String id, String provider, String operation, String kind, String detail, String outcome,
        Set<Failure> failures, List<String> problems, Throwable thrown, String wire, long millis, long totalMillis) {

    CaseResult {
        failures = failures.isEmpty() ? EnumSet.noneOf(Failure.class) : EnumSet.copyOf(failures);
        problems = List.copyOf(problems);
    }

    boolean failed() {
        return !failures.isEmpty();
    }
}
