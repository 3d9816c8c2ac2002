package io.dclink.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request for a new virtual interface on a connection.
 *
 * @param name the interface name
 * @param description a description, or {@code null}
 * @param connectionId the connection to run over
 * @param gatewayId the gateway to attach to, or {@code null} where the provider has none
 * @param networkId the cloud network (VPC) to reach, or {@code null}
 * @param ownerAccount the line owner's account, when creating on someone else's line; or {@code null}
 * @param vlan the VLAN id
 * @param bandwidthMbps the bandwidth in Mbit/s, or {@code null} for the line's
 * @param providerAddress the provider-side address in CIDR form (e.g. {@code 10.0.0.1/30})
 * @param customerAddress the customer-side address in CIDR form (e.g. {@code 10.0.0.2/30})
 * @param routing BGP, static, or none for a Layer 2 circuit; {@code null} means BGP
 * @param bgp the customer's BGP settings when routing is BGP
 * @param staticPrefixes the customer prefixes when routing is static
 * @param tags tags to attach
 * @param idempotencyKey a caller-chosen key that makes retries safe, or {@code null}
 * @param providerOptions provider-specific settings listed in docs/providers.md; unknown keys are a validation error
 */
public record CreateVirtualInterfaceRequest(
        String name,
        String description,
        String connectionId,
        String gatewayId,
        String networkId,
        String ownerAccount,
        Integer vlan,
        Integer bandwidthMbps,
        String providerAddress,
        String customerAddress,
        RoutingType routing,
        BgpPeering bgp,
        List<String> staticPrefixes,
        Map<String, String> tags,
        String idempotencyKey,
        Map<String, String> providerOptions) {

    /**
     * Validates and copies the components.
     *
     * @param name the interface name
     * @param description a description, or {@code null}
     * @param connectionId the connection to run over
     * @param gatewayId the gateway to attach to, or {@code null} where the provider has none
     * @param networkId the cloud network (VPC) to reach, or {@code null}
     * @param ownerAccount the line owner's account, when creating on someone else's line; or {@code null}
     * @param vlan the VLAN id
     * @param bandwidthMbps the bandwidth in Mbit/s, or {@code null} for the line's
     * @param providerAddress the provider-side address in CIDR form (e.g. {@code 10.0.0.1/30})
     * @param customerAddress the customer-side address in CIDR form (e.g. {@code 10.0.0.2/30})
     * @param routing BGP, static, or none for a Layer 2 circuit; {@code null} means BGP
     * @param bgp the customer's BGP settings when routing is BGP
     * @param staticPrefixes the customer prefixes when routing is static
     * @param tags tags to attach
     * @param idempotencyKey a caller-chosen key that makes retries safe, or {@code null}
     * @param providerOptions provider-specific settings; unknown keys are a validation error
     */
    public CreateVirtualInterfaceRequest {
        staticPrefixes = Copies.list(staticPrefixes);
        tags = Copies.map(tags);
        providerOptions = Copies.map(providerOptions);
        routing = routing == null ? RoutingType.BGP : routing;
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
        b.connectionId = connectionId;
        b.gatewayId = gatewayId;
        b.networkId = networkId;
        b.ownerAccount = ownerAccount;
        b.vlan = vlan;
        b.bandwidthMbps = bandwidthMbps;
        b.providerAddress = providerAddress;
        b.customerAddress = customerAddress;
        b.routing = routing;
        b.bgp = bgp;
        b.staticPrefixes = staticPrefixes;
        b.tags = tags;
        b.idempotencyKey = idempotencyKey;
        b.providerOptions = providerOptions;
        return b;
    }

    /** Builds {@link CreateVirtualInterfaceRequest} instances. */
    public static final class Builder {
        private String name;
        private String description;
        private String connectionId;
        private String gatewayId;
        private String networkId;
        private String ownerAccount;
        private Integer vlan;
        private Integer bandwidthMbps;
        private String providerAddress;
        private String customerAddress;
        private RoutingType routing;
        private BgpPeering bgp;
        private List<String> staticPrefixes = List.of();
        private Map<String, String> tags = Map.of();
        private String idempotencyKey;
        private Map<String, String> providerOptions = Map.of();

        private Builder() {
        }

        /**
         * Sets name.
         *
         * @param value the interface name
         * @return this builder
         */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /**
         * Sets description.
         *
         * @param value a description, or {@code null}
         * @return this builder
         */
        public Builder description(String value) {
            this.description = value;
            return this;
        }

        /**
         * Sets connectionId.
         *
         * @param value the connection to run over
         * @return this builder
         */
        public Builder connectionId(String value) {
            this.connectionId = value;
            return this;
        }

        /**
         * Sets gatewayId.
         *
         * @param value the gateway to attach to, or {@code null} where the provider has none
         * @return this builder
         */
        public Builder gatewayId(String value) {
            this.gatewayId = value;
            return this;
        }

        /**
         * Sets networkId.
         *
         * @param value the cloud network (VPC) to reach, or {@code null}
         * @return this builder
         */
        public Builder networkId(String value) {
            this.networkId = value;
            return this;
        }

        /**
         * Sets ownerAccount.
         *
         * @param value the line owner's account, when creating on someone else's line; or {@code null}
         * @return this builder
         */
        public Builder ownerAccount(String value) {
            this.ownerAccount = value;
            return this;
        }

        /**
         * Sets vlan.
         *
         * @param value the VLAN id
         * @return this builder
         */
        public Builder vlan(Integer value) {
            this.vlan = value;
            return this;
        }

        /**
         * Sets bandwidthMbps.
         *
         * @param value the bandwidth in Mbit/s, or {@code null} for the line's
         * @return this builder
         */
        public Builder bandwidthMbps(Integer value) {
            this.bandwidthMbps = value;
            return this;
        }

        /**
         * Sets providerAddress.
         *
         * @param value the provider-side address in CIDR form (e.g. {@code 10.0.0.1/30})
         * @return this builder
         */
        public Builder providerAddress(String value) {
            this.providerAddress = value;
            return this;
        }

        /**
         * Sets customerAddress.
         *
         * @param value the customer-side address in CIDR form (e.g. {@code 10.0.0.2/30})
         * @return this builder
         */
        public Builder customerAddress(String value) {
            this.customerAddress = value;
            return this;
        }

        /**
         * Sets routing.
         *
         * @param value BGP or static; {@code null} means BGP
         * @return this builder
         */
        public Builder routing(RoutingType value) {
            this.routing = value;
            return this;
        }

        /**
         * Sets bgp.
         *
         * @param value the customer's BGP settings when routing is BGP
         * @return this builder
         */
        public Builder bgp(BgpPeering value) {
            this.bgp = value;
            return this;
        }

        /**
         * Sets staticPrefixes.
         *
         * @param value the customer prefixes when routing is static
         * @return this builder
         */
        public Builder staticPrefixes(List<String> value) {
            this.staticPrefixes = value == null ? List.of() : new ArrayList<>(value);
            return this;
        }

        /**
         * Sets tags.
         *
         * @param value tags to attach
         * @return this builder
         */
        public Builder tags(Map<String, String> value) {
            this.tags = value == null ? Map.of() : new LinkedHashMap<>(value);
            return this;
        }

        /**
         * Sets idempotencyKey.
         *
         * @param value a caller-chosen key that makes retries safe, or {@code null}
         * @return this builder
         */
        public Builder idempotencyKey(String value) {
            this.idempotencyKey = value;
            return this;
        }

        /**
         * Sets providerOptions.
         *
         * @param value provider-specific settings listed in docs/providers.md
         * @return this builder
         */
        public Builder providerOptions(Map<String, String> value) {
            this.providerOptions = value == null ? Map.of() : new LinkedHashMap<>(value);
            return this;
        }

        /**
         * Builds the createVirtualInterfaceRequest.
         *
         * @return the new instance
         */
        public CreateVirtualInterfaceRequest build() {
            return new CreateVirtualInterfaceRequest(name, description, connectionId, gatewayId, networkId, ownerAccount, vlan, bandwidthMbps, providerAddress, customerAddress, routing, bgp, staticPrefixes, tags, idempotencyKey, providerOptions);
        }
    }
}
