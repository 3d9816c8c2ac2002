package io.dclink.core.internal;

import io.dclink.core.internal.http.WriteWitness;
import io.dclink.error.DirectConnectException;
import io.dclink.error.ErrorContext;
import io.dclink.error.OutcomeUnknownException;
import io.dclink.error.ProtocolException;
import io.dclink.error.ProviderUnavailableException;
import io.dclink.spi.OperationTable;
import io.dclink.spi.OperationTable.Idempotence;
import io.dclink.spi.ProviderOperation;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates without ever ordering twice. Every create carries an idempotency key (the caller's, or a
 * generated one).
 *
 * <ul>
 *   <li>Where the plugin's create uses a client token (or is repeatable by nature), the key is the
 *       token and the transport retries safely; a create whose answer could not be read fails with
 *       {@link OutcomeUnknownException} carrying the key.</li>
 *   <li>Where the plugin finds before it creates, a caller's key is looked for before anything is
 *       ordered, so a repeated call returns what the first one ordered. After a failure that may
 *       have placed the order (a timeout, a lost connection, an unreadable answer), what that attempt
 *       created is looked for again and again for the idempotency window — the order may still be in
 *       flight — and only when nothing shows up in that time is the order placed again, with the same
 *       key. An unreadable answer is never ordered again, and a search that fails ends in
 *       {@link OutcomeUnknownException}.</li>
 * </ul>
 */
final class IdempotentCreate {

    private static final Logger LOG = LoggerFactory.getLogger("io.dclink.idempotency");
    private static final Duration FIRST_PAUSE = Duration.ofMillis(100);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(5);

    private final OperationTable<?>.Bound client;
    private final OperationTable<?> table;
    private final ErrorContext context;
    private final int attempts;
    private final Duration window;

    IdempotentCreate(OperationTable<?>.Bound client, OperationTable<?> table, ErrorContext context, int attempts,
            Duration window) {
        this.client = client;
        this.table = table;
        this.context = context;
        this.attempts = attempts;
        this.window = window;
    }

    <I, O> O run(ProviderOperation<I, O> create, I request, IdempotencyKeys<I> keys) {
        boolean callersKey = keys.get().apply(request) != null;
        I keyed = keys.keyed(request);
        String key = keys.get().apply(keyed);
        String what = create.resource().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        if (table.idempotenceOf(create) != Idempotence.Mode.FIND_BEFORE_CREATE) {
            WriteWitness witness = new WriteWitness();
            try {
                return Calls.join(witness.watch(() -> client.call(create, keyed)), context);
            } catch (ProtocolException e) {
                throw new OutcomeUnknownException(what, key, context, e);
            } catch (ProviderUnavailableException e) {
                throw e.requestMayHaveBeenProcessed() ? new OutcomeUnknownException(what, key, context, e)
                        : afterAcceptedOrder(witness, e, what, key);
            } catch (DirectConnectException e) {
                throw afterAcceptedOrder(witness, e, what, key);
            }
        }
        if (callersKey) {
            Optional<O> ordered = Calls.join(client.findCreated(create, keyed), context);
            if (ordered.isPresent()) {
                LOG.info("A {} was already ordered with idempotency key {}; not ordering again", what, key);
                return ordered.get();
            }
        }
        for (int attempt = 1; ; attempt++) {
            DirectConnectException ambiguous;
            WriteWitness witness = new WriteWitness();
            try {
                return Calls.join(witness.watch(() -> client.call(create, keyed)), context);
            } catch (ProviderUnavailableException e) {
                if (!e.requestMayHaveBeenProcessed()) {
                    throw afterAcceptedOrder(witness, e, what, key);
                }
                ambiguous = e;
            } catch (ProtocolException e) {
                ambiguous = e;
            } catch (DirectConnectException e) {
                throw afterAcceptedOrder(witness, e, what, key);
            }
            Optional<O> found = settle(() -> client.findCreated(create, keyed).join(), what, key, ambiguous);
            if (found.isPresent()) {
                LOG.info("The {} ordered by an attempt whose outcome was unknown was found; not ordering again", what);
                return found.get();
            }
            if (ambiguous instanceof ProtocolException || attempt >= attempts) {
                throw new OutcomeUnknownException(what, key, context, ambiguous);
            }
            LOG.info("No {} ordered with key {} appeared within {}; ordering again with the same key", what, key, window);
        }
    }

    /**
     * A create's failure as the caller must see it: when a write of the call was accepted (the order
     * went through and a later step, such as reading it back, failed), an {@link OutcomeUnknownException}
     * that says so and names the key; otherwise the failure itself.
     */
    private DirectConnectException afterAcceptedOrder(WriteWitness witness, DirectConnectException failure, String what,
            String key) {
        return witness.anyWriteAccepted() ? OutcomeUnknownException.ordered(what, key, context, failure) : failure;
    }

    /** Looks for what an attempt ordered until it shows up or the window has passed. */
    private <O> Optional<O> settle(Supplier<Optional<O>> search, String what, String key, DirectConnectException cause) {
        long deadline = System.nanoTime() + window.toNanos();
        Duration pause = FIRST_PAUSE;
        while (true) {
            Optional<O> found;
            try {
                found = search.get();
            } catch (RuntimeException searchFailed) {
                OutcomeUnknownException unknown = new OutcomeUnknownException(what, key, context, cause);
                unknown.addSuppressed(Calls.unwrap(searchFailed, context));
                throw unknown;
            }
            if (found.isPresent() || System.nanoTime() >= deadline) {
                return found;
            }
            if (!sleep(Math.min(pause.toNanos(), Math.max(0, deadline - System.nanoTime())))) {
                throw new OutcomeUnknownException(what, key, context, cause);
            }
            pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
        }
    }

    /** Pauses; {@code false} when interrupted (the interrupt is kept). */
    private static boolean sleep(long nanos) {
        try {
            Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
