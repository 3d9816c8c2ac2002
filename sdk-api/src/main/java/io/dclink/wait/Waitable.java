package io.dclink.wait;

import io.dclink.error.WaitFailedException;
import io.dclink.error.WaitTimeoutException;
import io.dclink.event.StateChangeListener;
import io.dclink.event.Watch;
import io.dclink.lifecycle.LifecycleState;
import io.dclink.model.LifecycleResource;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Waiting for and watching resources of one type.
 *
 * @param <R> the resource type
 * @param <S> its state type
 */
public interface Waitable<R extends LifecycleResource<S>, S extends Enum<S> & LifecycleState> {

    /**
     * Waits, without blocking a thread, until the resource reaches an awaited state.
     *
     * @param id the resource id
     * @param spec what to wait for
     * @return the result; fails with {@link WaitTimeoutException}, {@link WaitFailedException} or
     *     the error of a failed, non-retryable poll
     */
    CompletableFuture<WaitResult<R>> waitAsync(String id, WaitSpec<S> spec);

    /**
     * Resumes a wait from a stored checkpoint, keeping its start, deadline, attempts and timeline.
     * The first new observation is classified against the checkpoint's last one, so a change that
     * happened while nobody was watching is still reported (and flagged if anomalous).
     *
     * @param checkpoint where the wait stood
     * @param spec what to wait for; its timeout is ignored in favour of the checkpoint's deadline
     * @return the result
     */
    CompletableFuture<WaitResult<R>> resumeAsync(WaitCheckpoint checkpoint, WaitSpec<S> spec);

    /**
     * Waits, blocking the calling thread, until the resource reaches an awaited state.
     *
     * @param id the resource id
     * @param spec what to wait for
     * @return the result
     * @throws WaitTimeoutException at the deadline
     * @throws WaitFailedException if the awaited state can no longer follow
     */
    default WaitResult<R> waitUntil(String id, WaitSpec<S> spec) {
        return Waits.join(waitAsync(id, spec));
    }

    /**
     * Waits, blocking the calling thread, until the resource reaches a state.
     *
     * @param id the resource id
     * @param target the awaited state
     * @param timeout how long to wait at most
     * @return the result
     * @throws WaitTimeoutException at the deadline
     * @throws WaitFailedException if the awaited state can no longer follow
     */
    default WaitResult<R> waitUntil(String id, S target, Duration timeout) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(timeout, "timeout");
        return waitUntil(id, WaitSpec.until(target).timeout(timeout));
    }

    /**
     * Watches a resource: polls it at a fixed interval and reports every change to the client's
     * listeners and to {@code listener}, until closed, terminal or gone.
     *
     * @param id the resource id
     * @param interval the polling interval
     * @param listener an extra listener for this watch only
     * @return the running watch
     */
    Watch watch(String id, Duration interval, StateChangeListener listener);
}
