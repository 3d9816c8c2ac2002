package io.dclink.provider.consoleconnect;

import io.dclink.lifecycle.OperationalStatus;
import java.util.Map;

/** A port's {@code linkState} as the neutral operational status, and the small helpers the mappings share. */
final class Links {

    private Links() {
    }

    /** {@code UP} and {@code DOWN} (UNVERIFIED: only {@code UP} is seen); absent is not reported. */
    static OperationalStatus of(String linkState) {
        if (linkState == null) {
            return OperationalStatus.NOT_REPORTED;
        }
        return switch (linkState) {
            case "UP" -> OperationalStatus.UP;
            case "DOWN" -> OperationalStatus.DOWN;
            default -> OperationalStatus.UNKNOWN;
        };
    }

    /** Both ends of a Layer 2 connection: up when both ports are, down when either is. */
    static OperationalStatus ofBoth(String source, String destination) {
        OperationalStatus src = of(source);
        OperationalStatus dest = of(destination);
        if (src == OperationalStatus.DOWN || dest == OperationalStatus.DOWN) {
            return OperationalStatus.DOWN;
        }
        if (src == OperationalStatus.UP && dest == OperationalStatus.UP) {
            return OperationalStatus.UP;
        }
        return src == OperationalStatus.NOT_REPORTED && dest == OperationalStatus.NOT_REPORTED
                ? OperationalStatus.NOT_REPORTED : OperationalStatus.UNKNOWN;
    }

    /** Adds an attribute when it has a value. */
    static void put(Map<String, String> attributes, String name, Object value) {
        if (value != null) {
            attributes.put(name, value.toString());
        }
    }
}
