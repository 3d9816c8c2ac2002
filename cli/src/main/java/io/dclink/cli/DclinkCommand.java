package io.dclink.cli;

import io.dclink.DirectConnect;
import io.dclink.DirectConnectBuilder;
import io.dclink.ProviderInfo;
import io.dclink.event.StateChangeListener;
import java.net.URI;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The {@code dclink} command and its global options, which every subcommand inherits. */
@Command(name = "dclink", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT, versionProvider = Version.class,
        description = "Dedicated lines on several clouds through one API.",
        subcommands = {ProvidersCommand.class, AccessPointsCommand.class, ConnectionsCommand.class, LoaCommand.class,
                GatewaysCommand.class, VifsCommand.class, RoutesCommand.class, PairsCommand.class, EmulatorCommand.class,
                DemoCommand.class, DeprecatedEmulateCommand.class})
final class DclinkCommand implements Callable<Integer> {

    /** The output formats. */
    enum Format {
        /** Aligned columns for people. */
        TABLE,
        /** One JSON document for programs. */
        JSON
    }

    @Option(names = {"-p", "--provider"}, scope = ScopeType.INHERIT, paramLabel = "ID",
            description = "The provider id (env DCLINK_PROVIDER).")
    String provider;

    @Option(names = {"-r", "--region"}, scope = ScopeType.INHERIT, paramLabel = "REGION",
            description = "The region (env DCLINK_REGION).")
    String region;

    @Option(names = "--endpoint", scope = ScopeType.INHERIT, paramLabel = "URL",
            description = "The provider API's base URL instead of the provider's, e.g. an emulator (env DCLINK_ENDPOINT).")
    URI endpoint;

    @Option(names = {"-o", "--output"}, scope = ScopeType.INHERIT, paramLabel = "table|json", defaultValue = "table",
            description = "table (default) or json.")
    Format output;

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT, description = "Log the requests sent (to stderr).")
    boolean verbose;

    @Spec
    CommandSpec spec;

    final Console console;

    DclinkCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(console.err());
        return ExitCodes.USAGE;
    }

    Output output() {
        return new Output(console, output);
    }

    /** A client from the global options; credentials from the provider's usual environment variables. */
    DirectConnect client(StateChangeListener... listeners) {
        if (verbose) {
            System.setProperty("org.slf4j.simpleLogger.log.io.dclink", "debug");
        }
        if (provider == null) {
            throw new UsageException("no provider: give --provider (or set DCLINK_PROVIDER); 'dclink providers' lists them");
        }
        DirectConnectBuilder builder = DirectConnect.builder().provider(provider).environment(console.env());
        if (hasRegions(provider)) {
            if (region == null) {
                throw new UsageException("no region: give --region (or set DCLINK_REGION)");
            }
            builder.region(region);
        }
        if (endpoint != null) {
            builder.endpoint(endpoint);
        }
        for (StateChangeListener listener : listeners) {
            builder.listener(listener);
        }
        return builder.build();
    }

    /**
     * Whether the provider needs a region; an unknown id is left to the builder, which names the
     * installed ones. A region set in the environment is ignored for a provider without regions.
     */
    private static boolean hasRegions(String provider) {
        return DirectConnect.providers().stream().filter(info -> info.id().equals(provider)).findFirst()
                .map(ProviderInfo::regional).orElse(true);
    }

    /** The root command of the command a subcommand belongs to. */
    static DclinkCommand of(CommandSpec spec) {
        return (DclinkCommand) spec.root().userObject();
    }
}
