package io.dclink.model;

import io.dclink.codegen.GenerateBuilder;
import io.dclink.lifecycle.BusinessStatus;
import io.dclink.lifecycle.ConnectionState;
import io.dclink.lifecycle.OperationalStatus;
import io.dclink.lifecycle.RequiredAction;
import io.dclink.lifecycle.ResourceType;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A connection: the physical line (or port) between a customer site and a provider access point.
 *
 * @param provider the provider id
 * @param id the provider's connection id
 * @param name the name; empty when none
 * @param state the neutral lifecycle state
 * @param requiredAction what has to happen next
 * @param operationalStatus link status; {@code NOT_REPORTED} when the provider has none
 * @param businessStatus billing standing; {@code NOT_REPORTED} when the provider has none
 * @param providerState the raw provider state
 * @param accessPointId where the line lands, or {@code null}
 * @param carrier the line operator, or {@code null}
 * @param portType the provider's port type (e.g. {@code 10GBase-LR}), or {@code null}
 * @param bandwidthMbps the bandwidth in Mbit/s, or {@code null}
 * @param customerAddress the customer premises address, or {@code null}
 * @param circuitCode the carrier's circuit code, or {@code null}
 * @param redundantConnectionId the connection this one is redundant with, or {@code null}
 * @param createdAt when it was created, or {@code null}
 * @param tags the provider tags
 * @param attributes provider fields the neutral model lacks
 */
@GenerateBuilder(copier = "Copies")
public record Connection(
        String provider,
        String id,
        String name,
        ConnectionState state,
        RequiredAction requiredAction,
        OperationalStatus operationalStatus,
        BusinessStatus businessStatus,
        ProviderState providerState,
        String accessPointId,
        String carrier,
        String portType,
        Integer bandwidthMbps,
        String customerAddress,
        String circuitCode,
        String redundantConnectionId,
        Instant createdAt,
        Map<String, String> tags,
        Map<String, String> attributes) implements LifecycleResource<ConnectionState> {

    /**
     * Validates and copies the components.
     *
     * @param provider the provider id
     * @param id the provider's connection id
     * @param name the name; empty when none
     * @param state the neutral lifecycle state
     * @param requiredAction what has to happen next
     * @param operationalStatus link status; {@code NOT_REPORTED} when the provider has none
     * @param businessStatus billing standing; {@code NOT_REPORTED} when the provider has none
     * @param providerState the raw provider state
     * @param accessPointId where the line lands, or {@code null}
     * @param carrier the line operator, or {@code null}
     * @param portType the provider's port type (e.g. {@code 10GBase-LR}), or {@code null}
     * @param bandwidthMbps the bandwidth in Mbit/s, or {@code null}
     * @param customerAddress the customer premises address, or {@code null}
     * @param circuitCode the carrier's circuit code, or {@code null}
     * @param redundantConnectionId the connection this one is redundant with, or {@code null}
     * @param createdAt when it was created, or {@code null}
     * @param tags the provider tags
     * @param attributes provider fields the neutral model lacks
     */
    public Connection {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(requiredAction, "requiredAction");
        Objects.requireNonNull(providerState, "providerState");
        tags = Copies.frozen(tags);
        attributes = Copies.frozen(attributes);
        name = name == null ? "" : name;
        operationalStatus = operationalStatus == null ? OperationalStatus.NOT_REPORTED : operationalStatus;
        businessStatus = businessStatus == null ? BusinessStatus.NOT_REPORTED : businessStatus;
    }

    @Override
    public ResourceType type() {
        return ResourceType.CONNECTION;
    }

    /** {@return a new, empty builder} */
    public static ConnectionBuilder builder() {
        return new ConnectionBuilder();
    }

    /** {@return a builder initialised with this object's values} */
    public ConnectionBuilder toBuilder() {
        return new ConnectionBuilder(this);
    }
}
