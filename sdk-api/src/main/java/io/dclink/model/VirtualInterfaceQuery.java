package io.dclink.model;

import io.dclink.codegen.GenerateBuilder;
import java.util.List;

/**
 * Which virtual interfaces to list. Empty criteria match everything.
 *
 * @param ids interface ids
 * @param connectionId the connection they run over, or {@code null}
 * @param gatewayId the gateway they attach to, or {@code null}
 */
@GenerateBuilder(copier = "Copies")
public record VirtualInterfaceQuery(
        List<String> ids,
        String connectionId,
        String gatewayId) {

    /**
     * Validates and copies the components.
     *
     * @param ids interface ids
     * @param connectionId the connection they run over, or {@code null}
     * @param gatewayId the gateway they attach to, or {@code null}
     */
    public VirtualInterfaceQuery {
        ids = Copies.list(ids);
    }

    /** {@return a query that matches every virtual interface} */
    public static VirtualInterfaceQuery all() {
        return builder().build();
    }

    /** {@return a new, empty builder} */
    public static VirtualInterfaceQueryBuilder builder() {
        return new VirtualInterfaceQueryBuilder();
    }

    /** {@return a builder initialised with this object's values} */
    public VirtualInterfaceQueryBuilder toBuilder() {
        return new VirtualInterfaceQueryBuilder(this);
    }
}
