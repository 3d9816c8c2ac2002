package io.dclink.pair;

import io.dclink.DirectConnect;
import io.dclink.orders.runtime.OrdersRuntime;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/**
 * Redundant pairs of lines on one client, ordered and tracked as one thing.
 *
 * <pre>{@code
 * RedundantPairs pairs = RedundantPairs.of(client);
 * RedundantPair pair = pairs.create(PairRequest.builder()
 *         .resilience(Resilience.TWO_ACCESS_POINTS)
 *         .line(CreateConnectionRequest.builder().name("idc-sh").carrier("CT").portType("10GBase-LR")
 *                 .bandwidthMbps(1000).customerAddress("Room 301, 8 Example Road").build())
 *         .idempotencyKey("idc-sh-pair")
 *         .build());
 * store(pair.checkpoint().encode());
 * // later, after a restart:
 * RedundantPair now = pairs.get(loadCheckpoint());
 * System.out.println(now.state() + ": " + now.requiredAction().description());
 * }</pre>
 *
 * <p>A provider whose plugin declares no pairing ({@link io.dclink.Capability#REDUNDANT_PAIR} absent)
 * refuses every call with {@link io.dclink.error.UnsupportedCapabilityException} before any request.
 */
public interface RedundantPairs {

    /**
     * {@return the pair orders of a client built by {@link DirectConnect#builder()}}
     *
     * @param client the client
     * @throws io.dclink.error.ProviderDiscoveryException if dclink's runtime (sdk-core) is not on the class path
     * @throws IllegalArgumentException if the client was not built by dclink's runtime
     */
    static RedundantPairs of(DirectConnect client) {
        Objects.requireNonNull(client, "client");
        return OrdersRuntime.locate().pairs(client);
    }

    /** {@return the pairs the client's provider allows, as its plugin declares them} */
    PairingRules rules();

    /**
     * Checks that a pair can be built and says how, ordering nothing: the provider allows the
     * resilience, the city has the access points it needs, and the carrier and port type are offered
     * at each of them.
     *
     * @param request the order
     * @return the plan
     * @throws io.dclink.error.ValidationException with every reason, if the pair cannot be built as asked
     */
    PairPlan plan(PairRequest request);

    /**
     * {@link #plan(PairRequest)} with the request filled in place.
     *
     * @param request fills a new {@link PairRequest#builder()}
     * @return as there
     */
    default PairPlan plan(Consumer<PairRequestBuilder> request) {
        return plan(filled(request));
    }

    /**
     * Plans a pair and orders it: both lines, or the first one where the provider lets a line be named
     * as a redundancy only once it has progressed (the second is then ordered by {@link #get} or a wait).
     * A repeated order with the request's idempotency key returns the same pair and never orders a
     * third line.
     *
     * @param request the order
     * @return the pair
     * @throws io.dclink.error.ValidationException if it cannot be built as asked; nothing was ordered
     */
    RedundantPair create(PairRequest request);

    /**
     * {@link #create(PairRequest)} with the request filled in place, as in
     * {@code create(r -> r.resilience(Resilience.TWO_ACCESS_POINTS).line(line).city("Shanghai"))}.
     *
     * @param request fills a new {@link PairRequest#builder()}
     * @return as there
     */
    default RedundantPair create(Consumer<PairRequestBuilder> request) {
        return create(filled(request));
    }

    /**
     * Reads a pair's lines. When the second line is due (its first line has reached a state in which the
     * provider lets it be named as a redundancy) it is ordered here, with its key derived from the
     * pair's, so a repeated call never orders it twice.
     *
     * @param checkpoint where the pair stands
     * @return the pair
     * @throws io.dclink.error.ValidationException if the checkpoint belongs to another provider or region
     */
    RedundantPair get(PairCheckpoint checkpoint);

    /**
     * Reads a pair from a stored checkpoint text.
     *
     * @param checkpoint the text {@link PairCheckpoint#encode()} returned
     * @return the pair
     * @throws io.dclink.error.ValidationException if the text is not a pair checkpoint, or belongs to
     *     another provider or region
     */
    default RedundantPair get(String checkpoint) {
        return get(PairCheckpoint.decode(checkpoint));
    }

    /**
     * Polls a pair, ordering its second line when due, until it reaches an awaited state.
     *
     * @param checkpoint where the pair stands
     * @param spec what to wait for
     * @return the pair; fails with {@link io.dclink.error.WaitTimeoutException} at the deadline,
     *     {@link io.dclink.error.WaitFailedException} when the pair fails, or a poll's non-retryable error
     */
    CompletableFuture<RedundantPair> waitAsync(PairCheckpoint checkpoint, PairWaitSpec spec);

    /**
     * Polls a pair, blocking the calling thread, until it reaches an awaited state.
     *
     * @param checkpoint where the pair stands
     * @param spec what to wait for
     * @return the pair
     */
    default RedundantPair waitUntil(PairCheckpoint checkpoint, PairWaitSpec spec) {
        CompletableFuture<RedundantPair> future = waitAsync(checkpoint, spec);
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        } catch (CancellationException e) {
            throw e;
        }
    }

    private static PairRequest filled(Consumer<PairRequestBuilder> request) {
        PairRequestBuilder builder = PairRequest.builder();
        Objects.requireNonNull(request, "request").accept(builder);
        return builder.build();
    }
}
