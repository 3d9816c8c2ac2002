package io.dclink.model;

import io.dclink.codegen.GenerateBuilder;

/**
 * A request for a new route on a virtual interface or in a gateway's table.
 *
 * @param virtualInterfaceId the virtual interface, or {@code null}
 * @param gatewayId the gateway, or {@code null}
 * @param destination the destination prefix in CIDR form
 * @param nextHop the next hop, or {@code null} for the provider's default
 * @param description a description, or {@code null}
 * @param idempotencyKey a caller-chosen key that makes retries safe, or {@code null}
 */
@GenerateBuilder
public record CreateRouteRequest(
        String virtualInterfaceId,
        String gatewayId,
        String destination,
        String nextHop,
        String description,
        String idempotencyKey) {

    /** {@return a new, empty builder} */
    public static CreateRouteRequestBuilder builder() {
        return new CreateRouteRequestBuilder();
    }

    /** {@return a builder initialised with this object's values} */
    public CreateRouteRequestBuilder toBuilder() {
        return new CreateRouteRequestBuilder(this);
    }
}
