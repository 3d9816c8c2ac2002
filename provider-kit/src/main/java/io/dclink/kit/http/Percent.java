package io.dclink.kit.http;

import java.nio.charset.StandardCharsets;

/** RFC 3986 percent-encoding, as the providers' signatures require: upper-case hex, space as {@code %20}. */
public final class Percent {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private Percent() {
    }

    /**
     * Encodes every byte outside {@code A-Z a-z 0-9 - _ . ~}.
     *
     * @param text the text
     * @return the encoded text
     */
    public static String encode(String text) {
        return encode(text, false);
    }

    /**
     * Encodes a URI path: like {@link #encode(String)} but keeps {@code /}.
     *
     * @param path the path
     * @return the encoded path
     */
    public static String encodePath(String path) {
        return encode(path, true);
    }

    private static String encode(String text, boolean keepSlash) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '.' || c == '~' || (keepSlash && c == '/')) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return out.toString();
    }
}
