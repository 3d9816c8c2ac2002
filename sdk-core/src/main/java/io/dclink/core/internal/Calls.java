package io.dclink.core.internal;

import io.dclink.error.DirectConnectException;
import io.dclink.error.ErrorContext;
import io.dclink.error.ProviderErrorException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Turns a driver's asynchronous result into a synchronous one with dclink's typed errors. */
final class Calls {

    private Calls() {
    }

    static <T> T join(CompletableFuture<T> future, ErrorContext context) {
        try {
            return future.join();
        } catch (CompletionException | CancellationException e) {
            throw unwrap(e, context);
        }
    }

    static RuntimeException unwrap(Throwable failure, ErrorContext context) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof DirectConnectException || cause instanceof RuntimeException) {
            return (RuntimeException) cause;
        }
        if (cause instanceof Error) {
            throw (Error) cause;
        }
        return new ProviderErrorException(
                "The provider plugin failed with " + cause.getClass().getName(), context, cause);
    }
}
