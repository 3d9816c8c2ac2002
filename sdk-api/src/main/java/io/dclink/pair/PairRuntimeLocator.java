package io.dclink.pair;

import io.dclink.DirectConnect;
import io.dclink.error.ErrorContext;
import io.dclink.error.ProviderDiscoveryException;
import io.dclink.runtime.PairOrderRuntime;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/** Finds the runtime's pair orders (sdk-core) with {@link ServiceLoader}, as {@code DirectConnect.builder()} finds the runtime. */
final class PairRuntimeLocator {

    private PairRuntimeLocator() {
    }

    static PairOrderRuntime locate() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        ClassLoader loader = context != null ? context : DirectConnect.class.getClassLoader();
        List<PairOrderRuntime> found = ServiceLoader.load(PairOrderRuntime.class, loader).stream()
                .map(ServiceLoader.Provider::get).collect(Collectors.toList());
        if (found.isEmpty() && loader != PairRuntimeLocator.class.getClassLoader()) {
            found = ServiceLoader.load(PairOrderRuntime.class, PairRuntimeLocator.class.getClassLoader()).stream()
                    .map(ServiceLoader.Provider::get).collect(Collectors.toList());
        }
        if (found.isEmpty()) {
            throw new ProviderDiscoveryException("dclink's runtime is not on the class path: add the io.dclink:sdk-core "
                    + "artifact (every provider plugin depends on it)", ErrorContext.of(null));
        }
        if (found.size() > 1) {
            throw new ProviderDiscoveryException("more than one dclink runtime is on the class path ("
                    + found.stream().map(r -> r.getClass().getName()).collect(Collectors.joining(", "))
                    + "): keep exactly one version of io.dclink:sdk-core", ErrorContext.of(null));
        }
        return found.get(0);
    }
}
