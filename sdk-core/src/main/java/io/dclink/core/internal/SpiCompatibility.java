package io.dclink.core.internal;

import io.dclink.spi.SpiVersion;
import java.util.List;

/**
 * The plugin SPI versions this runtime implements: its own list, compiled into the runtime, not
 * read from whichever {@code provider-spi} is on the class path. A plugin is accepted when one entry has
 * its major version and at least its minor version.
 */
public final class SpiCompatibility {

    /** What this runtime implements. */
    public static final List<SpiVersion> IMPLEMENTED = List.of(new SpiVersion(1, 1));

    private SpiCompatibility() {
    }

    /**
     * Whether a plugin compiled for a version can run here.
     *
     * @param plugin the plugin's SPI version
     * @return {@code true} if compatible
     */
    public static boolean accepts(SpiVersion plugin) {
        return IMPLEMENTED.stream().anyMatch(plugin::isSupportedBy);
    }

    /**
     * The newest version implemented, for messages.
     *
     * @return the version
     */
    public static SpiVersion newest() {
        return IMPLEMENTED.get(IMPLEMENTED.size() - 1);
    }
}
