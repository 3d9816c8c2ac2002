package io.dclink.testkit.emulator;

import java.time.Duration;

/**
 * What moves a resource along a row of a {@link RawLifecycle}: a named action, a clock delay, or
 * the next read.
 */
public sealed interface LifecycleTrigger permits LifecycleTrigger.Action, LifecycleTrigger.Delay, LifecycleTrigger.NextRead {

    /**
     * A named action: the operator's, or the one a request stands for.
     *
     * @param name the action, e.g. {@code approve}
     * @return the trigger
     */
    static LifecycleTrigger action(String name) {
        return new Action(name);
    }

    /**
     * The provider's step, taken by the clock after a delay or at once by the operator's advance.
     *
     * @param delay how long the resource stays in the from state
     * @return the trigger
     */
    static LifecycleTrigger after(Duration delay) {
        return new Delay(delay, 0, true);
    }

    /**
     * The provider's step, taken by the clock after working days (the provider's zone, weekends
     * skipped) or at once by the operator's advance.
     *
     * @param days working days
     * @return the trigger
     */
    static LifecycleTrigger afterWorkingDays(int days) {
        return new Delay(null, days, true);
    }

    /**
     * A step on the customer's side that the clock takes after a delay (a router that comes up)
     * and that the operator's advance, which plays the provider, does not take.
     *
     * @param delay how long the resource stays in the from state
     * @return the trigger
     */
    static LifecycleTrigger customerAfter(Duration delay) {
        return new Delay(delay, 0, false);
    }

    /**
     * A step the real service finishes in seconds: a read shows the from state once, and the
     * next read (or the operator's advance) takes the step.
     *
     * @return the trigger
     */
    static LifecycleTrigger nextRead() {
        return new NextRead();
    }

    /**
     * A named action.
     *
     * @param name the action
     */
    public record Action(String name) implements LifecycleTrigger {

        /**
         * Validates the name.
         *
         * @param name the action
         */
        public Action {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("an action needs a name");
            }
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /**
     * A clock delay: a duration, or working days.
     *
     * @param duration the delay, or {@code null} for working days
     * @param workingDays the working days, when {@code duration} is {@code null}
     * @param providerStep whether the operator's advance takes the step early
     */
    public record Delay(Duration duration, int workingDays, boolean providerStep) implements LifecycleTrigger {

        /**
         * Validates the delay.
         *
         * @param duration the delay, or {@code null} for working days
         * @param workingDays the working days, when {@code duration} is {@code null}
         * @param providerStep whether the operator's advance takes the step early
         */
        public Delay {
            if (duration == null ? workingDays < 1 : duration.isNegative() || duration.isZero() || workingDays != 0) {
                throw new IllegalArgumentException("a delay is a positive duration or a positive number of working days");
            }
        }

        void schedule(EmulatedClock clock, Runnable step) {
            if (duration == null) {
                clock.afterWorkingDays(workingDays, step);
            } else {
                clock.after(duration, step);
            }
        }

        @Override
        public String toString() {
            String delay = duration == null ? workingDays + " working day" + (workingDays == 1 ? "" : "s") : duration.toString();
            return (providerStep ? "after " : "customer after ") + delay;
        }
    }

    /** The next read of a resource already shown in the from state. */
    public record NextRead() implements LifecycleTrigger {

        @Override
        public String toString() {
            return "next read";
        }
    }
}
