package io.dclink.cli;

import io.dclink.spi.SpiVersion;
import picocli.CommandLine.IVersionProvider;

/** {@code dclink --version}. */
final class Version implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Version.class.getPackage().getImplementationVersion();
        return new String[] {"dclink " + (version == null ? "(development build)" : version) + ", plugin SPI "
                + new SpiVersion(SpiVersion.MAJOR, SpiVersion.MINOR)};
    }
}
