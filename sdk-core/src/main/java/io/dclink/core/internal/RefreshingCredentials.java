package io.dclink.core.internal;

import io.dclink.auth.Credentials;
import io.dclink.auth.CredentialsSupplier;
import io.dclink.auth.ExpiringCredentials;
import io.dclink.error.AuthenticationException;
import io.dclink.error.ErrorContext;
import io.dclink.spi.CredentialVariables;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The user's expiring credentials, fetched again before they expire: the current ones while more
 * than {@link #AHEAD} of their life is left, else fresh ones from the supplier. A failed fetch keeps
 * the current credentials while they are valid and is an {@link AuthenticationException} once they
 * are not; so are fresh credentials of a kind the provider does not take. Thread-safe: one fetch at a
 * time.
 */
final class RefreshingCredentials implements Supplier<Credentials> {

    /** How long before expiry credentials are fetched again. */
    static final Duration AHEAD = Duration.ofMinutes(5);

    private static final Logger LOG = LoggerFactory.getLogger("io.dclink.credentials");

    private final CredentialsSupplier supplier;
    private final CredentialVariables accepted;
    private final Clock clock;
    private final ErrorContext context;
    private ExpiringCredentials current;

    RefreshingCredentials(CredentialsSupplier supplier, CredentialVariables accepted, Clock clock, ErrorContext context) {
        this.supplier = supplier;
        this.accepted = accepted;
        this.clock = clock;
        this.context = context;
    }

    @Override
    public synchronized Credentials get() {
        if (current != null && clock.instant().isBefore(current.expiration().minus(AHEAD))) {
            return current.credentials();
        }
        ExpiringCredentials fetched;
        try {
            fetched = Objects.requireNonNull(supplier.fetch(), "the credentials supplier returned null");
        } catch (RuntimeException failed) {
            if (current != null && clock.instant().isBefore(current.expiration())) {
                LOG.warn("Refreshing the {} credentials failed; the current ones are valid until {}: {}",
                        context.provider(), current.expiration(), failed.toString());
                return current.credentials();
            }
            throw new AuthenticationException("The credentials supplier failed and no valid credentials are left"
                    + (current == null ? "" : " (the last ones expired at " + current.expiration() + ")"), context,
                    failed);
        }
        if (!accepted.accepts(fetched.credentials())) {
            throw new AuthenticationException("The credentials supplier returned credentials of another kind: "
                    + context.provider() + " needs " + accepted.description(), context, null);
        }
        current = fetched;
        return fetched.credentials();
    }
}
