package io.dclink.core.testplugin;

import io.dclink.spi.DirectConnectProvider;
import io.dclink.spi.ProviderDescriptor;
import io.dclink.spi.SpiVersion;

/** A plugin whose tables, built on first use, fail to build: a defect of the plugin, not of its SPI version. */
public final class BrokenTablesProvider implements DirectConnectProvider {

    @Override
    public String id() {
        return "broken";
    }

    @Override
    public SpiVersion spiVersion() {
        return new SpiVersion(SpiVersion.MAJOR, SpiVersion.MINOR);
    }

    @Override
    public ProviderDescriptor descriptor() {
        return Described.DESCRIPTOR;
    }

    private static final class Described {
        static final ProviderDescriptor DESCRIPTOR = fail();

        private static ProviderDescriptor fail() {
            throw new IllegalStateException("the operation table binds CONNECTION_GET twice");
        }
    }
}
