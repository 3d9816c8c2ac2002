package io.dclink.model;

import io.dclink.codegen.GenerateBuilder;
import io.dclink.lifecycle.OperationalStatus;
import io.dclink.lifecycle.RequiredAction;
import io.dclink.lifecycle.ResourceType;
import io.dclink.lifecycle.VirtualInterfaceState;
import java.time.Instant;
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
@GenerateBuilder(copier = "Copies")
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
        tags = Copies.frozen(tags);
        attributes = Copies.frozen(attributes);
        name = name == null ? "" : name;
        operationalStatus = operationalStatus == null ? OperationalStatus.NOT_REPORTED : operationalStatus;
    }

    @Override
    public ResourceType type() {
        return ResourceType.VIRTUAL_INTERFACE;
    }

    /** {@return a new, empty builder} */
    public static VirtualInterfaceBuilder builder() {
        return new VirtualInterfaceBuilder();
    }

    /** {@return a builder initialised with this object's values} */
    public VirtualInterfaceBuilder toBuilder() {
        return new VirtualInterfaceBuilder(this);
    }
}
