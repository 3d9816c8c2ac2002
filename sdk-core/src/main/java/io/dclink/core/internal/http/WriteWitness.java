package io.dclink.core.internal.http;

import java.util.function.Supplier;

/**
 * Tells an operation whether one of its writes was accepted, so that a create whose later steps fail
 * (the read that follows the order, throttled) is not reported as if nothing had been ordered. It
 * travels with the requests a plugin chains: a request takes it from the thread that sends it, and
 * its answer is completed with it set, so the plugin's next steps, which run then, send with it too.
 */
public final class WriteWitness {

    private static final ThreadLocal<WriteWitness> CURRENT = new ThreadLocal<>();

    private volatile boolean accepted;

    /**
     * Runs an operation's first step with this witness on the current thread.
     *
     * @param <T> what the step returns
     * @param step the step, which sends the operation's first request
     * @return what it returned
     */
    public <T> T watch(Supplier<T> step) {
        WriteWitness outer = CURRENT.get();
        CURRENT.set(this);
        try {
            return step.get();
        } finally {
            restore(outer);
        }
    }

    /** {@return whether a request that is not idempotent (a write) was answered without an error} */
    public boolean anyWriteAccepted() {
        return accepted;
    }

    void writeAccepted() {
        accepted = true;
    }

    static WriteWitness current() {
        return CURRENT.get();
    }

    /** Runs a completion with the witness set, if there is one. */
    static void completeWith(WriteWitness witness, Runnable completion) {
        if (witness == null) {
            completion.run();
            return;
        }
        WriteWitness outer = CURRENT.get();
        CURRENT.set(witness);
        try {
            completion.run();
        } finally {
            restore(outer);
        }
    }

    private static void restore(WriteWitness outer) {
        if (outer == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(outer);
        }
    }
}
