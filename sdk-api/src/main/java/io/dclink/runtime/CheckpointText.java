package io.dclink.runtime;

import io.dclink.error.ErrorContext;
import io.dclink.error.Problem;
import io.dclink.error.ValidationException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Not API: the runtime's and the checkpoints' shared text format. A header line, then
 * {@code key=value} lines with URL-encoded values, in the order written; a key may repeat. Reading
 * is strict: another header, a line without a key and {@code =}, a single-valued key given twice
 * or a missing or empty required value is an {@link IllegalArgumentException}.
 */
public final class CheckpointText {

    private final StringBuilder written;
    private final Map<String, List<String>> read;

    private CheckpointText(StringBuilder written, Map<String, List<String>> read) {
        this.written = written;
        this.read = read;
    }

    /**
     * {@return what {@code parse} reads from a checkpoint's text}
     *
     * @param <T> the checkpoint
     * @param text the stored text
     * @param kind the checkpoint's kind, for the message (e.g. {@code wait})
     * @param writer the method that wrote the text, for the message (e.g. {@code encode()})
     * @param parse reads the text, failing with any runtime exception
     * @throws ValidationException on {@code checkpoint}, naming why, if {@code parse} fails
     */
    public static <T> T read(String text, String kind, String writer, Function<String, T> parse) {
        try {
            return parse.apply(text);
        } catch (RuntimeException e) {
            String reason = e instanceof ValidationException v ? v.problems().toString()
                    : e.getClass().getSimpleName() + ": " + e.getMessage();
            ValidationException invalid = new ValidationException(ErrorContext.of(null), List.of(new Problem("checkpoint",
                    "is not a " + kind + " checkpoint this version of dclink can read (" + reason + "); store the text "
                            + writer + " returned, unchanged")));
            invalid.addSuppressed(e);
            throw invalid;
        }
    }

    /**
     * {@return a text to write, starting with the header line}
     *
     * @param header the first line, naming the format and its version (e.g. {@code dclink-wait-checkpoint/1})
     */
    public static CheckpointText writing(String header) {
        return new CheckpointText(new StringBuilder(header).append('\n'), null);
    }

    /**
     * {@return the lines of a text, to read}
     *
     * @param header the first line the text must have
     * @param text the text
     * @throws IllegalArgumentException if the text has another header or a line that is not {@code key=value}
     */
    public static CheckpointText reading(String header, String text) {
        String[] lines = text.split("\n");
        if (lines.length == 0 || !lines[0].equals(header)) {
            throw new IllegalArgumentException("not a " + header.substring(0, header.lastIndexOf('/')).replace('-', ' ')
                    + " (expected the header " + header + ")");
        }
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int eq = lines[i].indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("malformed checkpoint line " + (i + 1));
            }
            values.computeIfAbsent(lines[i].substring(0, eq), k -> new ArrayList<>()).add(decode(lines[i].substring(eq + 1)));
        }
        return new CheckpointText(null, values);
    }

    /**
     * Adds a line, unless the value is {@code null}.
     *
     * @param key the key
     * @param value the value, written as its {@code toString()}, or {@code null}
     * @return this text
     */
    public CheckpointText put(String key, Object value) {
        if (value != null) {
            written.append(key).append('=').append(encode(value.toString())).append('\n');
        }
        return this;
    }

    /** {@return the text written so far} */
    public String text() {
        return written.toString();
    }

    /**
     * {@return the one value of a key, or {@code null} if the text has none}
     *
     * @param key the key
     * @throws IllegalArgumentException if the key is given twice
     */
    public String optional(String key) {
        List<String> values = all(key);
        if (values.size() > 1) {
            throw new IllegalArgumentException("the checkpoint gives " + key + " twice");
        }
        return values.isEmpty() ? null : values.get(0);
    }

    /**
     * {@return the one value of a key, not empty}
     *
     * @param key the key
     * @throws IllegalArgumentException if the key is missing, empty or given twice
     */
    public String required(String key) {
        String value = optional(key);
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("the checkpoint has no " + key);
        }
        return value;
    }

    /**
     * {@return every value of a key, in the order read}
     *
     * @param key the key
     */
    public List<String> all(String key) {
        return read.getOrDefault(key, List.of());
    }

    /** {@return the keys read, in the order first read} */
    public Set<String> keys() {
        return read.keySet();
    }

    /**
     * {@return a key and a value as one text: both encoded, joined by {@code =}}
     *
     * @param key the key
     * @param value the value
     */
    public static String pair(String key, String value) {
        return encode(key) + "=" + encode(value);
    }

    /**
     * {@return the key and value that {@link #pair(String, String)} joined}
     *
     * @param pair the joined text
     * @throws IllegalArgumentException if the text has no {@code =}
     */
    public static Map.Entry<String, String> unpair(String pair) {
        int eq = pair.indexOf('=');
        if (eq < 0) {
            throw new IllegalArgumentException("'" + pair + "' is not a key=value pair");
        }
        return Map.entry(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
    }

    /**
     * {@return the text URL-encoded in UTF-8}
     *
     * @param text the text
     */
    public static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /**
     * {@return the text URL-decoded in UTF-8}
     *
     * @param text the encoded text
     * @throws IllegalArgumentException if the text is not URL-encoded
     */
    public static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
