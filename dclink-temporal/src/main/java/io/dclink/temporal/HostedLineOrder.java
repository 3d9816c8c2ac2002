package io.dclink.temporal;

import io.dclink.hosted.HostedOrderRequest;
import io.dclink.model.CreateVirtualInterfaceRequest;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * A hosted order for a workflow: a partner's interface and the cloud-side interface on the line the
 * partner shares ({@link io.dclink.hosted.HostedOrders}). Stored in the workflow's history, so it
 * carries no BGP key: the worker's {@link PrivateInputs#bgpKey} gives the cloud side's when the
 * order starts, and again whenever a step resumes it before the cloud side is ordered.
 *
 * @param partnerProvider the partner's provider id, as the worker's clients are keyed
 * @param cloudProvider the cloud's provider id
 * @param request the order, with its idempotency key
 * @param firstPoll the wait before the first read after a change; doubles up to {@code longestPoll}
 * @param longestPoll the longest wait between two reads
 */
public record HostedLineOrder(String partnerProvider, String cloudProvider, HostedOrderRequest request,
        Duration firstPoll, Duration longestPoll) {

    /**
     * Checks the order and sets the default pace (one minute, doubling up to six hours).
     *
     * @param partnerProvider the partner's provider id, as the worker's clients are keyed
     * @param cloudProvider the cloud's provider id
     * @param request the order, with its idempotency key
     * @param firstPoll the wait before the first read after a change; doubles up to {@code longestPoll}
     * @param longestPoll the longest wait between two reads
     * @throws IllegalArgumentException if a side carries a BGP key
     */
    public HostedLineOrder {
        Objects.requireNonNull(partnerProvider, "partnerProvider");
        Objects.requireNonNull(cloudProvider, "cloudProvider");
        Objects.requireNonNull(request, "request");
        for (Map.Entry<String, CreateVirtualInterfaceRequest> side : Map.of("partnerSide", request.partnerSide(), "cloudSide", request.cloudSide()).entrySet()) {
            if (side.getValue() != null && side.getValue().bgp() != null && side.getValue().bgp().authKey() != null) {
                throw new IllegalArgumentException(side.getKey() + ".bgp.authKey would be stored in the workflow's "
                        + "history: give BGP keys to the worker's PrivateInputs instead");
            }
        }
        firstPoll = firstPoll == null ? Duration.ofMinutes(1) : firstPoll;
        longestPoll = longestPoll == null ? Duration.ofHours(6) : longestPoll;
    }

    /**
     * An order at the default pace.
     *
     * @param partnerProvider the partner's provider id
     * @param cloudProvider the cloud's provider id
     * @param request the order
     * @return the order
     */
    public static HostedLineOrder of(String partnerProvider, String cloudProvider, HostedOrderRequest request) {
        return new HostedLineOrder(partnerProvider, cloudProvider, request, null, null);
    }
}
