package io.dclink.model;

import io.dclink.codegen.GenerateBuilder;
import java.util.Map;

/**
 * A request for a new gateway.
 *
 * @param name the gateway name
 * @param description a description, or {@code null}
 * @param networkType the kind of network it serves (e.g. {@code VPC}), or {@code null}
 * @param networkId the network it serves (e.g. a VPC id), or {@code null}
 * @param asn the gateway's BGP ASN, or {@code null} for the provider's default
 * @param tags tags to attach
 * @param idempotencyKey a caller-chosen key that makes retries safe, or {@code null}
 */
@GenerateBuilder(copier = "Copies")
public record CreateGatewayRequest(
        String name,
        String description,
        String networkType,
        String networkId,
        Long asn,
        Map<String, String> tags,
        String idempotencyKey) {

    /**
     * Validates and copies the components.
     *
     * @param name the gateway name
     * @param description a description, or {@code null}
     * @param networkType the kind of network it serves (e.g. {@code VPC}), or {@code null}
     * @param networkId the network it serves (e.g. a VPC id), or {@code null}
     * @param asn the gateway's BGP ASN, or {@code null} for the provider's default
     * @param tags tags to attach
     * @param idempotencyKey a caller-chosen key that makes retries safe, or {@code null}
     */
    public CreateGatewayRequest {
        tags = Copies.frozen(tags);
    }

    /** {@return a new, empty builder} */
    public static CreateGatewayRequestBuilder builder() {
        return new CreateGatewayRequestBuilder();
    }

    /** {@return a builder initialised with this object's values} */
    public CreateGatewayRequestBuilder toBuilder() {
        return new CreateGatewayRequestBuilder(this);
    }
}
