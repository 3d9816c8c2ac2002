package io.dclink.model;

import io.dclink.codegen.GenerateBuilder;
import java.util.List;

/**
 * Changes to a virtual interface; {@code null} fields stay unchanged.
 *
 * @param name the new name
 * @param description the new description
 * @param bandwidthMbps the new bandwidth in Mbit/s
 * @param bgp the new BGP settings
 * @param staticPrefixes the new static prefixes (replacing the old ones), or {@code null} to keep them
 */
@GenerateBuilder
public record UpdateVirtualInterfaceRequest(
        String name,
        String description,
        Integer bandwidthMbps,
        BgpPeering bgp,
        List<String> staticPrefixes) {

    /**
     * Validates and copies the components.
     *
     * @param name the new name
     * @param description the new description
     * @param bandwidthMbps the new bandwidth in Mbit/s
     * @param bgp the new BGP settings
     * @param staticPrefixes the new static prefixes (replacing the old ones), or {@code null} to keep them
     */
    public UpdateVirtualInterfaceRequest {
        staticPrefixes = staticPrefixes == null ? null : List.copyOf(staticPrefixes);
    }

    /** {@return a new, empty builder} */
    public static UpdateVirtualInterfaceRequestBuilder builder() {
        return new UpdateVirtualInterfaceRequestBuilder();
    }

    /** {@return a builder initialised with this object's values} */
    public UpdateVirtualInterfaceRequestBuilder toBuilder() {
        return new UpdateVirtualInterfaceRequestBuilder(this);
    }
}
