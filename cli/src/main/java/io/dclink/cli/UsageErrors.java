package io.dclink.cli;

import java.io.PrintStream;
import java.util.LinkedList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A command line that does not parse, told in the command line's terms: one sentence naming what
 * is wrong, what was probably meant (a mistyped command or option), and where the usage is.
 */
final class UsageErrors implements IParameterExceptionHandler {

    private final PrintStream err;

    UsageErrors(PrintStream err) {
        this.err = err;
    }

    @Override
    public int handleParseException(ParameterException problem, String[] args) {
        CommandLine line = problem.getCommandLine();
        String command = commandPath(line);
        if (problem instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String first = unmatched.getUnmatched().get(0);
            if (unmatched.isUnknownOption()) {
                err.println("dclink: '" + command + "' has no option '" + first + "'.");
                String name = first.contains("=") ? first.substring(0, first.indexOf('=')) : first;
                suggest(unmatched.getSuggestions().isEmpty()
                        ? Closest.to(name, line.getCommandSpec().optionsMap().keySet()).stream().toList()
                        : unmatched.getSuggestions(), "");
            } else if (!line.getSubcommands().isEmpty() && line.getCommandSpec().positionalParameters().isEmpty()) {
                err.println("dclink: '" + first + "' is not a " + command + " command.");
                suggest(unmatched.getSuggestions(), command + " ");
            } else {
                err.println("dclink: '" + command + "' takes no argument '" + first + "'.");
            }
        } else {
            err.println("dclink: " + sentence(problem.getMessage()));
        }
        err.println("Run '" + command + " --help' for usage.");
        return ExitCodes.USAGE;
    }

    /** The closest match only: picocli lists the close ones best first, and the others are mostly noise. */
    private void suggest(List<String> suggestions, String prefix) {
        if (!suggestions.isEmpty()) {
            err.println("Did you mean '" + prefix + suggestions.get(0) + "'?");
        }
    }

    /** Picocli's message as a sentence: no "Error: " in front, a full stop at the end. */
    private static String sentence(String message) {
        String text = message.startsWith("Error: ") ? message.substring("Error: ".length()) : message;
        return text.endsWith(".") ? text : text + ".";
    }

    /** {@code dclink connections list}: the command as typed, from the root. */
    static String commandPath(CommandLine line) {
        LinkedList<String> path = new LinkedList<>();
        for (CommandLine current = line; current != null; current = current.getParent()) {
            path.addFirst(current.getCommandName());
        }
        return String.join(" ", path);
    }
}
