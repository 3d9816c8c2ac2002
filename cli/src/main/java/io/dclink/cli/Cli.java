package io.dclink.cli;

import io.dclink.error.DirectConnectException;
import io.dclink.error.OutcomeUnknownException;
import io.dclink.error.Problem;
import io.dclink.error.ProviderDiscoveryException;
import io.dclink.error.UnsupportedCapabilityException;
import io.dclink.error.ValidationException;
import io.dclink.error.WaitTimeoutException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/** Runs one {@code dclink} command line in-process and maps its outcome to the contract's exit codes. */
public final class Cli {

    private static final Map<String, String> ENVIRONMENT_DEFAULTS = Map.of(
            "--provider", "DCLINK_PROVIDER", "--region", "DCLINK_REGION", "--endpoint", "DCLINK_ENDPOINT");

    private Cli() {
    }

    /**
     * Runs a command line.
     *
     * @param args the arguments
     * @param out standard output (results)
     * @param err standard error (progress, messages)
     * @param env the environment variables (defaults of the global options, credentials)
     * @return the exit code
     */
    public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        Console console = new Console(out, err, env, System.console() != null && env.get("DCLINK_PLAIN") == null);
        CommandLine line = new CommandLine(new DclinkCommand(console));
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        line.setCaseInsensitiveEnumValuesAllowed(true);
        line.setDefaultValueProvider(argument -> {
            String variable = argument instanceof CommandLine.Model.OptionSpec option
                    ? ENVIRONMENT_DEFAULTS.get(option.longestName()) : null;
            return variable == null ? null : env.get(variable);
        });
        line.setParameterExceptionHandler((problem, arguments) -> {
            err.println("dclink: " + problem.getMessage());
            err.println("Run 'dclink " + String.join(" ", commandPath(problem.getCommandLine())) + " --help' for usage.");
            return ExitCodes.USAGE;
        });
        line.setExecutionExceptionHandler((failure, command, parsed) -> report(failure, err));
        return line.execute(args);
    }

    private static List<String> commandPath(CommandLine line) {
        LinkedList<String> path = new LinkedList<>();
        for (CommandLine current = line; current.getParent() != null; current = current.getParent()) {
            path.addFirst(current.getCommandName());
        }
        return path;
    }

    /** Prints a failure the way its exit code says: every problem of a validation error, the provider's code and request id. */
    static int report(Exception failure, PrintStream err) {
        if (failure instanceof ValidationException invalid) {
            err.println("dclink: the request is invalid; nothing was sent:");
            for (Problem problem : invalid.problems()) {
                err.println("  " + problem.field() + ": " + problem.message());
            }
            return ExitCodes.USAGE;
        }
        if (failure instanceof UnsupportedCapabilityException || failure instanceof ProviderDiscoveryException) {
            err.println("dclink: " + failure.getMessage());
            return ExitCodes.USAGE;
        }
        if (failure instanceof WaitTimeoutException timeout) {
            err.println("dclink: " + timeout.getMessage());
            return ExitCodes.TIMEOUT;
        }
        if (failure instanceof OutcomeUnknownException unknown) {
            err.println("dclink: " + unknown.getMessage());
            err.println("  repeat the same command with: --idempotency-key " + unknown.idempotencyKey());
            return ExitCodes.OUTCOME_UNKNOWN;
        }
        if (failure instanceof DirectConnectException remote) {
            err.println("dclink: " + remote.getMessage());
            return ExitCodes.REMOTE;
        }
        if (failure instanceof UsageException usage) {
            err.println("dclink: " + usage.getMessage());
            return ExitCodes.USAGE;
        }
        err.println("dclink: " + (failure.getMessage() == null ? failure.toString()
                : failure.getClass().getSimpleName() + ": " + failure.getMessage()));
        return ExitCodes.REMOTE;
    }
}
