package io.dclink.error;

import java.util.List;
import java.util.stream.Collectors;

/** A request was refused locally, before any network call. Lists every problem found, not only the first. */
public class ValidationException extends DirectConnectException {

    /** Every problem found. */
    private final transient List<Problem> problems;

    /**
     * Creates the error.
     *
     * @param context where it came from (usually only the provider id)
     * @param problems every problem found; not empty
     */
    public ValidationException(ErrorContext context, List<Problem> problems) {
        super(describe(problems), context, null);
        this.problems = List.copyOf(problems);
    }

    /** {@return every problem found, in the order found} */
    public List<Problem> problems() {
        return problems;
    }

    private static String describe(List<Problem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a validation error needs at least one problem");
        }
        return "Invalid request (" + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                + "; nothing was sent): "
                + problems.stream().map(Problem::toString).collect(Collectors.joining("; "));
    }
}
