package io.dclink.consumer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The fenced code blocks of a Markdown page, as a reader would copy them. */
final class Snippets {

    /** One fenced block: its language tag and its text. */
    record Snippet(String language, String text) {
    }

    private Snippets() {
    }

    static List<Snippet> of(Path markdown) throws IOException {
        List<Snippet> snippets = new ArrayList<>();
        String language = null;
        StringBuilder text = new StringBuilder();
        String fence = null;
        for (String line : Files.readAllLines(markdown)) {
            String trimmed = line.strip();
            if (fence == null && trimmed.startsWith("```")) {
                fence = line.substring(0, line.indexOf("```"));
                language = trimmed.substring(3).strip();
                text.setLength(0);
            } else if (fence != null && trimmed.equals("```")) {
                snippets.add(new Snippet(language, text.toString()));
                fence = null;
            } else if (fence != null) {
                text.append(line.startsWith(fence) ? line.substring(fence.length()) : line).append('\n');
            }
        }
        return snippets;
    }

    /** The first block in that language containing the text; what the page shows for it. */
    static String first(Path markdown, String language, String containing) throws IOException {
        return of(markdown).stream()
                .filter(snippet -> snippet.language().equals(language) && snippet.text().contains(containing))
                .map(Snippet::text)
                .findFirst()
                .orElseThrow(() -> new AssertionError(markdown.getFileName() + " has no " + language
                        + " block containing " + containing));
    }
}
