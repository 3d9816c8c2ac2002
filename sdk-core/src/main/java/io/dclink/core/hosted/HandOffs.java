package io.dclink.core.hosted;

import io.dclink.error.Problem;
import io.dclink.error.ValidationException;
import io.dclink.hosted.HandOff;
import io.dclink.model.CreateVirtualInterfaceRequest;
import io.dclink.model.VirtualInterface;
import io.dclink.spi.HandOffAttributes;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The hand-off on the cloud side: the cloud-side request it completes (the shared line's owner, the
 * line and the VLAN of an interface on another account's line), the cloud's problems with it named
 * after the hand-off's values, and the values a partner's interface shows where its plugin declares
 * them.
 */
final class HandOffs {

    /** The request fields the hand-off fills, and the hand-off values they are named after in problems. */
    static final Map<String, String> FILLED = Map.of("ownerAccount", HandOff.PROVIDER_ACCOUNT,
            "connectionId", HandOff.SHARED_CONNECTION_ID, "vlan", HandOff.VLAN);

    private HandOffs() {
    }

    static CreateVirtualInterfaceRequest cloudRequest(CreateVirtualInterfaceRequest template, HandOff handOff,
            String orderKey) {
        return template.toBuilder().ownerAccount(handOff.providerAccount()).connectionId(handOff.sharedConnectionId())
                .vlan(handOff.vlan()).idempotencyKey(SideKeys.cloud(orderKey)).build();
    }

    /** What the cloud would refuse in the interface this hand-off completes; nothing is sent. */
    static List<Problem> check(ProviderRules cloud, CreateVirtualInterfaceRequest template, HandOff handOff,
            String orderKey) {
        return cloud.check(cloudRequest(template, handOff, orderKey)).stream()
                .map(p -> new Problem(FILLED.getOrDefault(p.field(), "cloudSide." + p.field()), p.message()))
                .collect(Collectors.toList());
    }

    /**
     * The hand-off a partner's interface shows in the attributes its plugin declares.
     *
     * @return the values, or {@code null} while the interface does not show all three
     * @throws IllegalArgumentException naming what is wrong with values it shows
     */
    static HandOff shownBy(VirtualInterface partner, HandOffAttributes where) {
        String account = partner.attributes().get(where.providerAccount());
        String line = partner.attributes().get(where.sharedConnectionId());
        String vlan = partner.attributes().get(where.vlan());
        if (blank(account) || blank(line) || blank(vlan)) {
            return null;
        }
        int number;
        try {
            number = Integer.parseInt(vlan.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("its VLAN attribute " + where.vlan() + " is '" + vlan + "', not a number");
        }
        try {
            return new HandOff(account, line, number);
        } catch (ValidationException e) {
            throw new IllegalArgumentException(e.problems().stream().map(Problem::toString)
                    .collect(Collectors.joining("; ")));
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
