package io.dclink.spi;

/**
 * The version of the plugin SPI. A plugin built for {@code major.minor} works with a runtime of the
 * same major version and an equal or higher minor version.
 *
 * @param major incremented on incompatible changes
 * @param minor incremented on compatible additions
 */
public record SpiVersion(int major, int minor) {

    /** The SPI version this API defines. */
    public static final SpiVersion CURRENT = new SpiVersion(1, 0);

    /**
     * Whether a plugin targeting this version can run on the given runtime version.
     *
     * @param runtime the runtime's SPI version
     * @return {@code true} if compatible
     */
    public boolean isSupportedBy(SpiVersion runtime) {
        return major == runtime.major && minor <= runtime.minor;
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }
}
