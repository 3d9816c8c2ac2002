package io.dclink.spi;

import io.dclink.Capability;
import io.dclink.lifecycle.ResourceType;
import io.dclink.pair.PairingRules;
import java.util.Collections;
import java.util.EnumSet;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the runtime and the compatibility kit know about a plugin, as values: its id and
 * name, the SPI version it was compiled for, its credentials, its lifecycle refinements, its
 * raw-state and error tables, and its operations (which are its capabilities). Immutable.
 */
public final class ProviderDescriptor {

    private final String id;
    private final String displayName;
    private final SpiVersion spiVersion;
    private final CredentialVariables credentials;
    private final LifecycleRefinements lifecycle;
    private final Map<ResourceType, StateTable<?>> states;
    private final ErrorTable errors;
    private final ErrorEnvelope errorEnvelope;
    private final OperationTable<?> operations;
    private final Set<String> connectionOptions;
    private final Set<String> virtualInterfaceOptions;
    private final boolean regional;
    private final HandOffAttributes handOff;
    private final PairingRules pairing;

    private ProviderDescriptor(Builder builder) {
        this.id = builder.id;
        this.displayName = builder.displayName;
        this.spiVersion = builder.spiVersion;
        this.credentials = Objects.requireNonNull(builder.credentials, "credentials");
        this.lifecycle = builder.lifecycle;
        this.states = Collections.unmodifiableMap(new EnumMap<>(builder.states));
        this.errors = Objects.requireNonNull(builder.errors, "errors");
        this.errorEnvelope = Objects.requireNonNull(builder.errorEnvelope, "errorEnvelope");
        this.operations = Objects.requireNonNull(builder.operations, "operations");
        this.connectionOptions = Set.copyOf(builder.connectionOptions);
        this.virtualInterfaceOptions = Set.copyOf(builder.virtualInterfaceOptions);
        this.regional = builder.regional;
        this.handOff = builder.handOff;
        this.pairing = builder.pairing;
    }

    /**
     * Starts a descriptor. Pass {@code new SpiVersion(SpiVersion.MAJOR, SpiVersion.MINOR)}: the
     * compiler copies those constants into the plugin, which then reports the SPI it was built for.
     *
     * @param id the id users select the plugin with: lower case letters and digits
     * @param displayName a human-readable name, e.g. {@code Tencent Cloud Direct Connect}
     * @param spiVersion the SPI version the plugin is compiled for
     * @return the builder
     */
    public static Builder builder(String id, String displayName, SpiVersion spiVersion) {
        return new Builder(id, displayName, spiVersion);
    }

    /** {@return the id users select the plugin with, e.g. {@code tencent}} */
    public String id() {
        return id;
    }

    /** {@return a human-readable name} */
    public String displayName() {
        return displayName;
    }

    /** {@return the SPI version the plugin was compiled for} */
    public SpiVersion spiVersion() {
        return spiVersion;
    }

    /** {@return the credentials the plugin signs with and where they are read from} */
    public CredentialVariables credentials() {
        return credentials;
    }

    /** {@return the plugin's refinements of the standard lifecycles} */
    public LifecycleRefinements lifecycle() {
        return lifecycle;
    }

    /** {@return the raw-state tables, one per resource type the plugin maps} */
    public Map<ResourceType, StateTable<?>> states() {
        return states;
    }

    /**
     * The raw-state table of one resource type.
     *
     * @param resource the resource type
     * @return the table, if the plugin maps that type
     */
    public Optional<StateTable<?>> states(ResourceType resource) {
        return Optional.ofNullable(states.get(resource));
    }

    /** {@return the error codes} */
    public ErrorTable errors() {
        return errors;
    }

    /** {@return where errors keep their code, message and request id} */
    public ErrorEnvelope errorEnvelope() {
        return errorEnvelope;
    }

    /** {@return the operations} */
    public OperationTable<?> operations() {
        return operations;
    }

    /**
     * {@return the keys the plugin takes in {@code CreateConnectionRequest.providerOptions()}; none by
     * default} The runtime refuses any other key before anything is sent.
     */
    public Set<String> connectionOptions() {
        return connectionOptions;
    }

    /**
     * {@return the provider options a virtual-interface request may carry; none by default}
     *
     * @since SPI 1.1
     */
    public Set<String> virtualInterfaceOptions() {
        return virtualInterfaceOptions;
    }

    /**
     * {@return whether the provider's resources live in regions a client must choose: {@code true}
     * unless the plugin declared {@link Builder#regionless()}} A provider without regions (one
     * account-wide API) is built without one.
     *
     * @since SPI 1.1
     */
    public boolean regional() {
        return regional;
    }

    /**
     * {@return the attribute names where the provider's virtual interfaces show the values it hands
     * over for a hosted order's cloud side (a partner such as Console Connect), read by
     * {@link io.dclink.hosted.HostedOrder}; empty where the provider shows no hand-off (the values then
     * come by other means and the customer gives them)}
     *
     * @since SPI 1.1
     */
    public Optional<HandOffAttributes> handOff() {
        return Optional.ofNullable(handOff);
    }

    /**
     * {@return which redundant pairs the provider builds ({@link io.dclink.pair.RedundantPairs});
     * {@link PairingRules#unsupported(String)} unless the plugin declared some}
     */
    public PairingRules pairing() {
        return pairing;
    }

