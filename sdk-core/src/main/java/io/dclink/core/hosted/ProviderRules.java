package io.dclink.core.hosted;

import io.dclink.error.Problem;
import io.dclink.model.CreateVirtualInterfaceRequest;
import io.dclink.spi.HandOffAttributes;
import io.dclink.spi.ProviderDescriptor;
import io.dclink.spi.ProviderOperation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * What one client's plugin declares that a hosted order uses: its rules for a new virtual interface
 * (the rules every provider shares and its own, merged as the operation pipeline merges them) and
 * where its interfaces show a hand-off. A client the runtime did not build has neither.
 */
final class ProviderRules {

    private static final ProviderRules NONE = new ProviderRules(null, null);

    private final ProviderDescriptor descriptor;
    private final BiFunction<CreateVirtualInterfaceRequest, ProviderDescriptor, List<Problem>> sharedRules;

    private ProviderRules(ProviderDescriptor descriptor,
            BiFunction<CreateVirtualInterfaceRequest, ProviderDescriptor, List<Problem>> sharedRules) {
        this.descriptor = descriptor;
        this.sharedRules = sharedRules;
    }

    static ProviderRules of(ProviderDescriptor descriptor,
            BiFunction<CreateVirtualInterfaceRequest, ProviderDescriptor, List<Problem>> sharedRules) {
        return descriptor == null ? NONE : new ProviderRules(descriptor, sharedRules);
    }

    /** The problems a create of this request would be refused with before anything is sent. */
    List<Problem> check(CreateVirtualInterfaceRequest request) {
        if (descriptor == null) {
            return List.of();
        }
        List<Problem> own = descriptor.operations().validate(ProviderOperation.VIRTUAL_INTERFACE_CREATE, request);
        Set<String> judged = own.stream().map(Problem::field).collect(Collectors.toSet());
        List<Problem> problems = new ArrayList<>();
        sharedRules.apply(request, descriptor).stream().filter(p -> !judged.contains(p.field())).forEach(problems::add);
        problems.addAll(own);
        return problems;
    }

    Optional<HandOffAttributes> handOff() {
        return descriptor == null ? Optional.empty() : descriptor.handOff();
    }
}
