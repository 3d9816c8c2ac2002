package io.dclink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/** Every command, option and parameter says what it is for in its help. */
class DescriptionsTest {

    @Test
    void everyCommandOptionAndParameterHasADescription() {
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
        CommandLine root = Cli.commandLine(new Console(nowhere, nowhere, Map.of(), false));
        List<String> undescribed = new ArrayList<>();
        List<String> checked = new ArrayList<>();
        walk(root, undescribed, checked);

        assertThat(undescribed).as("commands, options and parameters without a description").isEmpty();
        assertThat(checked).as("what was checked").hasSizeGreaterThan(150)
                .contains("dclink connections create --access-point", "dclink connections create --name",
                        "dclink connections create --tag", "dclink connections update --description",
                        "dclink vifs create --connection", "dclink vifs create --gateway", "dclink vifs create --vlan",
                        "dclink routes add --destination", "dclink routes delete --id", "dclink connections get ID");
    }

    private static void walk(CommandLine line, List<String> undescribed, List<String> checked) {
        CommandSpec spec = line.getCommandSpec();
        String path = UsageErrors.commandPath(line);
        if (!spec.usageMessage().hidden() && blank(spec.usageMessage().description())) {
            undescribed.add(path);
        }
        List<ArgSpec> arguments = new ArrayList<>(spec.options());
        arguments.addAll(spec.positionalParameters());
        for (ArgSpec argument : arguments) {
            String name = path + " " + (argument.isOption() ? ((CommandLine.Model.OptionSpec) argument).longestName()
                    : argument.paramLabel());
            checked.add(name);
            if (!argument.hidden() && blank(argument.description())) {
                undescribed.add(name);
            }
        }
        line.getSubcommands().forEach((name, sub) -> {
            if (name.equals(sub.getCommandName())) {
                walk(sub, undescribed, checked);
            }
        });
    }

    private static boolean blank(String[] description) {
        return description.length == 0 || String.join("", description).isBlank();
    }
}
