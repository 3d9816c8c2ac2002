package io.dclink.spi;

/**
 * The version of the plugin SPI. A plugin built for {@code major.minor} works with a runtime of the
 * same major version and an equal or higher minor version.
 *
 * <p>A plugin states the version it targets with the compile-time constants {@link #MAJOR} and
 * {@link #MINOR}: the compiler copies their values into the plugin's class files, so the plugin
 * keeps reporting the version it was built against whatever {@code provider-spi} it later runs with, and
 * the runtime can refuse a plugin built for another major version.
 *
 * @param major incremented on incompatible changes
 * @param minor incremented on compatible additions
 */
public record SpiVersion(int major, int minor) {

    /** The major version of the SPI this {@code provider-spi} defines; a compile-time constant. */
    public static final int MAJOR = 1;
    /** The minor version of the SPI this {@code provider-spi} defines; a compile-time constant. */
    public static final int MINOR = 1;

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
