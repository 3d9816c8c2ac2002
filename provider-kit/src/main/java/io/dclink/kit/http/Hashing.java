package io.dclink.kit.http;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * The digests and MACs the providers' signature algorithms are built from. The MACs are HMAC
 * (RFC 2104) over {@link MessageDigest}: {@code javax.crypto.Mac} finds its HMAC in the fifth
 * security provider, and starting the four before it is a tenth of a cold start.
 */
public final class Hashing {

    private static final char[] HEX = "0123456789abcdef".toCharArray();
    /** The block size of SHA-1 and SHA-256, in bytes. */
    private static final int HMAC_BLOCK = 64;

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
        return mac("SHA-256", key, text);
    }

    /**
     * HMAC-SHA1 of UTF-8 text.
     *
     * @param key the key
     * @param text the data
     * @return the raw MAC
     */
    public static byte[] hmacSha1(byte[] key, String text) {
        return mac("SHA-1", key, text);
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

    private static byte[] mac(String digest, byte[] key, String text) {
        try {
            MessageDigest inner = MessageDigest.getInstance(digest);
            MessageDigest outer = MessageDigest.getInstance(digest);
            byte[] block = new byte[HMAC_BLOCK];
            byte[] shortKey = key.length > HMAC_BLOCK ? inner.digest(key) : key;
            System.arraycopy(shortKey, 0, block, 0, shortKey.length);
            byte[] innerPad = new byte[HMAC_BLOCK];
            byte[] outerPad = new byte[HMAC_BLOCK];
            for (int i = 0; i < HMAC_BLOCK; i++) {
                innerPad[i] = (byte) (block[i] ^ 0x36);
                outerPad[i] = (byte) (block[i] ^ 0x5c);
            }
            inner.update(innerPad);
            byte[] innerHash = inner.digest(text.getBytes(StandardCharsets.UTF_8));
            outer.update(outerPad);
            byte[] mac = outer.digest(innerHash);
            Arrays.fill(block, (byte) 0);
            Arrays.fill(innerPad, (byte) 0);
            Arrays.fill(outerPad, (byte) 0);
            if (shortKey != key) {
                Arrays.fill(shortKey, (byte) 0);
            }
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(digest + " is not available", e);
        }
    }
}
