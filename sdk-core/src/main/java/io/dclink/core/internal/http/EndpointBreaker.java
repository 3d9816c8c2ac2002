package io.dclink.core.internal.http;

import io.dclink.CircuitBreakerOptions;
import java.time.Clock;
import java.time.Instant;

/**
 * The circuit breaker of one endpoint. Closed, it counts the outcomes of the last
 * {@code windowSize} calls and opens when, after at least {@code minimumCalls}, the share that
 * found the provider unavailable reaches {@code failureRatePercent}. Open, it refuses calls until
 * {@code openDuration} has passed on the clock; then it lets a few trial calls through, and their
 * outcomes close it or open it again.
 */
final class EndpointBreaker {

    private enum State { CLOSED, OPEN, HALF_OPEN }

    private final CircuitBreakerOptions options;
    private final Clock clock;
    private final int trialCalls;
    private final boolean[] window;
    private State state = State.CLOSED;
    private int next;
    private int recorded;
    private int failures;
    private Instant openUntil = Instant.MIN;
    private int trialsAdmitted;
    private int trialsEnded;
    private int trialFailures;

    EndpointBreaker(CircuitBreakerOptions options, Clock clock) {
        this.options = options;
        this.clock = clock;
        this.trialCalls = Math.min(3, options.minimumCalls());
        this.window = new boolean[options.windowSize()];
    }

    /** Whether a call may be sent now; every admitted call must be {@link #record recorded}. */
    synchronized boolean tryAcquire() {
        if (state == State.OPEN) {
            if (clock.instant().isBefore(openUntil)) {
                return false;
            }
            state = State.HALF_OPEN;
            trialsAdmitted = 0;
            trialsEnded = 0;
            trialFailures = 0;
        }
        if (state == State.HALF_OPEN) {
            if (trialsAdmitted >= trialCalls) {
                return false;
            }
            trialsAdmitted++;
        }
        return true;
    }

    /** Records the outcome of an admitted call: {@code unavailable} if the provider could not be reached or failed. */
    synchronized void record(boolean unavailable) {
        if (state == State.HALF_OPEN) {
            trialsEnded++;
            trialFailures += unavailable ? 1 : 0;
            if (trialsEnded >= trialCalls) {
                if (reachesThreshold(trialFailures, trialsEnded)) {
                    open();
                } else {
                    close();
                }
            }
        } else if (state == State.CLOSED) {
            if (recorded == window.length) {
                failures -= window[next] ? 1 : 0;
            } else {
                recorded++;
            }
            window[next] = unavailable;
            failures += unavailable ? 1 : 0;
            next = (next + 1) % window.length;
            if (recorded >= options.minimumCalls() && reachesThreshold(failures, recorded)) {
                open();
            }
        }
    }

    /** How long the breaker stays open, for messages. */
    long openMillis() {
        return options.openDuration().toMillis();
    }

    private boolean reachesThreshold(int failed, int calls) {
        return failed * 100L >= (long) options.failureRatePercent() * calls;
    }

    private void open() {
        state = State.OPEN;
        openUntil = clock.instant().plus(options.openDuration());
    }

    private void close() {
        state = State.CLOSED;
        recorded = 0;
        failures = 0;
        next = 0;
    }
}
