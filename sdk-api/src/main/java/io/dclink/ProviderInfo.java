package io.dclink;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An installed provider plugin, as discovery found it.
 *
 * @param id the provider id used to select it, e.g. {@code tencent}
 * @param displayName a human-readable name
 * @param spiVersion the SPI version the plugin targets, e.g. {@code 1.0}
 * @param capabilities the operations it offers
 * @param credentialVariables the environment variables it reads credentials from when none are
 *     given explicitly
 * @param implementation the plugin's class name
 * @param regional whether clients choose a region; {@code false} for a provider with one
 *     account-wide API
 */
public record ProviderInfo(
        String id,
        String displayName,
        String spiVersion,
        Set<Capability> capabilities,
        List<String> credentialVariables,
        String implementation,
        boolean regional) {

    /**
     * Validates and copies the components.
     *
     * @param id the provider id
     * @param displayName the display name
     * @param spiVersion the SPI version
     * @param capabilities the capabilities
     * @param credentialVariables the credential environment variables
     * @param implementation the class name
     * @param regional whether clients choose a region
     */
    public ProviderInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(spiVersion, "spiVersion");
        Objects.requireNonNull(implementation, "implementation");
        capabilities = capabilities.isEmpty()
                ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(capabilities));
        credentialVariables = List.copyOf(credentialVariables);
    }

    /**
     * {@return whether the provider offers an operation}
     *
     * @param capability the capability
     */
    public boolean supports(Capability capability) {
        return capabilities.contains(capability);
    }
}
