package io.dclink.core.hosted;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A checkpoint's text: a header line, then {@code key=value} lines, values URL-encoded; a key may repeat. */
final class CheckpointLines {

    private final Map<String, List<String>> values = new LinkedHashMap<>();

    void add(String key, String value) {
        if (value != null) {
            values.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        }
    }

    String text(String header) {
        StringBuilder text = new StringBuilder(header).append('\n');
        values.forEach((key, list) -> list.forEach(value -> text.append(key).append('=').append(enc(value))
                .append('\n')));
        return text.toString();
    }

    static CheckpointLines parse(String text, String header) {
        String[] lines = text.split("\n");
        if (lines.length == 0 || !lines[0].equals(header)) {
            throw new IllegalArgumentException("not a " + header + " text (its first line must be " + header + ")");
        }
        CheckpointLines parsed = new CheckpointLines();
        for (int i = 1; i < lines.length; i++) {
            int eq = lines[i].indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("line " + (i + 1) + " is not key=value");
            }
            parsed.add(lines[i].substring(0, eq), dec(lines[i].substring(eq + 1)));
        }
        return parsed;
    }

    /** The one value of a key, or {@code null}. */
    String optional(String key) {
        List<String> list = values.get(key);
        if (list == null) {
            return null;
        }
        if (list.size() > 1) {
            throw new IllegalArgumentException(key + " appears " + list.size() + " times");
        }
        return list.get(0);
    }

    String required(String key) {
        String value = optional(key);
        if (value == null) {
            throw new IllegalArgumentException("it has no " + key);
        }
        return value;
    }

    List<String> all(String key) {
        return values.getOrDefault(key, List.of());
    }

    /** A pair of texts as one value: both encoded, joined by '='. */
    static String pair(String key, String value) {
        return enc(key) + "=" + enc(value);
    }

    static String[] unpair(String pair) {
        int eq = pair.indexOf('=');
        if (eq < 0) {
            throw new IllegalArgumentException("'" + pair + "' is not a key=value pair");
        }
        return new String[] {dec(pair.substring(0, eq)), dec(pair.substring(eq + 1))};
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String dec(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
