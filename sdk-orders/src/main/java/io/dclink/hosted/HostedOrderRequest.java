package io.dclink.hosted;

import io.dclink.model.CreateVirtualInterfaceRequest;
import java.util.Objects;

/**
 * What a hosted order makes: the partner-side interface, and the cloud-side interface that the
 * hand-off completes.
 *
 * @param partnerSide the interface at the partner, from your port to the cloud's company (for
 *     Console Connect: a Layer 2 connection with {@code ownerAccount} {@code tencent-cloud}); without
 *     an idempotency key, which the order derives from its own
 * @param cloudSide the interface at the cloud, without the three values the hand-off gives
 *     ({@code ownerAccount}, {@code connectionId} and {@code vlan} left empty) and without an
 *     idempotency key: its name, gateway, network, addresses and routing
 * @param idempotencyKey the order's key, 1 to {@value #LONGEST_KEY} printable ASCII characters
 *     without spaces, from which both sides' keys derive, so that starting the same order again
 *     orders nothing twice; {@code null} for a generated one
 */
public record HostedOrderRequest(CreateVirtualInterfaceRequest partnerSide, CreateVirtualInterfaceRequest cloudSide,
        String idempotencyKey) {

    /** The longest order key: each side's key adds a suffix and must stay within 64 characters. */
    public static final int LONGEST_KEY = 56;

    /**
     * Validates the components; the sides are checked against their providers when the order starts.
     *
     * @param partnerSide the partner side
     * @param cloudSide the cloud side, without the hand-off values
     * @param idempotencyKey the order's key, or {@code null}
     */
    public HostedOrderRequest {
        Objects.requireNonNull(partnerSide, "partnerSide");
        Objects.requireNonNull(cloudSide, "cloudSide");
    }

    /**
     * {@return a request with a generated key}
     *
     * @param partnerSide the partner side
     * @param cloudSide the cloud side, without the hand-off values
     */
    public static HostedOrderRequest of(CreateVirtualInterfaceRequest partnerSide,
            CreateVirtualInterfaceRequest cloudSide) {
        return new HostedOrderRequest(partnerSide, cloudSide, null);
    }

    /**
     * {@return a copy with an idempotency key}
     *
     * @param key the order's key
     */
    public HostedOrderRequest withIdempotencyKey(String key) {
        return new HostedOrderRequest(partnerSide, cloudSide, key);
    }
}
