package io.dclink.testkit.consoleconnect;

import java.util.Objects;

/**
 * The three values Console Connect's support team sends a customer once it has provisioned a
 * Layer 2 connection to a cloud that needs the customer to finish on the cloud's side (Tencent
 * Cloud: a dedicated tunnel on the shared line, {@code DirectConnectOwnerAccount} =
 * {@code providerAccountId}, {@code DirectConnectId} = {@code sharedConnectionId},
 * {@code Vlan} = {@code vlanId}).
 *
 * @param providerAccountId the cloud account that owns the shared line (Console Connect's)
 * @param sharedConnectionId the shared line in that cloud, e.g. {@code dc-a1b2c3d4}
 * @param vlanId the VLAN of this connection on the shared line
 */
public record HandOff(String providerAccountId, String sharedConnectionId, int vlanId) {

    /**
     * Checks the values.
     *
     * @param providerAccountId the provider's account
     * @param sharedConnectionId the shared line
     * @param vlanId the VLAN, 0 to 4094
     */
    public HandOff {
        Objects.requireNonNull(providerAccountId, "providerAccountId");
        Objects.requireNonNull(sharedConnectionId, "sharedConnectionId");
        if (providerAccountId.isBlank() || sharedConnectionId.isBlank()) {
            throw new IllegalArgumentException("a hand-off needs the provider's account id and the shared connection id");
        }
        if (vlanId < 0 || vlanId > 4094) {
            throw new IllegalArgumentException("a hand-off VLAN is 0 to 4094, was " + vlanId);
        }
    }
}
