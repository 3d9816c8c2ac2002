package io.dclink.model;

import io.dclink.codegen.GenerateBuilder;
import io.dclink.lifecycle.ConnectionState;
import java.util.List;

/**
 * Which connections to list. Empty criteria match everything; criteria combine with AND, values of one
 * criterion with OR.
 *
 * @param ids connection ids
 * @param names exact names
 * @param states neutral states
 * @param accessPointId an access point id, or {@code null}
 */
@GenerateBuilder(copier = "Copies")
public record ConnectionQuery(
        List<String> ids,
        List<String> names,
        List<ConnectionState> states,
        String accessPointId) {

    /**
     * Validates and copies the components.
     *
     * @param ids connection ids
     * @param names exact names
     * @param states neutral states
     * @param accessPointId an access point id, or {@code null}
     */
    public ConnectionQuery {
        ids = Copies.list(ids);
        names = Copies.list(names);
        states = Copies.list(states);
    }

    /** {@return a query that matches every connection} */
    public static ConnectionQuery all() {
        return builder().build();
    }

    /** {@return a new, empty builder} */
    public static ConnectionQueryBuilder builder() {
        return new ConnectionQueryBuilder();
    }

    /** {@return a builder initialised with this object's values} */
    public ConnectionQueryBuilder toBuilder() {
        return new ConnectionQueryBuilder(this);
    }
}
