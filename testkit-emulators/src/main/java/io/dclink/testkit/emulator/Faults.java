package io.dclink.testkit.emulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Scripted faults, per operation (or {@link #ANY} operation): each applies to the next matching
 * requests, a given number of times, in the order scripted.
 */
public final class Faults {

    /** Matches every operation. */
    public static final String ANY = "*";

    /**
     * One scripted fault.
     *
     * @param operation the operation it applies to, or {@link #ANY}
     * @param kind what it does
     * @param delay the delay, for {@link FaultKind#DELAY}
     * @param status the HTTP status, for {@link FaultKind#SERVER_ERROR} and {@link FaultKind#PROVIDER_ERROR}
     * @param code the provider's error code, for {@link FaultKind#PROVIDER_ERROR}
     */
    public record Fault(String operation, FaultKind kind, Duration delay, int status, String code) {
    }

    private final List<Fault> pending = new ArrayList<>();

    Faults() {
    }

    /**
     * Throttles the next calls of an operation.
     *
     * @param operation the operation, or {@link #ANY}
     * @param times how many calls
     * @return this
     */
    public Faults throttle(String operation, int times) {
        return add(operation, FaultKind.THROTTLE, Duration.ZERO, 0, null, times);
    }

    /**
     * Fails the next calls of an operation with an internal error.
     *
     * @param operation the operation, or {@link #ANY}
     * @param status the 5xx status
     * @param times how many calls
     * @return this
     */
    public Faults serverError(String operation, int status, int times) {
        return add(operation, FaultKind.SERVER_ERROR, Duration.ZERO, status, null, times);
    }

    /**
     * Delays the next calls of an operation.
     *
     * @param operation the operation, or {@link #ANY}
     * @param delay how long
     * @param times how many calls
     * @return this
     */
    public Faults delay(String operation, Duration delay, int times) {
        return add(operation, FaultKind.DELAY, delay, 0, null, times);
    }

    /**
     * Drops the connection of the next calls, before or after processing them.
     *
     * @param operation the operation, or {@link #ANY}
     * @param afterProcessing whether the request takes effect first
     * @param times how many calls
     * @return this
     */
    public Faults reset(String operation, boolean afterProcessing, int times) {
        return add(operation, afterProcessing ? FaultKind.RESET_AFTER_PROCESSING : FaultKind.RESET_BEFORE_PROCESSING,
                Duration.ZERO, 0, null, times);
    }

    /**
     * Processes the next calls but corrupts their answers.
     *
     * @param operation the operation, or {@link #ANY}
     * @param kind {@link FaultKind#TRUNCATED_BODY} or {@link FaultKind#MALFORMED_BODY}
     * @param times how many calls
     * @return this
     */
    public Faults corrupt(String operation, FaultKind kind, int times) {
        if (kind != FaultKind.TRUNCATED_BODY && kind != FaultKind.MALFORMED_BODY) {
            throw new IllegalArgumentException("not a corruption: " + kind);
        }
        return add(operation, kind, Duration.ZERO, 0, null, times);
    }

    /**
     * Forgets every scripted fault.
     *
     * @return this
     */

    /**
     * Answers the next calls of an operation with an error code of the provider, in its envelope.
     *
     * @param operation the provider's operation name, or {@link #ANY}
     * @param code the code
     * @param status the HTTP status
     * @param times how many calls
     * @return this
     */
    public Faults providerError(String operation, String code, int status, int times) {
        return add(operation, FaultKind.PROVIDER_ERROR, Duration.ZERO, status, code, times);
    }

    public synchronized Faults clear() {
        pending.clear();
        return this;
    }

    /**
     * How many scripted faults are still pending.
     *
     * @return the count
     */
    public synchronized int pending() {
        return pending.size();
    }

    synchronized Optional<Fault> take(String operation) {
        for (Iterator<Fault> it = pending.iterator(); it.hasNext();) {
            Fault fault = it.next();
            if (fault.operation().equals(ANY) || fault.operation().equals(operation)) {
                it.remove();
                return Optional.of(fault);
            }
        }
        return Optional.empty();
    }

    private synchronized Faults add(String operation, FaultKind kind, Duration delay, int status, String code,
            int times) {
        for (int i = 0; i < times; i++) {
            pending.add(new Fault(operation, kind, delay, status, code));
        }
        return this;
    }
}
