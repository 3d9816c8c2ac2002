package io.dclink.testkit.emulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
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
     * @param retryAfter the {@code Retry-After} header sent with a {@link FaultKind#THROTTLE},
     *     {@link FaultKind#SERVER_ERROR} or {@link FaultKind#PROVIDER_ERROR} answer, or {@code null} for none
     * @param body the body sent in place of the answer's, for {@link FaultKind#REPLACED_BODY}
     * @param rewrite what makes the answer sent, for {@link FaultKind#REWRITTEN_BODY}
     */
    public record Fault(String operation, FaultKind kind, Duration delay, int status, String code, String retryAfter,
            String body, BodyRewrite rewrite) {

        /**
         * Checks the components.
         *
         * @param operation the operation
         * @param kind the kind
         * @param delay the delay
         * @param status the status
         * @param code the code
         * @param retryAfter the Retry-After value
         * @param body the replacement body
         * @param rewrite the rewrite
         */
        public Fault {
            Objects.requireNonNull(operation, "operation");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(delay, "delay");
        }

        /**
         * A fault without a {@code Retry-After} header, replacement body or rewrite.
         *
         * @param operation the operation it applies to, or {@link #ANY}
         * @param kind what it does
         * @param delay the delay, for {@link FaultKind#DELAY}
         * @param status the HTTP status
         * @param code the provider's error code
         */
        public Fault(String operation, FaultKind kind, Duration delay, int status, String code) {
            this(operation, kind, delay, status, code, null, null, null);
        }
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
        return throttle(operation, null, times);
    }

    /**
     * Throttles the next calls of an operation, with a {@code Retry-After} header.
     *
     * @param operation the operation, or {@link #ANY}
     * @param retryAfter the header's value (seconds or an HTTP date, or any text), or {@code null} for none
     * @param times how many calls
     * @return this
     */
    public Faults throttle(String operation, String retryAfter, int times) {
        return add(new Fault(operation, FaultKind.THROTTLE, Duration.ZERO, 0, null, retryAfter, null, null), times);
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
        return serverError(operation, status, null, times);
    }

    /**
     * Fails the next calls of an operation with an internal error and a {@code Retry-After} header.
     *
     * @param operation the operation, or {@link #ANY}
     * @param status the 5xx status
     * @param retryAfter the header's value, or {@code null} for none
     * @param times how many calls
     * @return this
     */
    public Faults serverError(String operation, int status, String retryAfter, int times) {
        return add(new Fault(operation, FaultKind.SERVER_ERROR, Duration.ZERO, status, null, retryAfter, null, null), times);
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
        return add(new Fault(operation, FaultKind.DELAY, Objects.requireNonNull(delay, "delay"), 0, null), times);
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
        return add(new Fault(operation, afterProcessing ? FaultKind.RESET_AFTER_PROCESSING
                : FaultKind.RESET_BEFORE_PROCESSING, Duration.ZERO, 0, null), times);
    }

    /**
     * Processes the next calls but corrupts their answers.
     *
     * @param operation the operation, or {@link #ANY}
     * @param kind {@link FaultKind#TRUNCATED_BODY}, {@link FaultKind#MALFORMED_BODY} or {@link FaultKind#EMPTY_BODY}
     * @param times how many calls
     * @return this
     */
    public Faults corrupt(String operation, FaultKind kind, int times) {
        if (kind != FaultKind.TRUNCATED_BODY && kind != FaultKind.MALFORMED_BODY && kind != FaultKind.EMPTY_BODY) {
            throw new IllegalArgumentException("not a corruption: " + kind);
        }
        return add(new Fault(operation, kind, Duration.ZERO, 0, null), times);
    }

    /**
     * Processes the next calls, then answers each with its status and the given body in place of
     * its own: valid JSON of the wrong type ({@code null}, {@code []}, {@code "x"}, {@code 42}), or
     * any text.
     *
     * @param operation the operation, or {@link #ANY}
     * @param body the body to send
     * @param times how many calls
     * @return this
     */
    public Faults replaceBody(String operation, String body, int times) {
        return add(new Fault(operation, FaultKind.REPLACED_BODY, Duration.ZERO, 0, null, null,
                Objects.requireNonNull(body, "body"), null), times);
    }

    /**
     * Processes the next calls, then answers each with what a function makes of its answer: a
     * paging field that lies, a field of the wrong type.
     *
     * @param operation the operation, or {@link #ANY}
     * @param rewrite the function; one instance serves every call, so it may keep state across them
     * @param times how many calls
     * @return this
     */
    public Faults rewrite(String operation, BodyRewrite rewrite, int times) {
        return add(new Fault(operation, FaultKind.REWRITTEN_BODY, Duration.ZERO, 0, null, null, null,
                Objects.requireNonNull(rewrite, "rewrite")), times);
    }

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
        return providerError(operation, code, status, null, times);
    }

    /**
     * Answers the next calls of an operation with an error code of the provider, in its envelope,
     * with a {@code Retry-After} header.
     *
     * @param operation the provider's operation name, or {@link #ANY}
     * @param code the code
     * @param status the HTTP status
     * @param retryAfter the header's value, or {@code null} for none
     * @param times how many calls
     * @return this
     */
    public Faults providerError(String operation, String code, int status, String retryAfter, int times) {
        return add(new Fault(operation, FaultKind.PROVIDER_ERROR, Duration.ZERO, status,
                Objects.requireNonNull(code, "code"), retryAfter, null, null), times);
    }

    /**
     * Forgets every scripted fault.
     *
     * @return this
     */
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

    /**
     * The scripted faults still pending, in the order they will strike.
     *
     * @return a copy
     */
    public synchronized List<Fault> scripted() {
        return List.copyOf(pending);
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

    private synchronized Faults add(Fault fault, int times) {
        if (times < 0) {
            throw new IllegalArgumentException("times must be at least 0, was " + times);
        }
        for (int i = 0; i < times; i++) {
            pending.add(fault);
        }
        return this;
    }
}
