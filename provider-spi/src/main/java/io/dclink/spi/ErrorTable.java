package io.dclink.spi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A provider's error codes as data: which typed error each code becomes and whether it is worth
 * retrying. Codes are matched in this order: an exact rule; then a rule whose text the code
 * contains; then the longest matching prefix; then the longest matching suffix. A code no rule
 * matches falls back on the HTTP status (4xx and 5xx as {@link ErrorCategory#ofStatus(int)}, a
 * success status as {@link ErrorCategory#OTHER}). Immutable.
 */
public final class ErrorTable {

    /** How a rule's pattern is compared with a code (case-sensitively). */
    public enum Match {
        /** The code is the pattern. */
        EXACT,
        /** The code contains the pattern. */
        CONTAINS,
        /** The code starts with the pattern. */
        PREFIX,
        /** The code ends with the pattern. */
        SUFFIX
    }

    /**
     * One rule.
     *
     * @param match how the pattern is compared
     * @param pattern the code, or the part of it compared
     * @param category the typed error it becomes
     * @param retryable whether repeating the request may succeed
     * @param httpStatus the HTTP status the provider answers it with, or {@code 0} when the
     *     envelope's usual error status applies
     * @param note why the rule is as it is, or empty
     */
    public record Rule(Match match, String pattern, ErrorCategory category, boolean retryable, int httpStatus,
            String note) {

        /**
         * Validates the components.
         *
         * @param match how the pattern is compared
         * @param pattern the pattern
         * @param category the category
         * @param retryable whether retryable
         * @param httpStatus the status, or 0
         * @param note the note
         */
        public Rule {
            Objects.requireNonNull(match, "match");
            Objects.requireNonNull(pattern, "pattern");
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(note, "note");
            if (pattern.isEmpty()) {
                throw new IllegalArgumentException("an error rule needs a non-empty pattern");
            }
        }

        boolean matches(String code) {
            return switch (match) {
                case EXACT -> code.equals(pattern);
                case CONTAINS -> code.contains(pattern);
                case PREFIX -> code.startsWith(pattern);
                case SUFFIX -> code.endsWith(pattern);
            };
        }
    }

    /**
     * The outcome of looking a code up.
     *
     * @param category the typed error
     * @param retryable whether a retry may succeed
     */
    public record Classification(ErrorCategory category, boolean retryable) {
    }

    private final List<Rule> rules;

    private ErrorTable(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** {@return a new table's builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the rules, in declaration order} */
    public List<Rule> rules() {
        return rules;
    }

    /**
     * Looks a code up.
     *
     * @param code the provider's error code
     * @param httpStatus the HTTP status it came with
     * @return the typed error and whether it is retryable
     */
    public Classification classify(String code, int httpStatus) {
        Optional<Rule> rule = find(code);
        if (rule.isPresent()) {
            return new Classification(rule.get().category(), rule.get().retryable());
        }
        ErrorCategory fallback = httpStatus >= 400 ? ErrorCategory.ofStatus(httpStatus) : ErrorCategory.OTHER;
        return new Classification(fallback, fallback.retryableByDefault());
    }

    /**
     * The rule that decides a code.
     *
     * @param code the code
     * @return the rule, or empty when the HTTP status decides
     */
    public Optional<Rule> find(String code) {
        Objects.requireNonNull(code, "code");
        for (Match match : Match.values()) {
            Optional<Rule> found = rules.stream()
                    .filter(rule -> rule.match() == match && rule.matches(code))
                    .max(Comparator.comparingInt(rule -> rule.pattern().length()));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return "ErrorTable[" + rules.size() + " rules]";
    }

    /** Builds an {@link ErrorTable}. Modifiers ({@link #retryable()}, {@link #status(int)}, {@link #note(String)}) apply to the rule before them. */
    public static final class Builder {

        private final List<Rule> rules = new ArrayList<>();

        private Builder() {
        }

        /**
         * A code that is exactly this.
         *
         * @param code the code
         * @param category its typed error
         * @return this builder
         */
        public Builder exact(String code, ErrorCategory category) {
            return add(Match.EXACT, code, category);
        }

        /**
         * Codes that contain this text.
         *
         * @param text the text
         * @param category their typed error
         * @return this builder
         */
        public Builder containing(String text, ErrorCategory category) {
            return add(Match.CONTAINS, text, category);
        }

        /**
         * Codes that start with this text, such as a family {@code "AuthFailure"} of
         * {@code "AuthFailure.SignatureFailure"}.
         *
         * @param prefix the prefix
         * @param category their typed error
         * @return this builder
         */
        public Builder prefix(String prefix, ErrorCategory category) {
            return add(Match.PREFIX, prefix, category);
        }

        /**
         * Codes that end with this text, such as {@code ".NotFound"}.
         *
         * @param suffix the suffix
         * @param category their typed error
         * @return this builder
         */
        public Builder suffix(String suffix, ErrorCategory category) {
            return add(Match.SUFFIX, suffix, category);
        }

        /**
         * Marks the previous rule retryable although its category is not (the resource is
         * transitioning, another operation holds a lock).
         *
         * @return this builder
         */
        public Builder retryable() {
            return replaceLast(last -> new Rule(last.match(), last.pattern(), last.category(), true, last.httpStatus(),
                    last.note()));
        }

        /**
         * Marks the previous rule not retryable although its category is (a permanent conflict).
         *
         * @return this builder
         */
        public Builder notRetryable() {
            return replaceLast(last -> new Rule(last.match(), last.pattern(), last.category(), false, last.httpStatus(),
                    last.note()));
        }

        /**
         * The HTTP status the provider answers the previous (exact) rule's code with.
         *
         * @param httpStatus the status
         * @return this builder
         */
        public Builder status(int httpStatus) {
            return replaceLast(last -> new Rule(last.match(), last.pattern(), last.category(), last.retryable(),
                    httpStatus, last.note()));
        }

        /**
         * Why the previous rule is as it is (mark guesses {@code UNVERIFIED}).
         *
         * @param text the note
         * @return this builder
         */
        public Builder note(String text) {
            return replaceLast(last -> new Rule(last.match(), last.pattern(), last.category(), last.retryable(),
                    last.httpStatus(), text));
        }

        /**
         * {@return the table built}
         *
         * @throws IllegalArgumentException if two rules have the same match and pattern
         */
        public ErrorTable build() {
            for (int i = 0; i < rules.size(); i++) {
                for (int j = i + 1; j < rules.size(); j++) {
                    Rule a = rules.get(i);
                    Rule b = rules.get(j);
                    if (a.match() == b.match() && a.pattern().equals(b.pattern())) {
                        throw new IllegalArgumentException("two " + a.match().name().toLowerCase(Locale.ROOT)
                                + " rules for '" + a.pattern() + "'");
                    }
                }
            }
            return new ErrorTable(rules);
        }

        private Builder add(Match match, String pattern, ErrorCategory category) {
            rules.add(new Rule(match, pattern, category, category.retryableByDefault(), 0, ""));
            return this;
        }

        private Builder replaceLast(java.util.function.UnaryOperator<Rule> change) {
            if (rules.isEmpty()) {
                throw new IllegalStateException("declare a rule before modifying it");
            }
            rules.set(rules.size() - 1, change.apply(rules.get(rules.size() - 1)));
            return this;
        }
    }
}
