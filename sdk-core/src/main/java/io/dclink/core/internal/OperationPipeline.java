package io.dclink.core.internal;

import io.dclink.Capability;
import io.dclink.Paginated;
import io.dclink.ProviderInfo;
import io.dclink.core.lifecycle.LifecycleModel;
import io.dclink.core.lifecycle.ProviderLifecycles;
import io.dclink.error.ErrorContext;
import io.dclink.error.InvalidStateException;
import io.dclink.error.Problem;
import io.dclink.error.ProtocolException;
import io.dclink.error.ResourceNotFoundException;
import io.dclink.error.UnsupportedCapabilityException;
import io.dclink.error.ValidationException;
import io.dclink.interceptor.OperationContext;
import io.dclink.lifecycle.LifecycleState;
import io.dclink.lifecycle.Operation;
import io.dclink.lifecycle.ResourceType;
import io.dclink.model.LifecycleResource;
import io.dclink.model.Resource;
import io.dclink.spi.ErrorCategory;
import io.dclink.spi.OperationTable;
import io.dclink.spi.Page;
import io.dclink.spi.PageRequest;
import io.dclink.spi.ProviderDescriptor;
import io.dclink.spi.ProviderOperation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * The one path every operation of one client takes, in this order: the interceptors'
 * {@code beforeOperation}; the capability; the shared and the plugin's validation, all problems at
 * once; the lifecycle gate (reading the gating resource, and switching to the resubmit or re-apply
 * operation when it was rejected); the idempotent create; the plugin's handler. Nothing reaches the
 * network before the checks that need no network have passed.
 */
final class OperationPipeline {

    private final ProviderInfo provider;
    private final ProviderDescriptor descriptor;
    private final OperationTable<?> table;
    private final OperationTable<?>.Bound client;
    private final ProviderLifecycles lifecycles;
    private final Interceptors interceptors;
    private final IdempotentCreate creates;
    private final ErrorContext context;

    OperationPipeline(ProviderInfo provider, ProviderDescriptor descriptor, OperationTable<?>.Bound client,
            ProviderLifecycles lifecycles, Interceptors interceptors, int retryAttempts, Duration idempotencyWindow) {
        this.provider = provider;
        this.descriptor = descriptor;
        this.table = descriptor.operations();
        this.client = client;
        this.lifecycles = lifecycles;
        this.interceptors = interceptors;
        this.context = ErrorContext.of(provider.id());
        this.creates = new IdempotentCreate(client, table, context, retryAttempts, idempotencyWindow);
    }

    ProviderInfo provider() {
        return provider;
    }

    ProviderDescriptor descriptor() {
        return descriptor;
    }

    ProviderLifecycles lifecycles() {
        return lifecycles;
    }

    ErrorContext context() {
        return context;
    }

    OperationTable<?>.Bound client() {
        return client;
    }

    /**
     * Runs an operation for the public API.
     *
     * @param operation the operation
     * @param input its input, already checked for {@code null} by the facade
     * @return its result
     */
    <I, O> O run(ProviderOperation<I, O> operation, I input) {
        if (interceptors.none()) {
            return execute(operation, input);
        }
        OperationContext observed = interceptors.started(operation, input);
        try {
            O result = execute(operation, input);
            interceptors.succeeded(observed, result);
            return result;
        } catch (RuntimeException e) {
            interceptors.failed(observed, e);
            throw e;
        }
    }

    /**
     * A lazy listing: the capability is checked now, each page is fetched as iteration needs it.
     *
     * @param operation the listing
     * @param query its criteria
     * @return the listing
     */
    <Q, T> Paginated<T> list(ProviderOperation<PageRequest<Q>, Page<T>> operation, Q query) {
        OperationContext observed = interceptors.none() ? null : interceptors.started(operation, query);
        try {
            require(operation.capability());
            Paginated<T> result = new LazyPaginated<>(token -> client.call(operation, new PageRequest<>(query, token)),
                    context, operation.resource().name().toLowerCase(Locale.ROOT).replace('_', ' ') + "s");
            if (observed != null) {
                interceptors.succeeded(observed, result);
            }
            return result;
        } catch (RuntimeException e) {
            if (observed != null) {
                interceptors.failed(observed, e);
            }
            throw e;
        }
    }

    /**
     * Reads one resource for the runtime itself (gates, waits): no interceptors, no checks.
     *
     * @param read the read
     * @param id the id
     * @return the resource, as a future
     */
    <R> CompletableFuture<R> read(ProviderOperation<String, R> read, String id) {
        return client.call(read, id);
    }

    boolean supports(Capability capability) {
        return provider.supports(capability);
    }

    void require(Capability capability) {
        if (!provider.supports(capability)) {
            throw new UnsupportedCapabilityException(capability, context);
        }
    }

