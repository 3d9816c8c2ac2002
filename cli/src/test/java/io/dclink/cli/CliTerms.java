package io.dclink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** What every error of the command line looks like: a sentence after "dclink: ", in the command line's words. */
final class CliTerms {

    private CliTerms() {
    }

    /**
     * The error is one "dclink: …" line (after a wait's progress lines, if any), and nothing printed
     * names a Java class or API.
     */
    static void assertError(Run run, int exitCode) {
        List<String> lines = run.err().lines().filter(line -> !line.startsWith("  ")).toList();
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(exitCode);
        assertThat(lines).as(run.toString()).isNotEmpty();
        assertThat(lines.get(0)).as(run.toString()).startsWith("dclink: ");
        assertThat(lines).as(run.toString()).filteredOn(line -> line.startsWith("dclink: ")).hasSize(1);
        assertThat(run.err()).as("no Java in a command line's error: " + run)
                .doesNotContainPattern("\\b(java|javax|io\\.dclink|picocli)\\.[a-z]+")
                .doesNotContainPattern("[A-Za-z]+(Exception|Error)\\b")
                .doesNotContain("DirectConnectBuilder", "allowInsecureHttp", "No enum constant", "cannot convert");
    }
}
