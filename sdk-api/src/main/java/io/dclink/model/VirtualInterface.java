package io.dclink.model;

import io.dclink.lifecycle.OperationalStatus;
import io.dclink.lifecycle.RequiredAction;
import io.dclink.lifecycle.ResourceType;
import io.dclink.lifecycle.VirtualInterfaceState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A virtual interface: a VLAN with addressing and routing over a connection (Tencent dedicated tunnel,
 * Alibaba virtual border router, JD Cloud private VIF, Console Connect Layer 2 connection).
 *
 * @param provider the provider id
 * @param id the provider's id
 * @param name the name; empty when none
 * @param state the neutral lifecycle state
 * @param requiredAction what has to happen next
 * @param operationalStatus link or BGP status; {@code NOT_REPORTED} when the provider has none
 * @param providerState the raw provider state
 * @param connectionId the connection it runs over, or {@code null}
 * @param gatewayId the gateway it attaches to, or {@code null}
 * @param networkId the cloud network (VPC) it reaches, or {@code null}
 * @param ownerAccount the account that owns it when not the line owner, or {@code null}
 * @param vlan the VLAN id, or {@code null}
 * @param bandwidthMbps the bandwidth in Mbit/s, or {@code null}
 * @param providerAddress the provider-side interface address in CIDR form, or {@code null}
 * @param customerAddress the customer-side interface address in CIDR form, or {@code null}
 * @param routing how routes are exchanged, or {@code null}
 * @param bgp the BGP settings, or {@code null} for static routing
 * @param staticPrefixes the customer prefixes routed statically
 * @param createdAt when it was created, or {@code null}
 * @param tags the provider tags
 * @param attributes provider fields the neutral model lacks
 */
