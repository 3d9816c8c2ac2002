package io.dclink.kit.http;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The digests and MACs the providers' signature algorithms are built from. */
public final class Hashing {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Hashing() {
    }

    /**
     * Lower-case hex SHA-256.
     *
     * @param data the bytes
     * @return the digest in hex
     */
    public static String sha256Hex(byte[] data) {
        try {
            return hex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /**
     * Lower-case hex SHA-256 of UTF-8 text.
     *
     * @param text the text
     * @return the digest in hex
     */
    public static String sha256Hex(String text) {
        return sha256Hex(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * HMAC-SHA256 of UTF-8 text.
     *
     * @param key the key
     * @param text the data
     * @return the raw MAC
     */
    public static byte[] hmacSha256(byte[] key, String text) {
        return mac("HmacSHA256", key, text);
    }

    /**
     * HMAC-SHA1 of UTF-8 text.
     *
     * @param key the key
     * @param text the data
     * @return the raw MAC
     */
    public static byte[] hmacSha1(byte[] key, String text) {
        return mac("HmacSHA1", key, text);
    }

    /**
     * Lower-case hex.
     *
     * @param bytes the bytes
     * @return the hex text
     */
    public static String hex(byte[] bytes) {
        char[] out = new char[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            out[2 * i] = HEX[(bytes[i] >> 4) & 0xf];
            out[2 * i + 1] = HEX[bytes[i] & 0xf];
        }
        return new String(out);
    }

    private static byte[] mac(String algorithm, byte[] key, String text) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key, algorithm));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is not available", e);
        }
    }
}
