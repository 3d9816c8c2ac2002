package io.dclink.faultcorpus;

import io.dclink.error.DirectConnectException;
import java.util.Locale;

/** How a thrown thing is judged. */
final class Judge {

    private Judge() {
    }

    /**
     * Whether a thrown thing is acceptable: one of dclink's typed errors, or (for bad input only) a
     * {@link NullPointerException} or {@link IllegalArgumentException} whose message names the
     * argument at fault.
     *
     * @param thrown what was thrown
     * @param argument the argument at fault, or {@code null} when every argument was valid (fault cases)
     * @return whether it is acceptable
     */
    static boolean acceptable(Throwable thrown, String argument) {
        if (thrown instanceof DirectConnectException) {
            return true;
        }
        return programmerError(thrown) && namesArgument(thrown, argument);
    }

    static boolean programmerError(Throwable thrown) {
        return thrown instanceof NullPointerException || thrown instanceof IllegalArgumentException;
    }

    static boolean namesArgument(Throwable thrown, String argument) {
        if (argument == null || thrown.getMessage() == null) {
            return false;
        }
        return thrown.getMessage().toLowerCase(Locale.ROOT).contains(argument.toLowerCase(Locale.ROOT));
    }

    /**
     * The outcome's name in the report: {@code success}, the typed error's simple class name, or
     * {@code untyped <class>}.
     *
     * @param thrown what was thrown, or {@code null}
     * @param argument the argument at fault, or {@code null}
     * @return the name
     */
    static String outcome(Throwable thrown, String argument) {
        if (thrown == null) {
            return "success";
        }
        String name = thrown.getClass().getSimpleName().isEmpty() ? thrown.getClass().getName()
                : thrown.getClass().getSimpleName();
        return acceptable(thrown, argument) ? name : "untyped " + name;
    }
}