    /**
     * {@return the capabilities, derived from the operations, and {@link Capability#REDUNDANT_PAIR} when the
     * pairing rules allow a resilience}
     */
    public Set<Capability> capabilities() {
        if (!pairing.supported()) {
            return operations.capabilities();
        }
        EnumSet<Capability> capabilities = EnumSet.of(Capability.REDUNDANT_PAIR);
        capabilities.addAll(operations.capabilities());
        return Collections.unmodifiableSet(capabilities);
    }

    @Override
    public String toString() {
        return "ProviderDescriptor[" + id + ", SPI " + spiVersion + ", " + capabilities().size() + " capabilities]";
    }

    /** Builds a {@link ProviderDescriptor}. */
    public static final class Builder {

        private final String id;
        private final String displayName;
        private final SpiVersion spiVersion;
        private CredentialVariables credentials;
        private LifecycleRefinements lifecycle = LifecycleRefinements.none();
        private final Map<ResourceType, StateTable<?>> states = new EnumMap<>(ResourceType.class);
        private ErrorTable errors;
        private ErrorEnvelope errorEnvelope;
        private OperationTable<?> operations;
        private final Set<String> connectionOptions = new java.util.TreeSet<>();
        private final Set<String> virtualInterfaceOptions = new java.util.TreeSet<>();
        private boolean regional = true;
        private HandOffAttributes handOff;
        private PairingRules pairing = PairingRules.unsupported("the plugin declares no redundant pairs");

        private Builder(String id, String displayName, SpiVersion spiVersion) {
            this.id = Objects.requireNonNull(id, "id");
            if (!id.matches("[a-z][a-z0-9]*")) {
                throw new IllegalArgumentException("a provider id is lower case letters and digits, was '" + id + "'");
            }
            this.displayName = Objects.requireNonNull(displayName, "displayName");
            this.spiVersion = Objects.requireNonNull(spiVersion, "spiVersion");
        }

        /**
         * The credentials.
         *
         * @param value the declaration
         * @return this builder
         */
        public Builder credentials(CredentialVariables value) {
            this.credentials = Objects.requireNonNull(value, "credentials");
            return this;
        }

        /**
         * Refinements of the standard lifecycles.
         *
         * @param value the refinements
         * @return this builder
         */
        public Builder lifecycle(LifecycleRefinements value) {
            this.lifecycle = Objects.requireNonNull(value, "lifecycle");
            return this;
        }

        /**
         * Raw-state tables.
         *
         * @param tables at most one per resource type
         * @return this builder
         */
        public Builder states(StateTable<?>... tables) {
            for (StateTable<?> table : tables) {
                if (states.put(table.resource(), table) != null) {
                    throw new IllegalArgumentException("two state tables for " + table.resource());
                }
            }
            return this;
        }

        /**
         * The error codes and where errors keep them.
         *
         * @param table the codes
         * @param envelope where code, message and request id are
         * @return this builder
         */
        public Builder errors(ErrorTable table, ErrorEnvelope envelope) {
            this.errors = Objects.requireNonNull(table, "table");
            this.errorEnvelope = Objects.requireNonNull(envelope, "envelope");
            return this;
        }

        /**
         * The operations.
         *
         * @param value the table
         * @return this builder
         */
        public Builder operations(OperationTable<?> value) {
            this.operations = Objects.requireNonNull(value, "operations");
            return this;
        }

        /**
         * The provider options a connection request may carry.
         *
         * @param keys the option keys
         * @return this builder
         */
        public Builder connectionOptions(String... keys) {
            connectionOptions.addAll(java.util.List.of(keys));
            return this;
        }

        /**
         * The provider options a virtual-interface request may carry.
         *
         * @param keys the option keys
         * @return this builder
         * @since SPI 1.1
         */
        public Builder virtualInterfaceOptions(String... keys) {
            virtualInterfaceOptions.addAll(java.util.List.of(keys));
            return this;
        }

        /**
         * Declares that the provider has no regions: its clients are built without one, and
         * {@link ProviderContext#region()} is never called.
         *
         * @return this builder
         * @since SPI 1.1
         */
        public Builder regionless() {
            regional = false;
            return this;
        }

        /**
         * Declares where the provider's virtual interfaces show the values it hands over for the
         * cloud side of a hosted order, once its side is provisioned: the names of the
         * {@link io.dclink.model.VirtualInterface#attributes() attributes} holding the cloud account
         * that owns the shared line, the shared line's id and the VLAN (a number).
         *
         * @param accountAttribute the attribute holding the cloud account that owns the shared line
         * @param connectionAttribute the attribute holding the shared line's id
         * @param vlanAttribute the attribute holding the VLAN
         * @return this builder
         * @since SPI 1.1
         */
        public Builder handOff(String accountAttribute, String connectionAttribute, String vlanAttribute) {
            this.handOff = new HandOffAttributes(accountAttribute, connectionAttribute, vlanAttribute);
            return this;
        }

        /**
         * Declares which redundant pairs the provider builds, and how.
         *
         * @param value the rules
         * @return this builder
         */
        public Builder pairing(PairingRules value) {
            this.pairing = Objects.requireNonNull(value, "pairing");
            return this;
        }

        /**
         * {@return the descriptor built}
         *
         * @throws NullPointerException if credentials, errors or operations are missing
         */
        public ProviderDescriptor build() {
            return new ProviderDescriptor(this);
        }
    }
}
