package io.dclink.runtime;

import java.time.Duration;
import java.util.Objects;

/** Not API: the checks a wait's deadline and polling delays pass, for single waits and pair waits alike. */
public final class WaitDurations {

    private WaitDurations() {
    }

    /**
     * {@return the duration, checked to be positive}
     *
     * @param value the duration
     * @param name its name in the error
     * @throws IllegalArgumentException if it is zero or negative
     */
    public static Duration positive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
        return value;
    }

    /**
     * Checks polling delays: both positive, the longest not shorter than the first.
     *
     * @param initial the first delay
     * @param max the longest delay
     * @throws IllegalArgumentException if they are not
     */
    public static void polling(Duration initial, Duration max) {
        if (positive(max, "max").compareTo(positive(initial, "initial")) < 0) {
            throw new IllegalArgumentException("the longest polling delay must not be shorter than the first");
        }
    }
}
