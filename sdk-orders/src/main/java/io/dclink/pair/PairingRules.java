package io.dclink.pair;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which redundant pairs a provider can build, and how, as values its plugin declares in its
 * {@code io.dclink.spi.ProviderDescriptor}: the resiliences it allows, whether a line names its
 * redundancy and in which raw states the named line must be, the provider's native redundant order
 * modes, whether naming a redundancy places the lines on different devices, and what counts as one
 * city. The runtime reads nothing else about the provider. Immutable.
 */
public final class PairingRules {

    private final Set<Resilience> resiliences;
    private final boolean namesRedundancy;
    private final Set<String> nameableStates;
    private final boolean redundancySeparatesDevices;
    private final Map<Resilience, String> nativeModes;
    private final MetroScope metro;
    private final String unsupportedReason;

    private PairingRules(Builder builder, String unsupportedReason) {
        this.resiliences = builder.resiliences.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(builder.resiliences));
        this.namesRedundancy = builder.namesRedundancy;
        this.nameableStates = Set.copyOf(builder.nameableStates);
        this.redundancySeparatesDevices = builder.redundancySeparatesDevices;
        this.nativeModes = Collections.unmodifiableMap(new EnumMap<>(builder.nativeModes));
        this.metro = builder.metro;
        this.unsupportedReason = unsupportedReason;
    }

    /**
     * {@return the rules of a provider that cannot build redundant pairs through dclink}
     *
     * @param reason why, for the user (e.g. "its ports are ordered by an administrator")
     */
    public static PairingRules unsupported(String reason) {
        return new PairingRules(new Builder(), Objects.requireNonNull(reason, "reason"));
    }

    /** {@return a builder of the rules of a provider that builds pairs} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return whether the provider builds any pair: it allows at least one resilience} */
    public boolean supported() {
        return !resiliences.isEmpty();
    }

    /** {@return why the provider builds no pair} */
    public Optional<String> unsupportedReason() {
        return Optional.ofNullable(unsupportedReason);
    }

    /** {@return the resiliences the provider allows} */
    public Set<Resilience> resiliences() {
        return resiliences;
    }

    /**
     * {@return whether the provider's line application has a field naming the line it is redundant with
     * ({@link io.dclink.model.CreateConnectionRequest#redundantConnectionId()})}
     */
    public boolean namesRedundancy() {
        return namesRedundancy;
    }

    /**
     * {@return the raw states ({@link io.dclink.model.ProviderState#value()}) a line must be in to be named as another
     * line's redundancy; empty when a line can be named as soon as it exists}
     */
    public Set<String> nameableStates() {
        return nameableStates;
    }

    /**
     * {@return whether naming a redundancy places the two lines on different access devices, so that two lines at one
     * access point can be ordered separately}
     */
    public boolean redundancySeparatesDevices() {
        return redundancySeparatesDevices;
    }

    /**
     * {@return the provider's native redundant order mode for a resilience (e.g. {@code MultiApSingleDevice}), if it
     * has one for it}
     *
     * @param resilience the resilience
     */
    public Optional<String> nativeMode(Resilience resilience) {
        return Optional.ofNullable(nativeModes.get(resilience));
    }

    /** {@return the native modes by resilience} */
    public Map<Resilience, String> nativeModes() {
        return nativeModes;
    }

    /**
     * {@return whether two separate orders can give the two lines of a resilience: always at two access points; at one
     * access point only where naming a redundancy places the lines on different devices}
     *
     * @param resilience the resilience
     */
    public boolean separatelyOrderable(Resilience resilience) {
        return resiliences.contains(resilience) && (resilience == Resilience.TWO_ACCESS_POINTS
                || namesRedundancy && redundancySeparatesDevices);
    }

    /** {@return what counts as one city} */
    public MetroScope metro() {
        return metro;
    }

    @Override
    public String toString() {
        return supported() ? "PairingRules" + resiliences + (nativeModes.isEmpty() ? "" : " native " + nativeModes)
                : "PairingRules[unsupported: " + unsupportedReason + "]";
    }

    /** Builds {@link PairingRules}. */
    public static final class Builder {

        private final Set<Resilience> resiliences = EnumSet.noneOf(Resilience.class);
        private boolean namesRedundancy;
        private Set<String> nameableStates = Set.of();
        private boolean redundancySeparatesDevices;
        private final Map<Resilience, String> nativeModes = new EnumMap<>(Resilience.class);
        private MetroScope metro = MetroScope.REGION;

        private Builder() {
        }

        /**
         * The resiliences the provider allows.
         *
         * @param values the resiliences
         * @return this builder
         */
        public Builder allows(Resilience... values) {
            resiliences.addAll(Set.of(values));
            return this;
        }

        /**
         * A line's application names the line it is redundant with, which must be in one of the given
         * raw states.
         *
         * @param rawStates the states the named line must be in; none when any existing line can be named
         * @return this builder
         */
        public Builder namesRedundancy(String... rawStates) {
            this.namesRedundancy = true;
            this.nameableStates = Set.of(rawStates);
            return this;
        }

        /**
         * Naming a redundancy places the two lines on different access devices.
         *
         * @return this builder
         */
        public Builder redundancySeparatesDevices() {
            this.redundancySeparatesDevices = true;
            return this;
        }

        /**
         * The provider's native redundant order mode that gives a resilience.
         *
         * @param resilience the resilience
         * @param mode the provider's mode name
         * @return this builder
         */
        public Builder nativeOrder(Resilience resilience, String mode) {
            nativeModes.put(Objects.requireNonNull(resilience, "resilience"), Objects.requireNonNull(mode, "mode"));
            return this;
        }

        /**
         * What counts as one city (default {@link MetroScope#REGION}).
         *
         * @param value the scope
         * @return this builder
         */
        public Builder metro(MetroScope value) {
            this.metro = Objects.requireNonNull(value, "metro");
            return this;
        }

        /**
         * {@return the rules built}
         *
         * @throws IllegalStateException if no resilience is allowed, a native mode is given for one
         *     that is not, or an allowed resilience can be built neither separately nor natively
         */
        public PairingRules build() {
            if (resiliences.isEmpty()) {
                throw new IllegalStateException("allow at least one resilience, or declare PairingRules.unsupported(reason)");
            }
            if (!resiliences.containsAll(nativeModes.keySet())) {
                throw new IllegalStateException("a native mode for a resilience that is not allowed: " + nativeModes);
            }
            PairingRules rules = new PairingRules(this, null);
            for (Resilience resilience : resiliences) {
                if (!rules.separatelyOrderable(resilience) && rules.nativeMode(resilience).isEmpty()) {
                    throw new IllegalStateException(resilience + " is allowed, but neither a native mode nor a redundancy "
                            + "that separates devices gives it");
                }
            }
            return rules;
        }
    }
}
