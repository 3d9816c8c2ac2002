package io.dclink.hosted;

import io.dclink.error.ErrorContext;
import io.dclink.error.Problem;
import io.dclink.error.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The three values a partner hands over once it has provisioned its side, which the cloud side is
 * made with: the cloud account that owns the shared line (the partner's account at the cloud), the
 * shared line, and this connection's VLAN on it. For Tencent Cloud they are a dedicated tunnel's
 * {@code DirectConnectOwnerAccount}, {@code DirectConnectId} and {@code Vlan}.
 *
 * <p>Checked here for what every cloud requires (identifiers of 1 to 64 printable ASCII characters
 * without spaces, a VLAN from 0 to 4094); {@link HostedOrder#provideHandOff} also checks them
 * against the cloud's own rules.
 *
 * @param providerAccount the cloud account that owns the shared line
 * @param sharedConnectionId the shared line's id at the cloud
 * @param vlan this connection's VLAN on the shared line
 */
public record HandOff(String providerAccount, String sharedConnectionId, int vlan) {

    /** The problem field naming {@link #providerAccount()}. */
    public static final String PROVIDER_ACCOUNT = "handOff.providerAccount";
    /** The problem field naming {@link #sharedConnectionId()}. */
    public static final String SHARED_CONNECTION_ID = "handOff.sharedConnectionId";
    /** The problem field naming {@link #vlan()}. */
    public static final String VLAN = "handOff.vlan";

    private static final int LONGEST_ID = 64;
    private static final int HIGHEST_VLAN = 4094;

    /**
     * Checks the values.
     *
     * @param providerAccount the cloud account that owns the shared line
     * @param sharedConnectionId the shared line
     * @param vlan the VLAN
     * @throws ValidationException naming every value that no cloud accepts
     */
    public HandOff {
        Objects.requireNonNull(providerAccount, "providerAccount");
        Objects.requireNonNull(sharedConnectionId, "sharedConnectionId");
        List<Problem> problems = new ArrayList<>();
        identifier(problems, PROVIDER_ACCOUNT, providerAccount);
        identifier(problems, SHARED_CONNECTION_ID, sharedConnectionId);
        if (vlan < 0 || vlan > HIGHEST_VLAN) {
            problems.add(new Problem(VLAN, "must be 0 to " + HIGHEST_VLAN + ", was " + vlan));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(ErrorContext.of(null), problems);
        }
    }

    private static void identifier(List<Problem> problems, String field, String value) {
        boolean printable = value.chars().allMatch(c -> c > 32 && c < 127);
        if (value.isEmpty() || value.length() > LONGEST_ID || !printable) {
            problems.add(new Problem(field, "must be 1 to " + LONGEST_ID
                    + " printable ASCII characters without spaces"));
        }
    }
}
