package io.dclink.consumer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** This build's Maven wrapper, run offline on another project. */
final class Maven {

    /** How a run ended. */
    record Outcome(int exitCode, String output) {
    }

    private final Path root;

    Maven(Path root) {
        this.root = root;
    }

    /**
     * Runs the goals offline with its own local repository in front of a read-only one: artifacts
     * come from the first, else from the second, and nothing is written to the second.
     */
    Outcome run(Path project, LocalRepository repository, Path readOnlyRepository, String... goals)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(root.resolve("mvnw").toString(),
                "-B", "-o", "-f", project.resolve("pom.xml").toString(),
                "-Dmaven.repo.local=" + repository.directory(),
                "-Dmaven.repo.local.tail=" + readOnlyRepository));
        command.addAll(List.of(goals));
        Path log = project.resolve("maven.log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process maven = builder.start();
        if (!maven.waitFor(5, TimeUnit.MINUTES)) {
            maven.destroyForcibly();
            throw new AssertionError("the consumer build did not end:\n" + Files.readString(log, StandardCharsets.UTF_8));
        }
        return new Outcome(maven.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}
