package io.dclink.kit.validation;

import io.dclink.error.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Collects every problem of a request instead of stopping at the first. */
public final class Problems {

    private final List<Problem> found = new ArrayList<>();

    /** An empty collector. */
    public Problems() {
    }

    /**
     * Requires a value: not {@code null} and, for text, not blank.
     *
     * @param field the field
     * @param value the value
     * @return this collector
     */
    public Problems required(String field, Object value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            found.add(new Problem(field, "is required"));
        }
        return this;
    }

    /**
     * Requires a positive number when one is given.
     *
     * @param field the field
     * @param value the value, or {@code null}
     * @return this collector
     */
    public Problems positive(String field, Integer value) {
        if (value != null && value <= 0) {
            found.add(new Problem(field, "must be positive, was " + value));
        }
        return this;
    }

    /**
     * Checks a caller's idempotency key: 1 to 64 printable ASCII characters without spaces (the
     * strictest provider limit).
     *
     * @param value the key, or {@code null}
     * @return this collector
     */
    public Problems idempotencyKey(String value) {
        if (value != null && (value.isEmpty() || value.length() > 64 || !value.chars().allMatch(c -> c > 32 && c < 127))) {
            found.add(new Problem("idempotencyKey", "must be 1 to 64 printable ASCII characters without spaces"));
        }
        return this;
    }

    /**
     * Every key of a map of provider options that the provider does not take.
     *
     * @param field the map's field, e.g. {@code providerOptions}
     * @param keys the keys given
     * @param allowed the keys the provider takes
     * @return this collector
     */
    public Problems options(String field, Set<String> keys, Set<String> allowed) {
        for (String key : keys) {
            check(allowed.contains(key), field + "." + key, allowed.isEmpty()
                    ? "this provider takes no provider options"
                    : "is not an option of this provider; options: " + new TreeSet<>(allowed));
        }
        return this;
    }

    /**
     * Adds a problem unless a condition holds.
     *
     * @param ok the condition
     * @param field the field
     * @param message the problem
     * @return this collector
     */
    public Problems check(boolean ok, String field, String message) {
        if (!ok) {
            found.add(new Problem(field, message));
        }
        return this;
    }

    /**
     * Adds a problem.
     *
     * @param field the field
     * @param message the problem
     * @return this collector
     */
    public Problems add(String field, String message) {
        found.add(new Problem(field, message));
        return this;
    }

    /**
     * Whether nothing was found.
     *
     * @return {@code true} if there is no problem
     */
    public boolean isEmpty() {
        return found.isEmpty();
    }

    /**
     * The problems found, in order.
     *
     * @return the problems
     */
    public List<Problem> list() {
        return List.copyOf(found);
    }
}
