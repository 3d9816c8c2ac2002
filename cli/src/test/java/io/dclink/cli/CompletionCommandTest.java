package io.dclink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dclink completion bash|zsh}: a script that completes commands, options and fixed values. */
class CompletionCommandTest {

    private static final Map<String, String> NO_ENV = Map.of("DCLINK_PLAIN", "1");

    @TempDir
    Path dir;

    @Test
    void theBashScriptCompletesCommandsOptionsAndValuesInBash() throws Exception {
        Run run = Run.of(NO_ENV, "completion", "bash");
        Path script = dir.resolve("dclink-completion.bash");
        Files.writeString(script, run.out());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("complete -F _complete_dclink");
        assertThat(complete(script, "dclink", "conn")).containsExactly("connections");
        assertThat(complete(script, "dclink", "connections", "list", "--st")).containsExactly("--state");
        assertThat(complete(script, "dclink", "connections", "list", "--prov")).as("global options too")
                .containsExactly("--provider");
        assertThat(complete(script, "dclink", "emulator", "fault", "--kind", "thr")).containsExactly("throttle");
    }

    @Test
    void theZshScriptLoadsZshsBashCompletionLayer() {
        Run run = Run.of(NO_ENV, "completion", "zsh");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("ZSH_VERSION", "bashcompinit", "complete -F _complete_dclink");
    }

    @Test
    void anotherShellIsAUsageError() {
        Run run = Run.of(NO_ENV, "completion", "fish");

        CliTerms.assertError(run, 2);
        assertThat(run.err()).contains("'fish'", "BASH", "ZSH");
    }

    /** What bash offers for the last word, as if TAB were pressed after it. */
    private List<String> complete(Path script, String... words) throws Exception {
        String line = String.join(" ", words);
        String program = "source '" + script + "' 2>/dev/null\n"
                + "COMP_WORDS=(" + line + "); COMP_CWORD=" + (words.length - 1) + "; COMP_LINE='" + line + "'; "
                + "COMP_POINT=${#COMP_LINE}\n"
                + "_complete_dclink 2>/dev/null\n"
                + "printf '%s\\n' \"${COMPREPLY[@]}\"\n";
        Process bash = new ProcessBuilder("bash", "-c", program).redirectErrorStream(true).start();
        assertThat(bash.waitFor(30, TimeUnit.SECONDS)).as("bash ends").isTrue();
        return new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                .filter(word -> !word.isBlank()).toList();
    }
}
