package io.dclink.core.testplugin;

import io.dclink.spi.SpiVersion;

/** Targets an SPI version this runtime does not implement; installed only by the version test. */
public class FutureProvider extends AlphaProvider {

    @Override
    public String id() {
        return "future";
    }

    @Override
    public SpiVersion spiVersion() {
        return new SpiVersion(2, 0);
    }
}
