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
     * Checks free text the provider stores (a name, a description, an address, a contact, a tag):
     * at most {@code maxLength} characters, counted as Unicode code points, and none of the
     * characters that break or disguise what is shown — control characters (NUL, tab, line breaks,
     * DEL, C1 controls), line and paragraph separators, bidirectional formatting characters (such as
     * the right-to-left override U+202E) and unpaired surrogates. An absent value is not checked;
     * the problem names the first offending character by its code point and position, never the text.
     *
     * @param field the field
     * @param value the text, or {@code null}
     * @param maxLength the provider's limit, in characters
     * @return this collector
     */
    public Problems text(String field, String value, int maxLength) {
        return text(field, value, 0, maxLength);
    }

    /**
     * Checks free text the provider stores, with a minimum length as well; see
     * {@link #text(String, String, int)}.
     *
     * @param field the field
     * @param value the text, or {@code null}
     * @param minLength the fewest characters the provider takes
     * @param maxLength the most characters the provider takes
     * @return this collector
     */
    public Problems text(String field, String value, int minLength, int maxLength) {
        if (value == null) {
            return this;
        }
        int length = value.codePointCount(0, value.length());
        if (length > maxLength || length < minLength) {
            found.add(new Problem(field, (minLength > 0 ? "must be " + minLength + " to " + maxLength
                    : "must be at most " + maxLength) + " characters, was " + length));
        }
        int position = 0;
        for (int i = 0; i < value.length(); ) {
            int codePoint = value.codePointAt(i);
            position++;
            String kind = forbidden(codePoint);
            if (kind != null) {
                found.add(new Problem(field, String.format("must not contain the %s U+%04X (at character %d)", kind,
                        codePoint, position)));
                break;
            }
            i += Character.charCount(codePoint);
        }
        return this;
    }

    /** What a character that must not appear in stored text is, or {@code null} for an allowed one. */
    private static String forbidden(int codePoint) {
        switch (Character.getType(codePoint)) {
            case Character.CONTROL:
                return "control character";
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
                return "line or paragraph separator";
            case Character.SURROGATE:
                return "unpaired surrogate";
            default:
                break;
        }
        boolean bidi = codePoint == 0x061C || codePoint == 0x200E || codePoint == 0x200F
                || codePoint >= 0x202A && codePoint <= 0x202E || codePoint >= 0x2066 && codePoint <= 0x2069;
        return bidi ? "bidirectional formatting character" : null;
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
