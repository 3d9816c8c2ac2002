package io.dclink;

import io.dclink.error.ErrorContext;
import io.dclink.error.ProviderDiscoveryException;
import io.dclink.spi.DirectConnectRuntime;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/** Finds dclink's runtime (sdk-core) on the class path. */
final class RuntimeLocator {

    private RuntimeLocator() {
    }

    static ClassLoader defaultClassLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : DirectConnect.class.getClassLoader();
    }

    static DirectConnectRuntime locate(ClassLoader loader) {
        List<DirectConnectRuntime> found = ServiceLoader.load(DirectConnectRuntime.class, loader).stream()
                .map(ServiceLoader.Provider::get)
                .collect(Collectors.toList());
        if (found.isEmpty()) {
            throw new ProviderDiscoveryException(
                    "dclink's runtime is not on the class path: add the io.dclink:sdk-core artifact "
                            + "(every provider plugin depends on it, so adding a plugin such as "
                            + "io.dclink:provider-tencent is enough)",
                    ErrorContext.of(null));
        }
        if (found.size() > 1) {
            throw new ProviderDiscoveryException(
                    "more than one dclink runtime is on the class path ("
                            + found.stream().map(r -> r.getClass().getName()).collect(Collectors.joining(", "))
                            + "): keep exactly one version of io.dclink:sdk-core",
                    ErrorContext.of(null));
        }
        return found.get(0);
    }
}
