package io.dclink.core.internal;

import io.dclink.Capability;
import io.dclink.interceptor.AttemptContext;
import io.dclink.interceptor.Interceptor;
import io.dclink.interceptor.OperationContext;
import io.dclink.lifecycle.ResourceType;
import io.dclink.spi.ProviderOperation;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A client's interceptors: each hook run in the documented order, and never allowed to break a call. */
public final class Interceptors {

    private static final Logger LOG = LoggerFactory.getLogger("io.dclink.interceptor");

    private final List<Interceptor> before;
    private final List<Interceptor> after;
    private final String provider;
    private final Clock clock;

    /**
     * Creates the runner.
     *
     * @param interceptors the interceptors, in registration order
     * @param provider the provider id
     * @param clock the client's clock
     */
    public Interceptors(List<Interceptor> interceptors, String provider, Clock clock) {
        this.before = List.copyOf(interceptors);
        List<Interceptor> reversed = new java.util.ArrayList<>(interceptors);
        java.util.Collections.reverse(reversed);
        this.after = List.copyOf(reversed);
        this.provider = provider;
        this.clock = clock;
    }

    /**
     * Whether there are none (the common case, kept free of work).
     *
     * @return {@code true} without interceptors
     */
    public boolean none() {
        return before.isEmpty();
    }

    OperationContext started(ProviderOperation<?, ?> operation, Object input) {
        Operation context = new Operation(provider, operation.name(), operation.capability(), operation.resource(), input,
                clock.instant(), new ConcurrentHashMap<>());
        each(before, interceptor -> interceptor.beforeOperation(context));
        return context;
    }

    void succeeded(OperationContext context, Object result) {
        each(after, interceptor -> interceptor.afterOperation(context, result));
    }

    void failed(OperationContext context, RuntimeException failure) {
        each(after, interceptor -> interceptor.onOperationFailure(context, failure));
    }

    /**
     * Runs the hooks before an attempt.
     *
     * @param attempt the attempt
     */
    public void beforeAttempt(AttemptContext attempt) {
        each(before, interceptor -> interceptor.beforeAttempt(attempt));
    }

    /**
     * Runs the hooks after an attempt.
     *
     * @param attempt the attempt
     */
    public void afterAttempt(AttemptContext attempt) {
        each(after, interceptor -> interceptor.afterAttempt(attempt));
    }

    private static void each(List<Interceptor> interceptors, Consumer<Interceptor> hook) {
        for (Interceptor interceptor : interceptors) {
            try {
                hook.accept(interceptor);
            } catch (RuntimeException e) {
                LOG.warn("Interceptor {} failed; ignoring it for this call", interceptor.getClass().getName(), e);
            }
        }
    }

    private record Operation(String provider, String operation, Capability capability, ResourceType resource,
            Object input, Instant startedAt, Map<String, Object> attributes) implements OperationContext {

        @Override
        public String toString() {
            return "Operation[" + provider + " " + operation + "]";
        }
    }
}
