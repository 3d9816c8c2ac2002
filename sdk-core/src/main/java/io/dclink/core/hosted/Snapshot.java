package io.dclink.core.hosted;

import io.dclink.hosted.HandOff;
import io.dclink.model.VirtualInterface;
import java.util.Optional;

/**
 * Everything a hosted order's combined state is computed from.
 *
 * @param partnerName the partner's display name
 * @param partner the partner side as last read; empty once gone
 * @param cloudName the cloud's display name
 * @param cloudOrdered whether the cloud side was ordered
 * @param cloud the cloud side as last read; empty until ordered and once gone
 * @param handOff the hand-off, once known
 * @param handOffNote why a hand-off the partner shows was not taken, or {@code null}
 * @param tearingDown whether the order is being torn down
 * @param teardownNote why a side could not be deleted yet, or {@code null}
 */
record Snapshot(
        String partnerName,
        Optional<VirtualInterface> partner,
        String cloudName,
        boolean cloudOrdered,
        Optional<VirtualInterface> cloud,
        Optional<HandOff> handOff,
        String handOffNote,
        boolean tearingDown,
        String teardownNote) {
}
