package io.dclink.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * A secret value (a key, a password, a BGP authentication key, a personal document number).
 * It prints as {@code ****}; the value is available only through {@link #reveal()}.
 */
public final class Secret {

    private static final String MASK = "****";

    private final String value;

    private Secret(String value) {
        this.value = Objects.requireNonNull(value, "secret value");
    }

    /**
     * Wraps a secret value.
     *
     * @param value the value; not {@code null}
     * @return the secret
     */
    public static Secret of(String value) {
        return new Secret(value);
    }

    /**
     * Wraps a value that may be absent.
     *
     * @param value the value, or {@code null}
     * @return the secret, or {@code null} when {@code value} is {@code null}
     */
    public static Secret ofNullable(String value) {
        return value == null ? null : new Secret(value);
    }

    /**
     * Returns the secret value. Call it only where the value is needed (signing, the wire).
     *
     * @return the value
     */
    public String reveal() {
        return value;
    }

    /**
     * Whether the value is the empty string.
     *
     * @return {@code true} when empty
     */
    public boolean isEmpty() {
        return value.isEmpty();
    }

    /** Compares in constant time. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Secret that
                && MessageDigest.isEqual(
                        value.getBytes(StandardCharsets.UTF_8), that.value.getBytes(StandardCharsets.UTF_8));
    }

    /** Constant, so that the hash reveals nothing about the value. */
    @Override
    public int hashCode() {
        return 1;
    }

    /** Always {@code ****}. */
    @Override
    public String toString() {
        return MASK;
    }
}
