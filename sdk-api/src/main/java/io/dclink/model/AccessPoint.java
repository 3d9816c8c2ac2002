package io.dclink.model;

import io.dclink.lifecycle.AccessPointState;
import io.dclink.lifecycle.ResourceType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
        attributes = Copies.map(attributes);
        name = name == null ? "" : name;
    }

    @Override
    public ResourceType type() {
        return ResourceType.ACCESS_POINT;
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
        b.providerState = providerState;
        b.region = region;
        b.city = city;
        b.address = address;
        b.carriers = carriers;
        b.portTypes = portTypes;
        b.portSpeedsMbps = portSpeedsMbps;
        b.coordinates = coordinates;
        b.attributes = attributes;
        return b;
    }

    /** Builds {@link AccessPoint} instances. */
    public static final class Builder {
        private String provider;
        private String id;
        private String name;
        private AccessPointState state;
        private ProviderState providerState;
        private String region;
        private String city;
        private String address;
        private List<String> carriers = List.of();
        private List<String> portTypes = List.of();
        private List<Integer> portSpeedsMbps = List.of();
        private Coordinates coordinates;
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
         * @param value whether lines can be ordered there
         * @return this builder
         */
        public Builder state(AccessPointState value) {
            this.state = value;
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
         * Sets region.
         *
         * @param value the provider region it belongs to, or {@code null}
         * @return this builder
         */
        public Builder region(String value) {
            this.region = value;
            return this;
        }

        /**
         * Sets city.
         *
         * @param value the city, or {@code null}
         * @return this builder
         */
        public Builder city(String value) {
            this.city = value;
            return this;
        }

        /**
         * Sets address.
         *
         * @param value the street address or building, or {@code null}
         * @return this builder
         */
        public Builder address(String value) {
            this.address = value;
            return this;
        }

        /**
         * Sets carriers.
         *
         * @param value the carriers that can deliver a line there
         * @return this builder
         */
        public Builder carriers(List<String> value) {
            this.carriers = value == null ? List.of() : new ArrayList<>(value);
            return this;
        }

        /**
         * Sets portTypes.
         *
         * @param value the port types on offer
         * @return this builder
         */
        public Builder portTypes(List<String> value) {
            this.portTypes = value == null ? List.of() : new ArrayList<>(value);
            return this;
        }

        /**
         * Sets portSpeedsMbps.
         *
         * @param value the port speeds on offer, in Mbit/s
         * @return this builder
         */
        public Builder portSpeedsMbps(List<Integer> value) {
            this.portSpeedsMbps = value == null ? List.of() : new ArrayList<>(value);
            return this;
        }

        /**
         * Sets coordinates.
         *
         * @param value the position, or {@code null}
         * @return this builder
         */
        public Builder coordinates(Coordinates value) {
            this.coordinates = value;
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
         * Builds the accessPoint.
         *
         * @return the new instance
         */
        public AccessPoint build() {
            return new AccessPoint(provider, id, name, state, providerState, region, city, address, carriers, portTypes, portSpeedsMbps, coordinates, attributes);
        }
    }
}
