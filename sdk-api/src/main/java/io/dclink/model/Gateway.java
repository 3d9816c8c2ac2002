package io.dclink.model;

import io.dclink.codegen.GenerateBuilder;
import io.dclink.lifecycle.GatewayState;
import io.dclink.lifecycle.RequiredAction;
import io.dclink.lifecycle.ResourceType;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A gateway: the cloud-side router virtual interfaces attach to (Tencent DC gateway, JD Cloud border gateway).
 *
 * @param provider the provider id
 * @param id the provider's id
 * @param name the name; empty when none
 * @param state the neutral lifecycle state
 * @param requiredAction what has to happen next
 * @param providerState the raw provider state
 * @param networkType the kind of network it serves (e.g. {@code VPC}, {@code CCN}), or {@code null}
 * @param networkId the network it serves, or {@code null}
 * @param asn the gateway's BGP autonomous system number, or {@code null}
 * @param createdAt when it was created, or {@code null}
 * @param tags the provider tags
 * @param attributes provider fields the neutral model lacks
 */
@GenerateBuilder(copier = "Copies")
public record Gateway(
        String provider,
        String id,
        String name,
        GatewayState state,
        RequiredAction requiredAction,
        ProviderState providerState,
        String networkType,
        String networkId,
        Long asn,
        Instant createdAt,
        Map<String, String> tags,
        Map<String, String> attributes) implements LifecycleResource<GatewayState> {

    /**
     * Validates and copies the components.
     *
     * @param provider the provider id
     * @param id the provider's id
     * @param name the name; empty when none
     * @param state the neutral lifecycle state
     * @param requiredAction what has to happen next
     * @param providerState the raw provider state
     * @param networkType the kind of network it serves (e.g. {@code VPC}, {@code CCN}), or {@code null}
     * @param networkId the network it serves, or {@code null}
     * @param asn the gateway's BGP autonomous system number, or {@code null}
     * @param createdAt when it was created, or {@code null}
     * @param tags the provider tags
     * @param attributes provider fields the neutral model lacks
     */
    public Gateway {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(requiredAction, "requiredAction");
        Objects.requireNonNull(providerState, "providerState");
        tags = Copies.frozen(tags);
        attributes = Copies.frozen(attributes);
        name = name == null ? "" : name;
    }

    @Override
    public ResourceType type() {
        return ResourceType.GATEWAY;
    }

    /** {@return a new, empty builder} */
    public static GatewayBuilder builder() {
        return new GatewayBuilder();
    }

    /** {@return a builder initialised with this object's values} */
    public GatewayBuilder toBuilder() {
        return new GatewayBuilder(this);
    }
}
