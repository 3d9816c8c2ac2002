package io.dclink.core.lifecycle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Reads the tables of docs/architecture.md that the build treats as contracts. */
final class ArchitectureDocument {

    private final List<String> lines;

    private ArchitectureDocument(List<String> lines) {
        this.lines = lines;
    }

    static ArchitectureDocument load() {
        String projectDir = System.getProperty("dclink.project.dir");
        if (projectDir == null) {
            throw new IllegalStateException("system property dclink.project.dir is not set (the Maven build sets it)");
        }
        try {
            return new ArchitectureDocument(Files.readAllLines(Path.of(projectDir, "docs", "architecture.md")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows (cells trimmed) of the table right after an HTML comment marker. */
    List<List<String>> table(String marker) {
        int start = lines.indexOf("<!-- " + marker + " -->");
        if (start < 0) {
            throw new IllegalStateException("docs/architecture.md has no table marked " + marker);
        }
        List<List<String>> rows = new ArrayList<>();
        for (int i = start + 3; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            String line = lines.get(i);
            rows.add(Arrays.stream(line.substring(1, line.length() - 1).split("\\|", -1))
                    .map(String::trim).collect(Collectors.toList()));
        }
        return rows;
    }

    /** The comma-separated names on the "Initial states:" line following a marker. */
    List<String> initialStates(String marker) {
        int start = lines.indexOf("<!-- " + marker + " -->");
        for (int i = start; i < lines.size(); i++) {
            if (lines.get(i).startsWith("Initial states: ")) {
                return names(lines.get(i).substring("Initial states: ".length()).replace(".", ""));
            }
        }
        throw new IllegalStateException("no initial states after " + marker);
    }

    static List<String> names(String cell) {
        if (cell.equals("—")) {
            return List.of();
        }
        return Arrays.stream(cell.split(",")).map(String::trim).collect(Collectors.toList());
    }
}
