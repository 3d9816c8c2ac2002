package io.dclink.core.testplugin;

import io.dclink.spi.DirectConnectProvider;
import io.dclink.spi.ProviderDescriptor;
import io.dclink.spi.SpiVersion;
import java.util.concurrent.atomic.AtomicInteger;

/** A plugin that says its id and SPI version as constants and counts how often its descriptor is asked for. */
public final class UndescribedProvider implements DirectConnectProvider {

    /** How many times {@link #descriptor()} was called, by anyone. */
    public static final AtomicInteger DESCRIBED = new AtomicInteger();

    @Override
    public String id() {
        return "undescribed";
    }

    @Override
    public SpiVersion spiVersion() {
        return new SpiVersion(SpiVersion.MAJOR, SpiVersion.MINOR);
    }

    @Override
    public ProviderDescriptor descriptor() {
        DESCRIBED.incrementAndGet();
        return AlphaProvider.describe("undescribed", spiVersion());
    }
}
