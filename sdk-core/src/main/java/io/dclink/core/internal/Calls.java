package io.dclink.core.internal;

import io.dclink.error.DirectConnectException;
import io.dclink.error.ErrorContext;
import io.dclink.error.ProviderErrorException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Turns a plugin's asynchronous result into a synchronous one: only dclink's typed errors come
 * out, and they show the caller's frames (the frames of the thread that failed are kept as a
 * suppressed {@link AsyncFrames}).
 */
final class Calls {

    private Calls() {
    }

    static <T> T join(CompletableFuture<T> future, ErrorContext context) {
        try {
            return future.join();
        } catch (CompletionException | CancellationException e) {
            throw withCallerFrames(unwrap(e, context));
        }
    }

    /**
     * The typed error a failure stands for. dclink's own errors pass; anything else escaping a
     * plugin is a defect of the plugin and becomes a {@link ProviderErrorException} carrying it.
     */
    static RuntimeException unwrap(Throwable failure, ErrorContext context) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof DirectConnectException typed) {
            return typed;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new ProviderErrorException("The provider plugin failed with " + cause.getClass().getName()
                + ": report it to the plugin's authors with this stack trace", context, cause);
    }

    private static RuntimeException withCallerFrames(RuntimeException error) {
        AsyncFrames failedOn = new AsyncFrames(error.getStackTrace());
        error.fillInStackTrace();
        error.addSuppressed(failedOn);
        return error;
    }

    /** Where an asynchronous failure happened, kept beside the caller's frames. */
    static final class AsyncFrames extends RuntimeException {

        private static final long serialVersionUID = 1L;

        AsyncFrames(StackTraceElement[] frames) {
            super("the failure happened on another thread, here", null, false, true);
            setStackTrace(frames);
        }
    }
}
