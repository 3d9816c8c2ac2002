package io.dclink.core.testplugin;

import io.dclink.spi.DirectConnectProvider;
import io.dclink.spi.ProviderDescriptor;

/** A plugin whose constructor fails, as one with a broken static table would; installed only by tests that ask for it. */
public class FailingProvider implements DirectConnectProvider {

    public FailingProvider() {
        throw new IllegalStateException("the state table names RUNNING twice");
    }

    @Override
    public ProviderDescriptor descriptor() {
        throw new AssertionError("never constructed");
    }
}
