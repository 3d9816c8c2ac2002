package io.dclink.model;

import io.dclink.codegen.GenerateBuilder;
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
@GenerateBuilder(copier = "Copies")
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
        tags = Copies.frozen(tags);
        providerOptions = Copies.frozen(providerOptions);
        routing = routing == null ? RoutingType.BGP : routing;
    }

    /** {@return a new, empty builder} */
    public static CreateVirtualInterfaceRequestBuilder builder() {
        return new CreateVirtualInterfaceRequestBuilder();
    }

    /** {@return a builder initialised with this object's values} */
    public CreateVirtualInterfaceRequestBuilder toBuilder() {
        return new CreateVirtualInterfaceRequestBuilder(this);
    }
}
