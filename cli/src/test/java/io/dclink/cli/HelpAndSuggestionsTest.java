package io.dclink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Help the picocli way: "did you mean", a help command, and the global options described once. */
class HelpAndSuggestionsTest {

    private static final Map<String, String> NO_ENV = Map.of("DCLINK_PLAIN", "1");

    @Test
    void aMistypedCommandIsAUsageErrorThatSuggestsTheCommandMeant() {
        Run top = Run.of(NO_ENV, "connection", "list");
        Run nested = Run.of(NO_ENV, "connections", "lst");

        CliTerms.assertError(top, 2);
        assertThat(top.err()).isEqualTo("""
                dclink: 'connection' is not a dclink command.
                Did you mean 'dclink connections'?
                Run 'dclink --help' for usage.
                """);
        CliTerms.assertError(nested, 2);
        assertThat(nested.err()).contains("'lst' is not a dclink connections command.",
                "Did you mean 'dclink connections list'?", "Run 'dclink connections --help' for usage.");
    }

    @Test
    void aMistypedOptionIsAUsageErrorThatSuggestsTheOptionMeantItsOwnOrAGlobalOne() {
        Run own = Run.of(NO_ENV, "connections", "list", "--stat", "ACTIVE");
        Run global = Run.of(NO_ENV, "connections", "list", "--provder", "tencent");
        Run nothingClose = Run.of(NO_ENV, "connections", "list", "--colour", "red");

        CliTerms.assertError(own, 2);
        assertThat(own.err()).isEqualTo("""
                dclink: 'dclink connections list' has no option '--stat'.
                Did you mean '--state'?
                Run 'dclink connections list --help' for usage.
                """);
        CliTerms.assertError(global, 2);
        assertThat(global.err()).contains("Did you mean '--provider'?");
        CliTerms.assertError(nothingClose, 2);
        assertThat(nothingClose.err()).contains("has no option '--colour'").doesNotContain("Did you mean");
    }

    @Test
    void helpIsACommandThatPrintsTheUsageOfTheCommandNamed() {
        Run root = Run.of(NO_ENV, "help");
        Run nested = Run.of(NO_ENV, "help", "connections");

        assertThat(root.exitCode()).as(root.toString()).isZero();
        assertThat(root.out()).startsWith("Usage: dclink ").contains("Commands:", "connections", "help", "completion");
        assertThat(root.err()).isEmpty();
        assertThat(nested.exitCode()).as(nested.toString()).isZero();
        assertThat(nested.out()).startsWith("Usage: dclink connections ").contains("list", "wait");
    }

    @Test
    void theGlobalOptionsAreDescribedOnceInTheRootsHelpAndNamedInOneLineElsewhere() {
        Run root = Run.of(NO_ENV, "--help");
        Run sub = Run.of(NO_ENV, "connections", "list", "--help");

        assertThat(root.out()).contains("Global options (every command takes them, before or after its name):")
                .contains("-p, --provider=ID", "-r, --region=REGION", "--endpoint=URL", "-o, --output=table|json",
                        "-v, --verbose", "-h, --help", "-V, --version");
        assertThat(sub.exitCode()).isZero();
        assertThat(sub.out()).startsWith("Usage: dclink connections list [--access-point=ID] [--state=STATE]...")
                .contains("Options:", "--access-point=ID", "--state=STATE")
                .doesNotContain("--provider=ID", "--region=REGION", "--endpoint=URL", "-h, --help", "Show this help");
        assertThat(sub.out().replaceAll("\\s+", " ")).contains("Global options: -p/--provider, -r/--region, --endpoint, "
                + "-o/--output, -v/--verbose, -h/--help, -V/--version (see 'dclink help').");
    }

    @Test
    void theGlobalOptionsStillWorkAfterTheCommandsName() {
        Run run = Run.of(NO_ENV, "connections", "list", "--provider", "nope", "--region", "r", "--output", "json");

        CliTerms.assertError(run, 2);
        assertThat(run.err()).contains("'nope'");
    }
}
