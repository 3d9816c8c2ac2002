package io.dclink.core.internal;

import io.dclink.core.lifecycle.LifecycleModel;
import io.dclink.event.StateChangeListener;
import io.dclink.event.Watch;
import io.dclink.lifecycle.LifecycleState;
import io.dclink.model.LifecycleResource;
import io.dclink.spi.ProviderOperation;
import io.dclink.wait.WaitCheckpoint;
import io.dclink.wait.WaitResult;
import io.dclink.wait.WaitSpec;
import io.dclink.wait.Waitable;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** The waiting and watching every facade of a resource with a lifecycle offers. */
abstract class WaitingFacade<R extends LifecycleResource<S>, S extends Enum<S> & LifecycleState> implements Waitable<R, S> {

    private final WaitSupport<R, S> waits;

    WaitingFacade(OperationPipeline pipeline, RuntimeServices services, ProviderOperation<String, R> read,
            LifecycleModel<S> model) {
        this.waits = new WaitSupport<>(pipeline.provider().id(), read.resource(), model,
                id -> pipeline.read(read, id), services);
    }

    @Override
    public CompletableFuture<WaitResult<R>> waitAsync(String id, WaitSpec<S> spec) {
        return waits.waitAsync(id, spec);
    }

    @Override
    public CompletableFuture<WaitResult<R>> resumeAsync(WaitCheckpoint checkpoint, WaitSpec<S> spec) {
        return waits.resumeAsync(checkpoint, spec);
    }

    @Override
    public Watch watch(String id, Duration interval, StateChangeListener listener) {
        return waits.watch(id, interval, listener);
    }
}
