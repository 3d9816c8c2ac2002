package io.dclink.core.pair;

import io.dclink.lifecycle.AccessPointState;
import io.dclink.model.AccessPoint;
import io.dclink.model.CreateConnectionRequest;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a line can be ordered at an access point: it takes orders ({@code AVAILABLE} or
 * {@code LIMITED}) and lists the line's carrier and port type (port types compared without case).
 * An access point that lists no carriers or port types is not taken to offer them.
 */
final class AccessPointFit {

    private AccessPointFit() {
    }

    /**
     * Why the line cannot land there.
     *
     * @param point the access point
     * @param line the line
     * @return the reason, or empty when it fits
     */
    static Optional<String> misfit(AccessPoint point, CreateConnectionRequest line) {
        if (point.state() != AccessPointState.AVAILABLE && point.state() != AccessPointState.LIMITED) {
            return Optional.of(point.id() + " takes no orders (" + point.state() + ")");
        }
        if (line.carrier() != null && !point.carriers().contains(line.carrier())) {
            return Optional.of(point.id() + " does not offer carrier " + line.carrier() + " (it offers " + point.carriers() + ")");
        }
        if (line.portType() != null && point.portTypes().stream()
                .noneMatch(type -> type.toLowerCase(Locale.ROOT).equals(line.portType().toLowerCase(Locale.ROOT)))) {
            return Optional.of(point.id() + " does not offer port type " + line.portType() + " (it offers "
                    + point.portTypes() + ")");
        }
        return Optional.empty();
    }

    static boolean fits(AccessPoint point, CreateConnectionRequest line) {
        return misfit(point, line).isEmpty();
    }
}
