package io.dclink.cli;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ScopeType;

/**
 * The root's options, which every command takes before or after its name: described once, in the
 * root's help, and named in one line at the end of every other command's help instead of being
 * listed again in each.
 */
final class GlobalOptions {

    private GlobalOptions() {
    }

    static void describeOnce(CommandLine root) {
        String names = root.getCommandSpec().options().stream().filter(option -> !option.hidden())
                .map(option -> String.join("/", option.names())).collect(Collectors.joining(", "));
        String footer = "%nGlobal options: " + names + " (see 'dclink help').";
        Set<CommandLine> done = Collections.newSetFromMap(new IdentityHashMap<>());
        root.getSubcommands().values().forEach(sub -> hideGlobal(sub, footer, done));
    }

    private static void hideGlobal(CommandLine line, String footer, Set<CommandLine> done) {
        if (!done.add(line)) {
            return;
        }
        CommandSpec spec = line.getCommandSpec();
        for (OptionSpec option : spec.options().stream().filter(GlobalOptions::global).toList()) {
            spec.remove(option);
            // LOCAL: an inherited option added again would be handed down to the subcommands a second time
            spec.addOption(OptionSpec.builder(option).hidden(true).scopeType(ScopeType.LOCAL).build());
        }
        spec.usageMessage().optionListHeading("Options:%n").footer(footer);
        line.getSubcommands().values().forEach(sub -> hideGlobal(sub, footer, done));
    }

    /** The root's own options, and the help and version options every command repeats. */
    private static boolean global(OptionSpec option) {
        return option.inherited() || option.usageHelp() || option.versionHelp();
    }
}
