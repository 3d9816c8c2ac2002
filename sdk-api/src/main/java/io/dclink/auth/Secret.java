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
     * {@return the value as a secret}
     *
     * @param value the value; not {@code null}
     */
    public static Secret of(String value) {
        return new Secret(value);
    }

    /**
     * {@return a value that may be absent as a secret, or {@code null} when {@code value} is {@code null}}
     *
     * @param value the value, or {@code null}
     */
    public static Secret ofNullable(String value) {
        return value == null ? null : new Secret(value);
    }

    /** {@return the secret value} Call it only where the value is needed (signing, the wire). */
    public String reveal() {
        return value;
    }

    /** {@return whether the value is the empty string} */
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
