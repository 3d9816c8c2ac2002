package io.dclink.testkit.contract;

import io.dclink.lifecycle.ResourceType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of the table after the {@code <!-- mapping -->} marker of a markdown document:
 * {@code | Provider | Resource | Raw | State | Action | Notes |}, the Raw column written as
 * {@code Field=value; Other=value} with {@code (none)} for an absent or empty value and
 * {@code (other)} for any undocumented one.
 */
public final class MappingTable {

    /** The line that precedes the table's header. */
    public static final String MARKER = "<!-- mapping -->";

    private final List<MappingRow> rows;

    private MappingTable(List<MappingRow> rows) {
        this.rows = List.copyOf(rows);
    }

    /**
     * The project's docs/architecture.md, in the directory the {@code dclink.project.dir} system
     * property names (the project's Maven build sets it).
     *
     * @return the document's path
     */
    public static Path projectDocument() {
        String dir = System.getProperty("dclink.project.dir");
        if (dir == null) {
            throw new IllegalStateException("the system property dclink.project.dir is not set");
        }
        return Path.of(dir, "docs", "architecture.md");
    }

    /**
     * Reads the table of the project's docs/architecture.md.
     *
     * @return the table
     */
    public static MappingTable ofProject() {
        return read(projectDocument());
    }

    /**
     * Reads the table of a document.
     *
     * @param document the markdown file
     * @return the table
     */
    public static MappingTable read(Path document) {
        try {
            return parse(Files.readAllLines(document), document.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads the table of a document's lines.
     *
     * @param lines the document's lines
     * @param source what to call the document in errors
     * @return the table
     * @throws IllegalArgumentException if the document has no marker or a row is not six cells
     */
    public static MappingTable parse(List<String> lines, String source) {
        int start = lines.indexOf(MARKER);
        if (start < 0) {
            throw new IllegalArgumentException(source + " has no " + MARKER + " table");
        }
        List<MappingRow> rows = new ArrayList<>();
        for (int i = start + 3; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            String line = lines.get(i);
            String[] cells = line.substring(1, line.endsWith("|") ? line.length() - 1 : line.length()).split("\\|", -1);
            if (cells.length != 6) {
                throw new IllegalArgumentException(source + ", line " + (i + 1) + " has " + cells.length
                        + " cells instead of 6: " + line);
            }
            rows.add(new MappingRow(cells[0].trim(), ResourceType.valueOf(cells[1].trim()), raw(cells[2].trim()),
                    cells[3].trim(), cells[4].trim()));
        }
        return new MappingTable(rows);
    }

    private static Map<String, String> raw(String cell) {
        Map<String, String> raw = new LinkedHashMap<>();
        for (String pair : cell.split("; ")) {
            int eq = pair.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("the Raw cell '" + cell + "' is not Field=value; Field=value");
            }
            raw.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return raw;
    }

    /**
     * Every row, in document order.
     *
     * @return the rows
     */
    public List<MappingRow> rows() {
        return rows;
    }

    /**
     * The rows of one provider.
     *
     * @param provider the provider id
     * @return the rows, in document order
     */
    public List<MappingRow> rows(String provider) {
        return rows.stream().filter(r -> r.provider().equals(provider)).toList();
    }

    /**
     * The rows of one provider and resource type.
     *
     * @param provider the provider id
     * @param resource the resource type
     * @return the rows, in document order
     */
    public List<MappingRow> rows(String provider, ResourceType resource) {
        return rows(provider).stream().filter(r -> r.resource() == resource).toList();
    }
}