public record VirtualInterface(
        String provider,
        String id,
        String name,
        VirtualInterfaceState state,
        RequiredAction requiredAction,
        OperationalStatus operationalStatus,
        ProviderState providerState,
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
        Instant createdAt,
        Map<String, String> tags,
        Map<String, String> attributes) implements LifecycleResource<VirtualInterfaceState> {

    /**
     * Validates and copies the components.
     *
     * @param provider the provider id
     * @param id the provider's id
     * @param name the name; empty when none
     * @param state the neutral lifecycle state
     * @param requiredAction what has to happen next
     * @param operationalStatus link or BGP status; {@code NOT_REPORTED} when the provider has none
     * @param providerState the raw provider state
     * @param connectionId the connection it runs over, or {@code null}
     * @param gatewayId the gateway it attaches to, or {@code null}
     * @param networkId the cloud network (VPC) it reaches, or {@code null}
     * @param ownerAccount the account that owns it when not the line owner, or {@code null}
     * @param vlan the VLAN id, or {@code null}
     * @param bandwidthMbps the bandwidth in Mbit/s, or {@code null}
     * @param providerAddress the provider-side interface address in CIDR form, or {@code null}
     * @param customerAddress the customer-side interface address in CIDR form, or {@code null}
     * @param routing how routes are exchanged, or {@code null}
     * @param bgp the BGP settings, or {@code null} for static routing
     * @param staticPrefixes the customer prefixes routed statically
     * @param createdAt when it was created, or {@code null}
     * @param tags the provider tags
     * @param attributes provider fields the neutral model lacks
     */
    public VirtualInterface {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(requiredAction, "requiredAction");
        Objects.requireNonNull(providerState, "providerState");
        staticPrefixes = Copies.list(staticPrefixes);
        tags = Copies.map(tags);
        attributes = Copies.map(attributes);
        name = name == null ? "" : name;
        operationalStatus = operationalStatus == null ? OperationalStatus.NOT_REPORTED : operationalStatus;
    }

    @Override
    public ResourceType type() {
        return ResourceType.VIRTUAL_INTERFACE;
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
        b.provider = provider;
        b.id = id;
        b.name = name;
        b.state = state;
        b.requiredAction = requiredAction;
        b.operationalStatus = operationalStatus;
        b.providerState = providerState;
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
        b.createdAt = createdAt;
        b.tags = tags;
        b.attributes = attributes;
        return b;
    }

    /** Builds {@link VirtualInterface} instances. */
    public static final class Builder {
        private String provider;
        private String id;
        private String name;
        private VirtualInterfaceState state;
        private RequiredAction requiredAction;
        private OperationalStatus operationalStatus;
        private ProviderState providerState;
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
        private Instant createdAt;
        private Map<String, String> tags = Map.of();
        private Map<String, String> attributes = Map.of();

        private Builder() {
        }

        /**
         * Sets provider.
         *
         * @param value the provider id
         * @return this builder
         */
        public Builder provider(String value) {
            this.provider = value;
            return this;
        }

        /**
         * Sets id.
         *
         * @param value the provider's id
         * @return this builder
         */
        public Builder id(String value) {
            this.id = value;
            return this;
        }

        /**
         * Sets name.
         *
         * @param value the name; empty when none
         * @return this builder
         */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /**
         * Sets state.
         *
         * @param value the neutral lifecycle state
         * @return this builder
         */
        public Builder state(VirtualInterfaceState value) {
            this.state = value;
            return this;
        }

        /**
         * Sets requiredAction.
         *
         * @param value what has to happen next
         * @return this builder
         */
        public Builder requiredAction(RequiredAction value) {
            this.requiredAction = value;
            return this;
        }

        /**
         * Sets operationalStatus.
         *
         * @param value link or BGP status; {@code NOT_REPORTED} when the provider has none
         * @return this builder
         */
        public Builder operationalStatus(OperationalStatus value) {
            this.operationalStatus = value;
            return this;
        }

        /**
         * Sets providerState.
         *
         * @param value the raw provider state
         * @return this builder
         */
        public Builder providerState(ProviderState value) {
            this.providerState = value;
            return this;
        }

        /**
         * Sets connectionId.
         *
         * @param value the connection it runs over, or {@code null}
         * @return this builder
         */
        public Builder connectionId(String value) {
            this.connectionId = value;
            return this;
        }

        /**
         * Sets gatewayId.
         *
         * @param value the gateway it attaches to, or {@code null}
         * @return this builder
         */
        public Builder gatewayId(String value) {
            this.gatewayId = value;
            return this;
        }

        /**
         * Sets networkId.
         *
         * @param value the cloud network (VPC) it reaches, or {@code null}
         * @return this builder
         */
        public Builder networkId(String value) {
            this.networkId = value;
            return this;
        }

        /**
         * Sets ownerAccount.
         *
         * @param value the account that owns it when not the line owner, or {@code null}
         * @return this builder
         */
        public Builder ownerAccount(String value) {
            this.ownerAccount = value;
            return this;
        }

        /**
         * Sets vlan.
         *
         * @param value the VLAN id, or {@code null}
         * @return this builder
         */
        public Builder vlan(Integer value) {
            this.vlan = value;
            return this;
        }

        /**
         * Sets bandwidthMbps.
         *
         * @param value the bandwidth in Mbit/s, or {@code null}
         * @return this builder
         */
        public Builder bandwidthMbps(Integer value) {
            this.bandwidthMbps = value;
            return this;
        }

        /**
         * Sets providerAddress.
         *
         * @param value the provider-side interface address in CIDR form, or {@code null}
         * @return this builder
         */
        public Builder providerAddress(String value) {
            this.providerAddress = value;
            return this;
        }

        /**
         * Sets customerAddress.
         *
         * @param value the customer-side interface address in CIDR form, or {@code null}
         * @return this builder
         */
        public Builder customerAddress(String value) {
            this.customerAddress = value;
            return this;
        }

        /**
         * Sets routing.
         *
         * @param value how routes are exchanged, or {@code null}
         * @return this builder
         */
        public Builder routing(RoutingType value) {
            this.routing = value;
            return this;
        }

        /**
         * Sets bgp.
         *
         * @param value the BGP settings, or {@code null} for static routing
         * @return this builder
         */
        public Builder bgp(BgpPeering value) {
            this.bgp = value;
            return this;
        }

        /**
         * Sets staticPrefixes.
         *
         * @param value the customer prefixes routed statically
         * @return this builder
         */
        public Builder staticPrefixes(List<String> value) {
            this.staticPrefixes = value == null ? List.of() : new ArrayList<>(value);
            return this;
        }

        /**
         * Sets createdAt.
         *
         * @param value when it was created, or {@code null}
         * @return this builder
         */
        public Builder createdAt(Instant value) {
            this.createdAt = value;
            return this;
        }

        /**
         * Sets tags.
         *
         * @param value the provider tags
         * @return this builder
         */
        public Builder tags(Map<String, String> value) {
            this.tags = value == null ? Map.of() : new LinkedHashMap<>(value);
            return this;
        }

        /**
         * Sets attributes.
         *
         * @param value provider fields the neutral model lacks
         * @return this builder
         */
        public Builder attributes(Map<String, String> value) {
            this.attributes = value == null ? Map.of() : new LinkedHashMap<>(value);
            return this;
        }

        /**
         * Builds the virtualInterface.
         *
         * @return the new instance
         */
        public VirtualInterface build() {
            return new VirtualInterface(provider, id, name, state, requiredAction, operationalStatus, providerState, connectionId, gatewayId, networkId, ownerAccount, vlan, bandwidthMbps, providerAddress, customerAddress, routing, bgp, staticPrefixes, createdAt, tags, attributes);
        }
    }
}
