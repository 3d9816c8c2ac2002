package io.dclink.model;

import io.dclink.codegen.GenerateBuilder;

/**
 * Which routes to list: those of one virtual interface, or of one gateway.
 *
 * @param virtualInterfaceId the virtual interface, or {@code null}
 * @param gatewayId the gateway, or {@code null}
 */
@GenerateBuilder
public record RouteQuery(
        String virtualInterfaceId,
        String gatewayId) {

    /**
     * {@return the query for the routes of a virtual interface}
     *
     * @param virtualInterfaceId the interface id
     */
    public static RouteQuery ofVirtualInterface(String virtualInterfaceId) {
        return builder().virtualInterfaceId(virtualInterfaceId).build();
    }

    /**
     * {@return the query for the routes of a gateway}
     *
     * @param gatewayId the gateway id
     */
    public static RouteQuery ofGateway(String gatewayId) {
        return builder().gatewayId(gatewayId).build();
    }

    /** {@return a new, empty builder} */
    public static RouteQueryBuilder builder() {
        return new RouteQueryBuilder();
    }

    /** {@return a builder initialised with this object's values} */
    public RouteQueryBuilder toBuilder() {
        return new RouteQueryBuilder(this);
    }
}
