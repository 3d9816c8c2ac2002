package io.dclink.core.hosted;

import io.dclink.DirectConnect;
import io.dclink.error.Problem;
import io.dclink.model.CreateVirtualInterfaceRequest;
import io.dclink.spi.ProviderDescriptor;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.BiFunction;

/** The descriptor of each client the runtime built, held no longer than the client. */
final class KnownClients {

    private final Map<DirectConnect, ProviderDescriptor> descriptors = Collections.synchronizedMap(new WeakHashMap<>());
    private final BiFunction<CreateVirtualInterfaceRequest, ProviderDescriptor, List<Problem>> sharedRules;

    KnownClients(BiFunction<CreateVirtualInterfaceRequest, ProviderDescriptor, List<Problem>> sharedRules) {
        this.sharedRules = sharedRules;
    }

    void register(DirectConnect client, ProviderDescriptor descriptor) {
        descriptors.put(client, descriptor);
    }

    ProviderRules rules(DirectConnect client) {
        return ProviderRules.of(descriptors.get(client), sharedRules);
    }
}
