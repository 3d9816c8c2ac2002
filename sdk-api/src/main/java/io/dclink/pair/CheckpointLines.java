package io.dclink.pair;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The text form of a checkpoint: a header line, then {@code key=value} lines with URL-encoded
 * values; keys that repeat keep their order. Reading is strict: a line without {@code =}, a
 * single-valued key given twice or a missing required key is an error.
 */
final class CheckpointLines {

    private final StringBuilder text;
    private final Map<String, List<String>> read;

    private CheckpointLines(StringBuilder text, Map<String, List<String>> read) {
        this.text = text;
        this.read = read;
    }

    static CheckpointLines writing(String header) {
        return new CheckpointLines(new StringBuilder(header).append('\n'), null);
    }

    static CheckpointLines reading(String header, String text) {
        String[] lines = text.split("\n");
        if (lines.length == 0 || !lines[0].equals(header)) {
            throw new IllegalArgumentException("not a dclink pair checkpoint (expected the header " + header + ")");
        }
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int eq = lines[i].indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("malformed checkpoint line " + (i + 1));
            }
            values.computeIfAbsent(lines[i].substring(0, eq), k -> new ArrayList<>())
                    .add(URLDecoder.decode(lines[i].substring(eq + 1), StandardCharsets.UTF_8));
        }
        return new CheckpointLines(null, values);
    }

    CheckpointLines put(String key, Object value) {
        if (value != null) {
            text.append(key).append('=').append(encode(value.toString())).append('\n');
        }
        return this;
    }

    String text() {
        return text.toString();
    }

    /** The one value of a key, or {@code null}. */
    String optional(String key) {
        List<String> values = read.getOrDefault(key, List.of());
        if (values.size() > 1) {
            throw new IllegalArgumentException("the checkpoint gives " + key + " twice");
        }
        return values.isEmpty() ? null : values.get(0);
    }

    String required(String key) {
        String value = optional(key);
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("the checkpoint has no " + key);
        }
        return value;
    }

    List<String> all(String key) {
        return read.getOrDefault(key, List.of());
    }

    /** The keys read, for refusing unknown ones. */
    Iterable<String> keys() {
        return read.keySet();
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
