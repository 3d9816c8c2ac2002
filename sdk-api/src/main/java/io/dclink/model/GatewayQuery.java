package io.dclink.model;

import io.dclink.codegen.GenerateBuilder;
import java.util.List;

/**
 * Which gateways to list. Empty criteria match everything.
 *
 * @param ids gateway ids
 * @param names exact names
 */
@GenerateBuilder(copier = "Copies")
public record GatewayQuery(
        List<String> ids,
        List<String> names) {

    /**
     * Validates and copies the components.
     *
     * @param ids gateway ids
     * @param names exact names
     */
    public GatewayQuery {
        ids = Copies.list(ids);
        names = Copies.list(names);
    }

    /** {@return a query that matches every gateway} */
    public static GatewayQuery all() {
        return builder().build();
    }

    /** {@return a new, empty builder} */
    public static GatewayQueryBuilder builder() {
        return new GatewayQueryBuilder();
    }

    /** {@return a builder initialised with this object's values} */
    public GatewayQueryBuilder toBuilder() {
        return new GatewayQueryBuilder(this);
    }
}
