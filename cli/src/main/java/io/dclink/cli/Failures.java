package io.dclink.cli;

import io.dclink.error.DirectConnectException;
import io.dclink.error.OutcomeUnknownException;
import io.dclink.error.Problem;
import io.dclink.error.ProviderDiscoveryException;
import io.dclink.error.UnsupportedCapabilityException;
import io.dclink.error.ValidationException;
import io.dclink.error.WaitTimeoutException;
import java.io.PrintStream;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * A command that failed, told in the command line's terms with the contract's exit code: every
 * problem of an invalid request, the provider's code and request id, the key that makes repeating
 * a lost create safe. Never a Java class name; the stack trace only with {@code --verbose}.
 */
final class Failures implements IExecutionExceptionHandler {

    private final PrintStream err;

    Failures(PrintStream err) {
        this.err = err;
    }

    @Override
    public int handleExecutionException(Exception failure, CommandLine command, ParseResult parsed) {
        int exitCode = report(failure, UsageErrors.commandPath(command));
        if (exitCode == ExitCodes.REMOTE && !(failure instanceof DirectConnectException)
                && !(failure instanceof RemoteFailure) && DclinkCommand.of(command.getCommandSpec()).verbose) {
            failure.printStackTrace(err);
        }
        return exitCode;
    }

    /** Prints a failure of the command (as typed, from the root) the way its exit code says. */
    int report(Exception failure, String commandPath) {
        if (failure instanceof ValidationException invalid) {
            err.println("dclink: the request is invalid; nothing was sent:");
            for (Problem problem : invalid.problems()) {
                err.println("  " + problem.field() + ": " + problem.message());
            }
            return ExitCodes.USAGE;
        }
        if (failure instanceof UnsupportedCapabilityException unsupported) {
            err.println("dclink: " + unsupported.provider().orElse("the provider") + " does not offer '" + commandPath
                    + "' (capability " + unsupported.capability() + "); 'dclink providers' lists what each provider offers");
            return ExitCodes.USAGE;
        }
        if (failure instanceof ProviderDiscoveryException || failure instanceof UsageException) {
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
        if (failure instanceof DirectConnectException || failure instanceof RemoteFailure) {
            err.println("dclink: " + failure.getMessage());
            return ExitCodes.REMOTE;
        }
        err.println("dclink: the command failed unexpectedly" + (failure.getMessage() == null ? ""
                : " (" + failure.getMessage() + ")") + "; run it again with --verbose to see where");
        return ExitCodes.REMOTE;
    }
}
