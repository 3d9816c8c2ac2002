package io.dclink.model;

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

    /**
     * A new, empty builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder initialised with this object's values.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.name = name;
        b.description = description;
        b.bandwidthMbps = bandwidthMbps;
        b.bgp = bgp;
        b.staticPrefixes = staticPrefixes;
        return b;
    }

    /** Builds {@link UpdateVirtualInterfaceRequest} instances. */
    public static final class Builder {
        private String name;
        private String description;
        private Integer bandwidthMbps;
        private BgpPeering bgp;
        private List<String> staticPrefixes;

        private Builder() {
        }

        /**
         * Sets name.
         *
         * @param value the new name
         * @return this builder
         */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /**
         * Sets description.
         *
         * @param value the new description
         * @return this builder
         */
        public Builder description(String value) {
            this.description = value;
            return this;
        }

        /**
         * Sets bandwidthMbps.
         *
         * @param value the new bandwidth in Mbit/s
         * @return this builder
         */
        public Builder bandwidthMbps(Integer value) {
            this.bandwidthMbps = value;
            return this;
        }

        /**
         * Sets bgp.
         *
         * @param value the new BGP settings
         * @return this builder
         */
        public Builder bgp(BgpPeering value) {
            this.bgp = value;
            return this;
        }

        /**
         * Sets staticPrefixes.
         *
         * @param value the new static prefixes (replacing the old ones), or {@code null} to keep them
         * @return this builder
         */
        public Builder staticPrefixes(List<String> value) {
            this.staticPrefixes = value;
            return this;
        }

        /**
         * Builds the updateVirtualInterfaceRequest.
         *
         * @return the new instance
         */
        public UpdateVirtualInterfaceRequest build() {
            return new UpdateVirtualInterfaceRequest(name, description, bandwidthMbps, bgp, staticPrefixes);
        }
    }
}
