package io.dclink.kit.profile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the profile files the clouds' command-line tools write, for {@link io.dclink.spi.CredentialProfile}
 * implementations: a JSON document or an INI file of sections. A missing file is empty; a file that
 * cannot be read is an {@link IllegalArgumentException} naming the file and never its content.
 */
public final class ProfileFiles {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ProfileFiles() {
    }

    /**
     * Reads a JSON profile file.
     *
     * @param file the file
     * @return its document, or empty when there is no such file
     * @throws IllegalArgumentException if it exists but is not a JSON object
     */
    public static Optional<JsonNode> json(Path file) {
        Optional<String> text = text(file);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            JsonNode document = JSON.readTree(text.get());
            if (document == null || !document.isObject()) {
                throw new IllegalArgumentException("the profile file " + file + " is not a JSON object");
            }
            return Optional.of(document);
        } catch (IOException notJson) {
            throw new IllegalArgumentException("the profile file " + file + " is not valid JSON (line "
                    + lineOf(notJson) + ")");
        }
    }

    /**
     * Reads an INI profile file: {@code [section]} headers, {@code key = value} lines, {@code #} and
     * {@code ;} comments.
     *
     * @param file the file
     * @return the sections by name, each its keys in file order, or empty when there is no such file
     * @throws IllegalArgumentException if a line is neither a section, a key, a comment nor blank
     */
    public static Optional<Map<String, Map<String, String>>> ini(Path file) {
        Optional<String> text = text(file);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Map<String, String>> sections = new LinkedHashMap<>();
        Map<String, String> current = null;
        int number = 0;
        for (String raw : text.get().split("\\R")) {
            number++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                current = sections.computeIfAbsent(line.substring(1, line.length() - 1).strip(),
                        name -> new LinkedHashMap<>());
            } else if (line.contains("=") && current != null) {
                int equals = line.indexOf('=');
                current.put(line.substring(0, equals).strip(), line.substring(equals + 1).strip());
            } else {
                throw new IllegalArgumentException("the profile file " + file + " has a line that is neither a "
                        + "[section] nor a key = value in one (line " + number + ")");
            }
        }
        return Optional.of(sections);
    }

    /**
     * A text field of a JSON object.
     *
     * @param node the object
     * @param field the field name
     * @return its text, or empty when absent, not text, or blank
     */
    public static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() && !value.asText().isBlank() ? Optional.of(value.asText().strip()) : Optional.empty();
    }

    private static Optional<String> text(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException unreadable) {
            throw new IllegalArgumentException("the profile file " + file + " cannot be read ("
                    + (unreadable instanceof AccessDeniedException ? "permission denied" : "an I/O error") + ")");
        }
    }

    private static String lineOf(IOException notJson) {
        return notJson instanceof com.fasterxml.jackson.core.JsonProcessingException parse && parse.getLocation() != null
                ? String.valueOf(parse.getLocation().getLineNr()) : "?";
    }
}
