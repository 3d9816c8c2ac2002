package io.dclink.core.internal;

import io.dclink.Capability;
import io.dclink.error.ProviderUnavailableException;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates without ever ordering twice. Every create carries an idempotency key (the caller's, or a
 * generated one). Where the provider honours client tokens the key is the token and the transport
 * retries safely. Where it does not, a failure after which the order may have been placed (a
 * timeout, a lost connection) is followed by a search for what that attempt created, by the key's
 * tag or the name; only if the search finds nothing is the order placed again, with the same key.
 * If the search itself fails or the plugin cannot search, the ambiguous failure is reported.
 */
final class IdempotentCreate {

    private static final Logger LOG = LoggerFactory.getLogger("io.dclink.idempotency");

    private IdempotentCreate() {
    }

    static String newKey() {
        return "dclink-" + UUID.randomUUID().toString().replace("-", "");
    }

    static <T> T run(ClientCore core, String what, Supplier<CompletableFuture<T>> create,
            Supplier<CompletableFuture<Optional<T>>> findCreated) {
        boolean tokens = core.supports(Capability.NATIVE_IDEMPOTENCY);
        int attempts = core.retryAttempts();
        for (int attempt = 1; ; attempt++) {
            try {
                return core.call(create.get());
            } catch (ProviderUnavailableException e) {
                if (tokens || !e.requestMayHaveBeenProcessed() || attempt >= attempts) {
                    throw e;
                }
                Optional<T> existing;
                try {
                    existing = core.call(findCreated.get());
                } catch (RuntimeException lookupFailed) {
                    e.addSuppressed(lookupFailed);
                    throw e;
                }
                if (existing.isPresent()) {
                    LOG.info("The {} order of an ambiguous attempt was found; not ordering again", what);
                    return existing.get();
                }
                LOG.info("No {} from the ambiguous attempt was found; ordering again with the same key", what);
            }
        }
    }
}
