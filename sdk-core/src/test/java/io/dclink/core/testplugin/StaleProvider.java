package io.dclink.core.testplugin;

import io.dclink.spi.DirectConnectProvider;
import io.dclink.spi.ProviderDescriptor;

/** A plugin compiled against an older SPI, as the JVM sees it: its descriptor method does not link. */
public final class StaleProvider implements DirectConnectProvider {

    /** Called by {@link java.util.ServiceLoader}. */
    public StaleProvider() {
    }

    @Override
    public ProviderDescriptor descriptor() {
        throw new AbstractMethodError("io.dclink.spi.DirectConnectProvider.descriptor()");
    }
}
