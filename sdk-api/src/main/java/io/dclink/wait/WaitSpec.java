package io.dclink.wait;

import io.dclink.lifecycle.LifecycleState;
import io.dclink.runtime.WaitDurations;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What to wait for, and how: the states that end the wait successfully, the states that end it as
 * a failure, the deadline and the polling backoff. Immutable; each {@code with}-style method returns
 * a changed copy.
 *
 * <p>By default the wait fails in any state from which none of the awaited states can follow under
 * the provider's lifecycle, and when the provider asks for a resubmission. {@code UNKNOWN} never ends
 * a wait: the waiter keeps polling and reports it. Polling starts at {@link #initialDelay()} and
 * doubles, with jitter, up to {@link #maxDelay()}.
 *
 * @param <S> the state type
 */
public final class WaitSpec<S extends Enum<S> & LifecycleState> {

    /** The default deadline: one hour from the start. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofHours(1);
    /** The default first polling delay. */
    public static final Duration DEFAULT_INITIAL_DELAY = Duration.ofSeconds(5);
    /** The default longest polling delay. */
    public static final Duration DEFAULT_MAX_DELAY = Duration.ofMinutes(5);

    private final Set<S> success;
    private final Set<S> failure;
    private final Duration timeout;
    private final Duration initialDelay;
    private final Duration maxDelay;
    private final Consumer<WaitCheckpoint> checkpointListener;

    private WaitSpec(Set<S> success, Set<S> failure, Duration timeout, Duration initialDelay, Duration maxDelay,
            Consumer<WaitCheckpoint> checkpointListener) {
        this.success = success;
        this.failure = failure;
        this.timeout = timeout;
        this.initialDelay = initialDelay;
        this.maxDelay = maxDelay;
        this.checkpointListener = checkpointListener;
    }

    /**
     * Waits until the resource is in one of the given states.
     *
     * @param first an awaited state
     * @param more further awaited states
     * @param <S> the state type
     * @return the spec, with default deadline and polling
     */
    @SafeVarargs
    public static <S extends Enum<S> & LifecycleState> WaitSpec<S> until(S first, S... more) {
        Set<S> states = EnumSet.of(first);
        for (S state : more) {
            states.add(state);
        }
        return new WaitSpec<>(states, null, DEFAULT_TIMEOUT, DEFAULT_INITIAL_DELAY, DEFAULT_MAX_DELAY, null);
    }

    /**
     * Ends the wait as a failure in exactly these states, instead of the default rule.
     *
     * @param states the failure states
     * @return the changed copy
     */
    @SafeVarargs
    public final WaitSpec<S> failOn(S... states) {
        Set<S> set = EnumSet.noneOf(success.iterator().next().getDeclaringClass());
        for (S state : states) {
            set.add(state);
        }
        return new WaitSpec<>(success, set, timeout, initialDelay, maxDelay, checkpointListener);
    }

    /**
     * Sets how long to wait in total.
     *
     * @param value the timeout
     * @return the changed copy
     */
    public WaitSpec<S> timeout(Duration value) {
        return new WaitSpec<>(success, failure, WaitDurations.positive(value, "timeout"), initialDelay, maxDelay,
                checkpointListener);
    }

    /**
     * Sets the first and the longest delay between polls.
     *
     * @param initial the first delay
     * @param max the longest delay
     * @return the changed copy
     */
    public WaitSpec<S> polling(Duration initial, Duration max) {
        WaitDurations.polling(initial, max);
        return new WaitSpec<>(success, failure, timeout, initial, max, checkpointListener);
    }

    /**
     * Receives a checkpoint after every poll, to store so that the wait can resume after a restart.
     *
     * @param listener the receiver; called on a runtime thread, it must not block
     * @return the changed copy
     */
    public WaitSpec<S> onCheckpoint(Consumer<WaitCheckpoint> listener) {
        return new WaitSpec<>(success, failure, timeout, initialDelay, maxDelay, Objects.requireNonNull(listener));
    }

    /** {@return the states that end the wait successfully} */
    public Set<S> successStates() {
        return Set.copyOf(success);
    }

    /** {@return the explicit failure states, or empty when the default rule applies} */
    public Optional<Set<S>> failureStates() {
        return Optional.ofNullable(failure).map(Set::copyOf);
    }

    /** {@return the total time to wait} */
    public Duration timeout() {
        return timeout;
    }

    /** {@return the first delay between polls} */
    public Duration initialDelay() {
        return initialDelay;
    }

    /** {@return the longest delay between polls} */
    public Duration maxDelay() {
        return maxDelay;
    }

    /** {@return the checkpoint receiver, if one was set} */
    public Optional<Consumer<WaitCheckpoint>> checkpointListener() {
        return Optional.ofNullable(checkpointListener);
    }


    @Override
    public String toString() {
        return "WaitSpec[until=" + success + ", failOn=" + (failure == null ? "default" : failure) + ", timeout="
                + timeout + ", polling=" + initialDelay + ".." + maxDelay + "]";
    }
}
