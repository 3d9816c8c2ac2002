package io.dclink.auth;

import java.time.Instant;
import java.util.Objects;

/**
 * Credentials that stop working at a known time, as a temporary (STS) key does: what a
 * {@link CredentialsSupplier} returns.
 *
 * @param credentials the credentials
 * @param expiration when the provider stops accepting them
 */
public record ExpiringCredentials(Credentials credentials, Instant expiration) {

    /**
     * Validates the components.
     *
     * @param credentials the credentials
     * @param expiration when they expire
     */
    public ExpiringCredentials {
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(expiration, "expiration");
    }
}
