package io.dclink.kit.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Tells, without parsing, that a JSON body cannot hold a value at a JSON Pointer: one of the
 * pointer's member names never appears in it as a member name ({@code "name"} followed by a
 * colon). It may answer "perhaps" for a body that holds no such value (the text inside a string,
 * or a name spelled with escapes), never "no" for one that does.
 *
 * <p>The bytes are searched as ISO-8859-1 text, one character per byte, so that the search is the
 * JDK's {@link String#indexOf(String)}, which the JIT compiles to vector instructions.
 */
final class KeyScan {

    /** Per name, its UTF-8 bytes in quotes, one character per byte. */
    private final List<String> names;

    private KeyScan(List<String> names) {
        this.names = names;
    }

    /**
     * The scan for a pointer, or {@code null} for a pointer it cannot judge (the whole document, or
     * a member name holding a quote or a backslash).
     */
    static KeyScan of(String pointer) {
        List<String> names = new ArrayList<>();
        for (String token : pointer.substring(1).split("/", -1)) {
            String name = token.replace("~1", "/").replace("~0", "~");
            if (name.isEmpty() || name.indexOf('"') >= 0 || name.indexOf('\\') >= 0 || isIndex(name)) {
                continue;
            }
            names.add(new String(("\"" + name + "\"").getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
        }
        return names.isEmpty() ? null : new KeyScan(List.copyOf(names));
    }

    /** Whether the body may hold a value at the pointer. */
    boolean mayMatch(byte[] body) {
        String bytes = new String(body, StandardCharsets.ISO_8859_1);
        if (bytes.contains("\\u")) {
            return true;
        }
        for (int i = names.size() - 1; i >= 0; i--) {
            if (!hasMemberName(bytes, names.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasMemberName(String bytes, String quoted) {
        for (int at = bytes.indexOf(quoted); at >= 0; at = bytes.indexOf(quoted, at + 1)) {
            int after = at + quoted.length();
            while (after < bytes.length() && isSpace(bytes.charAt(after))) {
                after++;
            }
            if (after < bytes.length() && bytes.charAt(after) == ':') {
                return true;
            }
        }
        return false;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private static boolean isIndex(String token) {
        return token.chars().allMatch(Character::isDigit);
    }
}
