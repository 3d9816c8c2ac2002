package io.dclink.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dclink completion bash|zsh}: the shell completion script of every command, option and
 * fixed value (picocli's AutoComplete; the one script serves both shells, zsh through its bash
 * completion layer).
 */
@Command(name = "completion", description = {"Print the shell completion script for bash or zsh.",
        "Load it with: source <(dclink completion bash)   (zsh: source <(dclink completion zsh))"})
final class CompletionCommand implements Callable<Integer> {

    /** The shells the script serves. */
    enum Shell {
        /** Bash 4 or later. */
        BASH,
        /** Zsh, through bashcompinit (which the script loads). */
        ZSH
    }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SHELL", description = "bash or zsh.")
    Shell shell;

    @Override
    public Integer call() {
        Console console = DclinkCommand.of(spec).console;
        console.out().print(AutoComplete.bash("dclink", Cli.commandLine(console)));
        console.out().flush();
        return ExitCodes.OK;
    }
}
