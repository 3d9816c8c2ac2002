package io.dclink.pair;

import io.dclink.runtime.WaitDurations;
import io.dclink.wait.WaitSpec;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What to wait for on a pair: the combined states that end the wait (by default {@link PairState#ACTIVE}),
 * the deadline and the polling backoff. {@link PairState#FAILED} ends a wait for anything else as a
 * failure; {@link PairState#UNKNOWN} never ends one. Every poll also orders the second line when it
 * is due. Immutable.
 */
public final class PairWaitSpec {

    /** The default deadline, a single wait's: one hour from the start. */
    public static final Duration DEFAULT_TIMEOUT = WaitSpec.DEFAULT_TIMEOUT;
    /** The default first polling delay, a single wait's. */
    public static final Duration DEFAULT_INITIAL_DELAY = WaitSpec.DEFAULT_INITIAL_DELAY;
    /** The default longest polling delay, a single wait's. */
    public static final Duration DEFAULT_MAX_DELAY = WaitSpec.DEFAULT_MAX_DELAY;

    private final Set<PairState> until;
    private final Duration timeout;
    private final Duration initialDelay;
    private final Duration maxDelay;
    private final Consumer<PairCheckpoint> checkpointListener;

    private PairWaitSpec(Set<PairState> until, Duration timeout, Duration initialDelay, Duration maxDelay,
            Consumer<PairCheckpoint> checkpointListener) {
        this.until = until;
        this.timeout = timeout;
        this.initialDelay = initialDelay;
        this.maxDelay = maxDelay;
        this.checkpointListener = checkpointListener;
    }

    /**
     * Waits until both lines are in service.
     *
     * @return the spec, with default deadline and polling
     */
    public static PairWaitSpec untilActive() {
        return until(PairState.ACTIVE);
    }

    /**
     * Waits until the pair is in one of the given states.
     *
     * @param first an awaited state
     * @param more further awaited states
     * @return the spec, with default deadline and polling
     */
    public static PairWaitSpec until(PairState first, PairState... more) {
        Set<PairState> states = EnumSet.of(first, more);
        return new PairWaitSpec(Set.copyOf(states), DEFAULT_TIMEOUT, DEFAULT_INITIAL_DELAY, DEFAULT_MAX_DELAY, null);
    }

    /**
     * Sets how long to wait in total.
     *
     * @param value the timeout
     * @return the changed copy
     */
    public PairWaitSpec timeout(Duration value) {
        return new PairWaitSpec(until, WaitDurations.positive(value, "timeout"), initialDelay, maxDelay, checkpointListener);
    }

    /**
     * Sets the first and the longest delay between polls.
     *
     * @param initial the first delay
     * @param max the longest delay
     * @return the changed copy
     */
    public PairWaitSpec polling(Duration initial, Duration max) {
        WaitDurations.polling(initial, max);
        return new PairWaitSpec(until, timeout, initial, max, checkpointListener);
    }

    /**
     * Receives the pair's checkpoint after every poll, to store so that the pair can be resumed.
     *
     * @param listener the receiver; it must not block
     * @return the changed copy
     */
    public PairWaitSpec onCheckpoint(Consumer<PairCheckpoint> listener) {
        return new PairWaitSpec(until, timeout, initialDelay, maxDelay, Objects.requireNonNull(listener, "listener"));
    }

    /** {@return the states that end the wait successfully} */
    public Set<PairState> successStates() {
        return until;
    }

    /**
     * {@return whether a state ends the wait as a failure: {@link PairState#FAILED}, unless awaited}
     *
     * @param state the state
     */
    public boolean fails(PairState state) {
        return state == PairState.FAILED && !until.contains(state);
    }

    /** {@return how long to wait in total} */
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

    /**
     * Passes a checkpoint to the listener, if any.
     *
     * @param checkpoint the checkpoint
     */
    public void checkpoint(PairCheckpoint checkpoint) {
        if (checkpointListener != null) {
            checkpointListener.accept(checkpoint);
        }
    }
}
