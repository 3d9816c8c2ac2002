package io.dclink.error;

import io.dclink.wait.WaitCheckpoint;
import io.dclink.model.LifecycleResource;
import java.util.Optional;

/**
 * A wait stopped because the resource reached a state from which the awaited one cannot follow
 * without someone acting (for example a rejected application), or because it disappeared.
 */
public class WaitFailedException extends DirectConnectException {

    /** The resource as last seen. */
    private final transient LifecycleResource<?> resource;
    /** Where the wait stood. */
    private final transient WaitCheckpoint checkpoint;

    /**
     * Creates the error.
     *
     * @param message what happened and what to do
     * @param context the provider
     * @param resource the resource as last seen, or {@code null} if it disappeared
     * @param checkpoint where the wait stood
     */
    public WaitFailedException(String message, ErrorContext context, LifecycleResource<?> resource,
            WaitCheckpoint checkpoint) {
        super(message, context, null);
        this.resource = resource;
        this.checkpoint = checkpoint;
    }

    /** {@return the resource as last seen, unless it disappeared} */
    public Optional<LifecycleResource<?>> resource() {
        return Optional.ofNullable(resource);
    }

    /** {@return where the wait stood} */
    public WaitCheckpoint checkpoint() {
        return checkpoint;
    }
}
