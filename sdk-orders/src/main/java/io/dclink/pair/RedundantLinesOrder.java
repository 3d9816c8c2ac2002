package io.dclink.pair;

import io.dclink.model.CreateConnectionRequest;
import java.util.List;
import java.util.Objects;

/**
 * A provider's native order for several redundant lines at once (Alibaba's high-reliability order):
 * the input of {@code io.dclink.spi.ProviderOperation.CONNECTION_REDUNDANT_ORDER}. Each entry
 * describes the line (or lines) at one access point.
 *
 * @param mode the provider's mode, e.g. {@code MultiApSingleDevice}
 * @param accessPoints one application per access point entry: its access point, carrier, port type,
 *     bandwidth, name and the other line fields the provider takes
 * @param linesPerAccessPoint how many lines each entry makes where the mode takes a count, or {@code null}
 * @param idempotencyKey a key (at most 64 ASCII characters) that makes a repeated order safe, or {@code null}
 */
public record RedundantLinesOrder(String mode, List<CreateConnectionRequest> accessPoints, Integer linesPerAccessPoint,
        String idempotencyKey) {

    /**
     * Validates and copies the components.
     *
     * @param mode the mode
     * @param accessPoints the entries
     * @param linesPerAccessPoint the count, or {@code null}
     * @param idempotencyKey the key, or {@code null}
     */
    public RedundantLinesOrder {
        Objects.requireNonNull(mode, "mode");
        accessPoints = List.copyOf(accessPoints);
    }

    /**
     * {@return a copy of this order with another idempotency key}
     *
     * @param key the key
     */
    public RedundantLinesOrder withIdempotencyKey(String key) {
        return new RedundantLinesOrder(mode, accessPoints, linesPerAccessPoint, key);
    }
}
