package io.dclink.spi;

import java.util.Objects;

/**
 * Where a partner's virtual interface shows the values it hands over for a hosted order's cloud
 * side: the names of three of its {@link io.dclink.model.VirtualInterface#attributes() attributes}.
 * Declared with {@link ProviderDescriptor.Builder#handOff}.
 *
 * @param providerAccount the attribute holding the cloud account that owns the shared line
 * @param sharedConnectionId the attribute holding the shared line's id
 * @param vlan the attribute holding the VLAN, a number
 * @since SPI 1.1
 */
public record HandOffAttributes(String providerAccount, String sharedConnectionId, String vlan) {

    /**
     * Validates the components.
     *
     * @param providerAccount the account attribute
     * @param sharedConnectionId the shared line attribute
     * @param vlan the VLAN attribute
     */
    public HandOffAttributes {
        Objects.requireNonNull(providerAccount, "providerAccount");
        Objects.requireNonNull(sharedConnectionId, "sharedConnectionId");
        Objects.requireNonNull(vlan, "vlan");
    }
}
