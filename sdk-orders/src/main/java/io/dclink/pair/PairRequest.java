package io.dclink.pair;

import io.dclink.codegen.GenerateBuilder;
import io.dclink.model.CreateConnectionRequest;
import java.util.Objects;

/**
 * An order for a redundant pair of lines: the resilience wanted and the line's parameters, named
 * once. Where the lines land is chosen by the pair order unless given: {@code line.accessPointId()}
 * names the first access point, {@link #secondAccessPointId()} the second, {@link #city()} limits
 * the choice to one city. Each line gets the template's fields, a name with the suffix {@code -1} or
 * {@code -2} (a native order for one access point takes one name, the template's, for both lines),
 * its own idempotency key derived from the pair's, and, where the provider has the field, the first
 * line as its redundancy.
 *
 * @param resilience the redundancy wanted
 * @param line the line's parameters; its circuit code, redundant line and idempotency key must be
 *     empty (each line has its own), its access point is the first one or {@code null}
 * @param secondAccessPointId the second access point of a {@link Resilience#TWO_ACCESS_POINTS} pair, or {@code null}
 * @param city the city to order in, or {@code null} for the first access point's (or the first that fits)
 * @param ordering how the lines are ordered
 * @param idempotencyKey a caller-chosen key (at most 64 ASCII characters): repeating the order with it
 *     returns the same pair and never orders a third line; or {@code null}
 */
@GenerateBuilder
public record PairRequest(Resilience resilience, CreateConnectionRequest line, String secondAccessPointId, String city,
        PairOrdering ordering, String idempotencyKey) {

    /**
     * Validates the components; the rules that need the provider are checked when the pair is planned.
     *
     * @param resilience the redundancy wanted
     * @param line the line's parameters
     * @param secondAccessPointId the second access point, or {@code null}
     * @param city the city, or {@code null}
     * @param ordering how the lines are ordered; {@code null} means {@link PairOrdering#NATIVE_WHERE_OFFERED}
     * @param idempotencyKey the pair's key, or {@code null}
     */
    public PairRequest {
        Objects.requireNonNull(resilience, "resilience");
        Objects.requireNonNull(line, "line");
        ordering = ordering == null ? PairOrdering.NATIVE_WHERE_OFFERED : ordering;
    }

    /** {@return a new, empty builder} */
    public static PairRequestBuilder builder() {
        return new PairRequestBuilder();
    }

    /** {@return a builder initialised with this object's values} */
    public PairRequestBuilder toBuilder() {
        return new PairRequestBuilder(this);
    }
}
