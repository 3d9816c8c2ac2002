package io.dclink.core.internal;

import io.dclink.Capability;
import io.dclink.ProviderInfo;
import io.dclink.core.lifecycle.LifecycleModel;
import io.dclink.core.lifecycle.ProviderLifecycles;
import io.dclink.error.ErrorContext;
import io.dclink.error.Problem;
import io.dclink.error.UnsupportedCapabilityException;
import io.dclink.error.ValidationException;
import io.dclink.lifecycle.LifecycleState;
import io.dclink.lifecycle.Operation;
import io.dclink.lifecycle.ResourceType;
import io.dclink.model.LifecycleResource;
import io.dclink.spi.ProviderClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/** What every facade of one client shares: the plugin, its lifecycles, and the checks done before a call. */
final class ClientCore {

    private final ProviderInfo provider;
    private final ProviderClient client;
    private final ProviderLifecycles lifecycles;
    private final RuntimeServices services;
    private final int retryAttempts;
    private final ErrorContext context;

    ClientCore(ProviderInfo provider, ProviderClient client, ProviderLifecycles lifecycles, RuntimeServices services,
            int retryAttempts) {
        this.provider = provider;
        this.client = client;
        this.lifecycles = lifecycles;
        this.services = services;
        this.retryAttempts = retryAttempts;
        this.context = ErrorContext.of(provider.id());
    }

    RuntimeServices services() {
        return services;
    }

    int retryAttempts() {
        return retryAttempts;
    }

    <R extends LifecycleResource<S>, S extends Enum<S> & LifecycleState> WaitSupport<R, S> waitSupport(
            ResourceType type, LifecycleModel<S> model, java.util.function.Function<String, CompletableFuture<R>> fetch) {
        return new WaitSupport<>(provider.id(), type, model, fetch, services);
    }

    ProviderInfo provider() {
        return provider;
    }

    ProviderClient client() {
        return client;
    }

    ProviderLifecycles lifecycles() {
        return lifecycles;
    }

    ErrorContext context() {
        return context;
    }

    boolean supports(Capability capability) {
        return provider.supports(capability);
    }

    void require(Capability capability) {
        if (!provider.supports(capability)) {
            throw new UnsupportedCapabilityException(capability, context);
        }
    }

    <T> T call(CompletableFuture<T> future) {
        try {
            return Calls.join(future, context);
        } catch (UnsupportedCapabilityException e) {
            throw e.provider().isPresent() ? e : new UnsupportedCapabilityException(e.capability(), context);
        }
    }

    /** Reports both lists; where the provider also judged a field, its more specific problem replaces the common one. */
    void validate(List<Problem> common, List<Problem> specific) {
        Set<String> judgedByProvider = specific.stream().map(Problem::field).collect(Collectors.toSet());
        List<Problem> problems = new ArrayList<>();
        common.stream().filter(problem -> !judgedByProvider.contains(problem.field())).forEach(problems::add);
        problems.addAll(specific);
        if (!problems.isEmpty()) {
            throw new ValidationException(context, problems);
        }
    }

    <S extends Enum<S> & LifecycleState> void gate(
            LifecycleModel<S> model, LifecycleResource<S> resource, Operation operation) {
        String name = resource.type().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " " + resource.id()
                + " (provider state " + resource.providerState() + ")";
        model.requireAllowed(resource.state(), operation, name, context);
    }
}
