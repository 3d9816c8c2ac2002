package io.dclink.spi;

import io.dclink.Capability;
import io.dclink.error.ErrorContext;
import io.dclink.error.UnsupportedCapabilityException;
import java.util.concurrent.CompletableFuture;

/** The result of a driver operation a plugin does not implement. */
final class Unsupported {

    private Unsupported() {
    }

    static <T> CompletableFuture<T> operation(Capability capability) {
        return CompletableFuture.failedFuture(new UnsupportedCapabilityException(capability, ErrorContext.of(null)));
    }
}
