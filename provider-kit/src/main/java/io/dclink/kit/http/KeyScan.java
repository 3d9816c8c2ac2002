package io.dclink.kit.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Tells, without parsing, that a JSON body cannot hold a value at a JSON Pointer: one of the
 * pointer's member names never appears in it as a member name ({@code "name"} followed by a
 * colon). It may answer "perhaps" for a body that holds no such value (the text inside a string,
 * or a name spelled with escapes), never "no" for one that does.
 */
final class KeyScan {

    private final List<byte[]> names;
    /** Per name, how far a search may move on when the byte under its last position mismatches (Horspool). */
    private final List<int[]> skips;

    private KeyScan(List<byte[]> names) {
        this.names = names;
        this.skips = names.stream().map(KeyScan::skips).toList();
    }

    /**
     * The scan for a pointer, or {@code null} for a pointer it cannot judge (the whole document, or
     * a member name holding a quote or a backslash).
     */
    static KeyScan of(String pointer) {
        List<byte[]> names = new ArrayList<>();
        for (String token : pointer.substring(1).split("/", -1)) {
            String name = token.replace("~1", "/").replace("~0", "~");
            if (name.isEmpty() || name.indexOf('"') >= 0 || name.indexOf('\\') >= 0 || isIndex(name)) {
                continue;
            }
            names.add(("\"" + name + "\"").getBytes(StandardCharsets.UTF_8));
        }
        return names.isEmpty() ? null : new KeyScan(List.copyOf(names));
    }

    /** Whether the body may hold a value at the pointer. */
    boolean mayMatch(byte[] body) {
        if (hasUnicodeEscape(body)) {
            return true;
        }
        for (int i = names.size() - 1; i >= 0; i--) {
            if (!hasMemberName(body, names.get(i), skips.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasMemberName(byte[] body, byte[] quoted, int[] skips) {
        int last = body.length - quoted.length;
        for (int at = indexOf(body, quoted, skips, 0, last); at >= 0; at = indexOf(body, quoted, skips, at + 1, last)) {
            int after = at + quoted.length;
            while (after < body.length && isSpace(body[after])) {
                after++;
            }
            if (after < body.length && body[after] == ':') {
                return true;
            }
        }
        return false;
    }

    /** The first place at or after {@code from} (and at most {@code last}) the quoted name starts. */
    private static int indexOf(byte[] body, byte[] quoted, int[] skips, int from, int last) {
        int end = quoted.length - 1;
        for (int at = from; at <= last; at += skips[body[at + end] & 0xff]) {
            if (matchesAt(body, quoted, at)) {
                return at;
            }
        }
        return -1;
    }

    private static boolean matchesAt(byte[] body, byte[] quoted, int at) {
        for (int k = quoted.length - 1; k >= 0; k--) {
            if (body[at + k] != quoted[k]) {
                return false;
            }
        }
        return true;
    }

    /** Horspool's table: the distance from a byte's last place in the name (but the final one) to the name's end. */
    private static int[] skips(byte[] quoted) {
        int[] skips = new int[256];
        Arrays.fill(skips, quoted.length);
        for (int k = 0; k < quoted.length - 1; k++) {
            skips[quoted[k] & 0xff] = quoted.length - 1 - k;
        }
        return skips;
    }

    private static boolean hasUnicodeEscape(byte[] body) {
        for (int at = 0; at < body.length - 1; at++) {
            if (body[at] == '\\' && body[at + 1] == 'u') {
                return true;
            }
        }
        return false;
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r';
    }

    private static boolean isIndex(String token) {
        return token.chars().allMatch(Character::isDigit);
    }
}
