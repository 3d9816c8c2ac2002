package io.dclink.provider.jdcloud;

import io.dclink.kit.http.Hashing;
import io.dclink.kit.http.Percent;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The canonical request of {@code JDCLOUD2-HMAC-SHA256}: method, canonical URI (every byte outside
 * {@code A-Z a-z 0-9 - _ . ~} as upper-case {@code %XX}, {@code /} kept, so an action's {@code :} is
 * {@code %3A}), canonical query (names and values encoded, sorted by name then value, a name
 * without value taking an empty one), the signed headers ({@code name:value} with runs of spaces
 * collapsed, sorted, each line ending in a newline), the signed header names, and the hex SHA-256
 * of the body.
 */
final class CanonicalRequest {

    private CanonicalRequest() {
    }

    /**
     * The canonical request.
     *
     * @param method the HTTP method
     * @param rawPath the path as sent, percent-encoded
     * @param rawQuery the query as sent, or {@code null}
     * @param signedHeaders the headers to sign, by lower-case name
     * @param body the exact body bytes
     * @return the text whose hash is signed
     */
    static String of(String method, String rawPath, String rawQuery, Map<String, String> signedHeaders, byte[] body) {
        TreeMap<String, String> sorted = new TreeMap<>(signedHeaders);
        StringBuilder headers = new StringBuilder();
        sorted.forEach((name, value) -> headers.append(name).append(':').append(value.trim().replaceAll("\\s+", " "))
                .append('\n'));
        return method.toUpperCase(Locale.ROOT) + "\n" + uri(rawPath) + "\n" + query(rawQuery) + "\n" + headers + "\n"
                + String.join(";", sorted.keySet()) + "\n" + Hashing.sha256Hex(body);
    }

    /** The canonical URI: each segment decoded and encoded again, so any escape is written one way. */
    static String uri(String rawPath) {
        if (rawPath == null || rawPath.isEmpty()) {
            return "/";
        }
        List<String> segments = new ArrayList<>();
        for (String segment : rawPath.split("/", -1)) {
            segments.add(Percent.encode(decode(segment)));
        }
        return String.join("/", segments);
    }

    /** The canonical query: pairs decoded, encoded again, sorted by name and then value. */
    static String query(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String[]> pairs = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            if (!pair.isEmpty()) {
                int eq = pair.indexOf('=');
                String name = eq < 0 ? pair : pair.substring(0, eq);
                String value = eq < 0 ? "" : pair.substring(eq + 1);
                pairs.add(new String[] {Percent.encode(decode(name)), Percent.encode(decode(value))});
            }
        }
        pairs.sort(Comparator.<String[], String>comparing(p -> p[0]).thenComparing(p -> p[1]));
        StringBuilder canonical = new StringBuilder();
        for (String[] pair : pairs) {
            canonical.append(canonical.length() == 0 ? "" : "&").append(pair[0]).append('=').append(pair[1]);
        }
        return canonical.toString();
    }

    /** Decodes {@code %XX} escapes as UTF-8; anything else, {@code +} included, is kept as it is. */
    static String decode(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < utf8.length; i++) {
            if (utf8[i] == '%' && i + 2 < utf8.length && hex(utf8[i + 1]) >= 0 && hex(utf8[i + 2]) >= 0) {
                bytes.write(hex(utf8[i + 1]) * 16 + hex(utf8[i + 2]));
                i += 2;
            } else {
                bytes.write(utf8[i]);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static int hex(byte b) {
        return Character.digit((char) (b & 0xff), 16);
    }
}
