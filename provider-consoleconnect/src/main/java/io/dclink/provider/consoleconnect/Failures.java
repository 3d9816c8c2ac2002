package io.dclink.provider.consoleconnect;

import java.util.concurrent.CompletionException;

/** Failures of futures, passed on from a later stage. */
final class Failures {

    private Failures() {
    }

    /** The failure, to throw on from a later stage without wrapping it twice. */
    static CompletionException rethrown(Throwable failure) {
        return failure instanceof CompletionException completion ? completion : new CompletionException(failure);
    }

    /** What a future's failure is about: the cause a {@link CompletionException} wraps. */
    static Throwable cause(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }
}
