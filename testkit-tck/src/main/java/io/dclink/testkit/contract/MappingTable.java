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

/** The rows of the table after the {@code <!-- mapping -->} marker of a markdown document. */
public final class MappingTable {

    private final List<MappingRow> rows;

    private MappingTable(List<MappingRow> rows) {
        this.rows = List.copyOf(rows);
    }

    /**
     * Reads docs/architecture.md of the project whose directory the {@code dclink.project.dir}
     * system property names (the project's Maven build sets it).
     *
     * @return the table
     */
    public static MappingTable ofProject() {
        String dir = System.getProperty("dclink.project.dir");
        if (dir == null) {
            throw new IllegalStateException("the system property dclink.project.dir is not set");
        }
        return read(Path.of(dir, "docs", "architecture.md"));
    }

    /**
     * Reads the table of a document.
     *
     * @param document the markdown file
     * @return the table
     */
    public static MappingTable read(Path document) {
        List<String> lines;
        try {
            lines = Files.readAllLines(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int start = lines.indexOf("<!-- mapping -->");
        if (start < 0) {
            throw new IllegalArgumentException(document + " has no <!-- mapping --> table");
        }
        List<MappingRow> rows = new ArrayList<>();
        for (int i = start + 3; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            String[] cells = lines.get(i).substring(1, lines.get(i).length() - 1).split("\\|", -1);
            Map<String, String> raw = new LinkedHashMap<>();
            for (String pair : cells[2].trim().split("; ")) {
                int eq = pair.indexOf('=');
                raw.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
            rows.add(new MappingRow(cells[0].trim(), ResourceType.valueOf(cells[1].trim()), raw, cells[3].trim(),
                    cells[4].trim()));
        }
        return new MappingTable(rows);
    }

    /**
     * The rows of one provider and resource type.
     *
     * @param provider the provider id
     * @param resource the resource type
     * @return the rows, in document order
     */
    public List<MappingRow> rows(String provider, ResourceType resource) {
        return rows.stream().filter(r -> r.provider().equals(provider) && r.resource() == resource).toList();
    }
}
