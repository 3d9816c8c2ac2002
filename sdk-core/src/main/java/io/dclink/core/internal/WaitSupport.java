package io.dclink.core.internal;

import io.dclink.core.lifecycle.LifecycleModel;
import io.dclink.event.StateChangeListener;
import io.dclink.event.Watch;
import io.dclink.lifecycle.LifecycleState;
import io.dclink.lifecycle.ResourceType;
import io.dclink.model.LifecycleResource;
import io.dclink.wait.WaitCheckpoint;
import io.dclink.wait.WaitResult;
import io.dclink.wait.WaitSpec;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/** Waiting and watching for one resource type of one client. */
final class WaitSupport<R extends LifecycleResource<S>, S extends Enum<S> & LifecycleState> {

    private final String provider;
    private final ResourceType type;
    private final LifecycleModel<S> model;
    private final Function<String, CompletableFuture<R>> fetch;
    private final RuntimeServices services;

    WaitSupport(String provider, ResourceType type, LifecycleModel<S> model, Function<String, CompletableFuture<R>> fetch,
            RuntimeServices services) {
        this.provider = provider;
        this.type = type;
        this.model = model;
        this.fetch = fetch;
        this.services = services;
    }

    CompletableFuture<WaitResult<R>> waitAsync(String id, WaitSpec<S> spec) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(spec, "spec");
        return new PollingWait<>(provider, type, id, model, fetch, services, spec, null).start();
    }

    CompletableFuture<WaitResult<R>> resumeAsync(WaitCheckpoint checkpoint, WaitSpec<S> spec) {
        Objects.requireNonNull(checkpoint, "checkpoint");
        Objects.requireNonNull(spec, "spec");
        if (checkpoint.type() != type || !checkpoint.provider().equals(provider)) {
            throw new IllegalArgumentException("the checkpoint is for a " + checkpoint.type() + " of provider '"
                    + checkpoint.provider() + "', not a " + type + " of '" + provider + "'");
        }
        return new PollingWait<>(provider, type, checkpoint.resourceId(), model, fetch, services, spec, checkpoint).start();
    }

    Watch watch(String id, Duration interval, StateChangeListener listener) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(listener, "listener");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("the watch interval must be positive, was " + interval);
        }
        return new PollingWatch<>(provider, type, id, model, fetch, services, interval, listener);
    }
}
