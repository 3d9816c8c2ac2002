package io.dclink.model;

import io.dclink.codegen.GenerateBuilder;
import io.dclink.lifecycle.AccessPointState;
import io.dclink.lifecycle.ResourceType;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An access point: a place where a line can land (Tencent and Alibaba access point, JD Cloud location,
 * Console Connect data-centre facility).
 *
 * @param provider the provider id
 * @param id the provider's id
 * @param name the name; empty when none
 * @param state whether lines can be ordered there
 * @param providerState the raw provider state
 * @param region the provider region it belongs to, or {@code null}
 * @param city the city, or {@code null}
 * @param address the street address or building, or {@code null}
 * @param carriers the carriers that can deliver a line there
 * @param portTypes the port types on offer
 * @param portSpeedsMbps the port speeds on offer, in Mbit/s
 * @param coordinates the position, or {@code null}
 * @param attributes provider fields the neutral model lacks
 */
@GenerateBuilder(copier = "Copies")
public record AccessPoint(
        String provider,
        String id,
        String name,
        AccessPointState state,
        ProviderState providerState,
        String region,
        String city,
        String address,
        List<String> carriers,
        List<String> portTypes,
        List<Integer> portSpeedsMbps,
        Coordinates coordinates,
        Map<String, String> attributes) implements Resource {

    /**
     * Validates and copies the components.
     *
     * @param provider the provider id
     * @param id the provider's id
     * @param name the name; empty when none
     * @param state whether lines can be ordered there
     * @param providerState the raw provider state
     * @param region the provider region it belongs to, or {@code null}
     * @param city the city, or {@code null}
     * @param address the street address or building, or {@code null}
     * @param carriers the carriers that can deliver a line there
     * @param portTypes the port types on offer
     * @param portSpeedsMbps the port speeds on offer, in Mbit/s
     * @param coordinates the position, or {@code null}
     * @param attributes provider fields the neutral model lacks
     */
    public AccessPoint {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(providerState, "providerState");
        carriers = Copies.list(carriers);
        portTypes = Copies.list(portTypes);
        portSpeedsMbps = Copies.list(portSpeedsMbps);
        attributes = Copies.frozen(attributes);
        name = name == null ? "" : name;
    }

    @Override
    public ResourceType type() {
        return ResourceType.ACCESS_POINT;
    }

    /** {@return a new, empty builder} */
    public static AccessPointBuilder builder() {
        return new AccessPointBuilder();
    }

    /** {@return a builder initialised with this object's values} */
    public AccessPointBuilder toBuilder() {
        return new AccessPointBuilder(this);
    }
}
