package io.dclink.testkit.jdcloud;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The URI encoding of JDCLOUD2's canonical request: every byte outside {@code A-Z a-z 0-9 - _ . ~}
 * as upper-case {@code %XX}. The path keeps its {@code /} (so an action's {@code :} becomes
 * {@code %3A}); query names and values are decoded as received, re-encoded and sorted.
 */
final class Rfc3986 {

    private Rfc3986() {
    }

    /** The canonical URI of a raw request path; {@code /} when empty. */
    static String canonicalUri(String rawPath) {
        if (rawPath == null || rawPath.isEmpty()) {
            return "/";
        }
        List<String> segments = new ArrayList<>();
        for (String segment : decode(rawPath).split("/", -1)) {
            segments.add(encode(segment));
        }
        return String.join("/", segments);
    }

    /** The canonical query: pairs sorted by encoded name, then value; a name without {@code =} has an empty value. */
    static String canonicalQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String[]> pairs = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            pairs.add(new String[] {encode(decode(eq < 0 ? pair : pair.substring(0, eq))),
                    encode(decode(eq < 0 ? "" : pair.substring(eq + 1)))});
        }
        pairs.sort(Comparator.<String[], String>comparing(p -> p[0]).thenComparing(p -> p[1]));
        List<String> joined = new ArrayList<>();
        pairs.forEach(p -> joined.add(p[0] + "=" + p[1]));
        return String.join("&", joined);
    }

    /** Encodes every byte outside the unreserved set. */
    static String encode(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.'
                    || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(String.format(Locale.ROOT, "%02X", c));
            }
        }
        return out.toString();
    }

    /**
     * Decodes {@code %XX} escapes as UTF-8; a {@code +} stays a plus sign (UNVERIFIED: whether the
     * gateway reads {@code +} in a query as a space).
     */
    static String decode(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < text.length() && hex(text.charAt(i + 1)) >= 0
                    && hex(text.charAt(i + 2)) >= 0) {
                bytes.write(hex(text.charAt(i + 1)) * 16 + hex(text.charAt(i + 2)));
                i += 2;
            } else {
                byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
                    utf8 = text.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                bytes.write(utf8, 0, utf8.length);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
