package io.dclink.core.internal;

import io.dclink.core.internal.http.Background;
import io.dclink.core.lifecycle.LifecycleModel;
import io.dclink.error.DirectConnectException;
import io.dclink.error.ErrorContext;
import io.dclink.error.ResourceNotFoundException;
import io.dclink.event.StateChangeListener;
import io.dclink.event.Watch;
import io.dclink.lifecycle.LifecycleState;
import io.dclink.lifecycle.RequiredAction;
import io.dclink.lifecycle.ResourceType;
import io.dclink.model.LifecycleResource;
import io.dclink.model.ProviderState;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls one resource at a fixed interval and reports changes, until closed, terminal or gone. Polls
 * run on the scheduler, the first at a random point of the first interval (at most a second), and
 * yield to the application's calls at the rate limiter.
 */
final class PollingWatch<R extends LifecycleResource<S>, S extends Enum<S> & LifecycleState> implements Watch {

    private static final Logger LOG = LoggerFactory.getLogger("io.dclink.wait");

    private final String provider;
    private final String resourceId;
    private final LifecycleModel<S> model;
    private final Function<String, CompletableFuture<R>> fetch;
    private final RuntimeServices services;
    private final ChangeTracker<S> tracker;
    private final ScheduledFuture<?> task;
    private volatile boolean active = true;
    private boolean polling;

    PollingWatch(String provider, ResourceType type, String resourceId, LifecycleModel<S> model,
            Function<String, CompletableFuture<R>> fetch, RuntimeServices services, Duration interval,
            StateChangeListener listener) {
        this.provider = provider;
        this.resourceId = resourceId;
        this.model = model;
        this.fetch = fetch;
        this.services = services;
        this.tracker = new ChangeTracker<>(provider, type, resourceId, model, services.events(), listener, List.of());
        services.started(this);
        long spread = Math.min(1000, Math.max(1, interval.toMillis()));
        this.task = services.scheduler().scheduleWithFixedDelay(this::poll, ThreadLocalRandom.current().nextLong(spread),
                interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private synchronized void poll() {
        if (!active || polling) {
            return;
        }
        polling = true;
        Background.poll(() -> fetch.apply(resourceId)).whenComplete(this::polled);
    }

    private synchronized void polled(R resource, Throwable failure) {
        polling = false;
        if (!active) {
            return;
        }
        if (failure != null) {
            RuntimeException error = Calls.unwrap(failure, ErrorContext.of(provider));
            if (error instanceof ResourceNotFoundException) {
                tracker.observe(Enum.valueOf(model.stateType(), "DELETED"), ProviderState.of("(not found)"),
                        RequiredAction.NONE, services.clock().instant());
                close();
            } else if (!(error instanceof DirectConnectException known && known.isRetryable())) {
                LOG.warn("Watch of {} stops: {}", resourceId, error.getMessage());
                close();
            }
            return;
        }
        tracker.observe(resource, services.clock().instant());
        if (model.isTerminal(resource.state())) {
            close();
        }
    }

    @Override
    public boolean isActive() {
        return active;
    }

    @Override
    public void close() {
        active = false;
        task.cancel(false);
        services.ended(this);
    }
}