    private <I, O> O execute(ProviderOperation<I, O> operation, I input) {
        require(operation.capability());
        OperationSpec<I, O> spec = OperationSpecs.of(operation);
        List<Problem> problems = problems(operation, input);
        if (!problems.isEmpty()) {
            throw new ValidationException(context, problems);
        }
        boolean deletion = operation.kind() == ProviderOperation.Kind.DELETE;
        ProviderOperation<I, O> target = operation;
        if (spec.gate() != null) {
            LifecycleResource<?> gating;
            try {
                gating = gating(spec.gate(), input);
            } catch (ResourceNotFoundException gone) {
                if (deletion) {
                    return null;
                }
                if (!spec.gate().mayBeForeign(input)) {
                    throw gone;
                }
                gating = null; // a line of another account: its owner accepts or rejects what is made on it
            }
            if (gating != null) {
                if (deletion && going(gating)) {
                    return null;
                }
                if (spec.whenRejected() != null && gating.state().name().equals("REJECTED")) {
                    target = spec.whenRejected();
                    require(target.capability());
                    gate(gating, spec.rejectedOperation());
                } else {
                    gate(gating, spec.gate().operation());
                }
            }
        }
        if (spec.keys() != null) {
            return creates.run(target, input, spec.keys());
        }
        if (deletion) {
            return delete(spec, target, input);
        }
        O result = Calls.join(client.call(target, input), context);
        if (operation.kind() == ProviderOperation.Kind.GET) {
            checkIdentity(input, result);
        }
        return result;
    }

    /**
     * A delete is done when the resource is being deleted, deleted or gone — also when a repeated
     * delete (after a lost answer) is refused because the first one already took effect.
     */
    private <I, O> O delete(OperationSpec<I, O> spec, ProviderOperation<I, O> target, I input) {
        try {
            return Calls.join(client.call(target, input), context);
        } catch (ResourceNotFoundException gone) {
            return null;
        } catch (InvalidStateException refused) {
            if (spec.gate() == null || spec.gate().read() == null) {
                throw refused;
            }
            try {
                LifecycleResource<?> now = gating(spec.gate(), input);
                if (now == null || !going(now)) {
                    throw refused;
                }
                return null;
            } catch (ResourceNotFoundException gone) {
                return null;
            }
        }
    }

    private static boolean going(LifecycleResource<?> resource) {
        String state = resource.state().name();
        return state.equals("DELETING") || state.equals("DELETED");
    }

    /** A read by id that answers another resource is the provider answering the wrong thing. */
    private void checkIdentity(Object asked, Object answer) {
        if (asked instanceof String id && answer instanceof Resource resource && !id.equals(resource.id())) {
            throw new ProtocolException(ErrorCategory.PROTOCOL.remedy() + ": asked for " + id + ", the provider plugin "
                    + "answered " + resource.id(), context, null);
        }
    }

    private <I> LifecycleResource<?> gating(Gate<I> gate, I input) {
        if (gate.given() != null) {
            return gate.given().apply(input);
        }
        String id = gate.id().apply(input);
        if (id == null || gate.optional() && !supports(gate.read().capability())) {
            return null;
        }
        return Calls.join(client.call(gate.read(), id), context);
    }

    private <I> List<Problem> pluginProblems(OperationSpec<I, ?> spec, I input) {
        if (spec.validatedAs() == null) {
            return table.validate(spec.operation(), input);
        }
        List<Problem> problems = new ArrayList<>(table.validate(spec.validatedAs(), input));
        problems.addAll(table.validate(spec.operation(), input));
        return problems;
    }

    /**
     * What the pipeline refuses of an input before sending it: the shared rules and the plugin's own,
     * the plugin's problem replacing the shared one on the same field.
     */
    <I> List<Problem> problems(ProviderOperation<I, ?> operation, I input) {
        OperationSpec<I, ?> spec = OperationSpecs.of(operation);
        List<Problem> common = spec.commonRules().apply(input, descriptor);
        List<Problem> specific = pluginProblems(spec, input);
        Set<String> judgedByProvider = specific.stream().map(Problem::field).collect(Collectors.toSet());
        List<Problem> problems = new ArrayList<>();
        common.stream().filter(problem -> !judgedByProvider.contains(problem.field())).forEach(problems::add);
        problems.addAll(specific);
        return problems;
    }

    @SuppressWarnings("unchecked")
    private <S extends Enum<S> & LifecycleState> void gate(LifecycleResource<?> resource, Operation operation) {
        ResourceType type = resource.type();
        LifecycleModel<S> model = (LifecycleModel<S>) lifecycles.of(type);
        String name = type.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " " + resource.id()
                + " (provider state " + resource.providerState() + ")";
        model.requireAllowed((S) resource.state(), operation, name, context);
    }
}
