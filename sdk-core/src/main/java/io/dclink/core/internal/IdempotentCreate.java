package io.dclink.core.internal;

import io.dclink.error.ErrorContext;
import io.dclink.error.ProviderUnavailableException;
import io.dclink.spi.OperationTable;
import io.dclink.spi.ProviderOperation;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates without ever ordering twice. Every create carries an idempotency key (the caller's, or a
 * generated one). Where the plugin's create uses client tokens the key is the token and the
 * transport retries safely. Where it finds before it creates, a failure after which the order may
 * have been placed (a timeout, a lost connection) is followed by a search for what that attempt
 * created; only if the search finds nothing is the order placed again, with the same key. If the
 * search itself fails, the ambiguous failure is reported.
 */
final class IdempotentCreate {

    private static final Logger LOG = LoggerFactory.getLogger("io.dclink.idempotency");

    private final OperationTable<?>.Bound client;
    private final OperationTable<?> table;
    private final ErrorContext context;
    private final int attempts;

    IdempotentCreate(OperationTable<?>.Bound client, OperationTable<?> table, ErrorContext context, int attempts) {
        this.client = client;
        this.table = table;
        this.context = context;
        this.attempts = attempts;
    }

    <I, O> O run(ProviderOperation<I, O> create, I keyed, IdempotencyKeys<I> keys) {
        boolean tokens = table.idempotenceOf(create) != OperationTable.Idempotence.Mode.FIND_BEFORE_CREATE;
        String what = create.resource().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        for (int attempt = 1; ; attempt++) {
            try {
                return Calls.join(client.call(create, keyed), context);
            } catch (ProviderUnavailableException e) {
                if (tokens || !e.requestMayHaveBeenProcessed() || attempt >= attempts) {
                    throw e;
                }
                Optional<O> existing;
                try {
                    existing = Calls.join(client.findCreated(create, keyed), context);
                } catch (RuntimeException lookupFailed) {
                    e.addSuppressed(lookupFailed);
                    throw e;
                }
                if (existing.isPresent()) {
                    LOG.info("The {} order of an ambiguous attempt was found; not ordering again", what);
                    return existing.get();
                }
                LOG.info("No {} from the ambiguous attempt with key {} was found; ordering again with the same key",
                        what, keys.get().apply(keyed));
            }
        }
    }
}
