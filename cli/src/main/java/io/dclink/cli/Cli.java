package io.dclink.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
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
        CommandLine line = commandLine(console);
        GlobalOptions.describeOnce(line);
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        line.setParameterExceptionHandler(new UsageErrors(err));
        line.setExecutionExceptionHandler(new Failures(err));
        return line.execute(args);
    }

    /** The command tree with the value types and defaults every command shares; what completion scripts describe. */
    static CommandLine commandLine(Console console) {
        CommandLine line = new CommandLine(new DclinkCommand(console));
        line.setCaseInsensitiveEnumValuesAllowed(true);
        line.registerConverter(Duration.class, new HumanDuration());
        line.registerConverter(Instant.class, new IsoInstant());
        line.registerConverter(URI.class, new EndpointUri());
        line.setDefaultValueProvider(argument -> {
            String variable = argument instanceof CommandLine.Model.OptionSpec option
                    ? ENVIRONMENT_DEFAULTS.get(option.longestName()) : null;
            return variable == null ? null : console.env().get(variable);
        });
        return line;
    }
}
