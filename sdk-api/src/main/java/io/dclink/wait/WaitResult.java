package io.dclink.wait;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How a wait ended successfully.
 *
 * @param resource the resource in its final state, or {@code null} when the wait was for deletion
 *     and the resource is gone
 * @param attempts how many polls were made, across resumptions
 * @param timeline every state observed, oldest first
 * @param elapsed time from the first start to the end (the client's clock)
 * @param checkpoint the final checkpoint
 * @param <R> the resource type
 */
public record WaitResult<R>(R resource, int attempts, List<Observation> timeline, Duration elapsed, WaitCheckpoint checkpoint) {

    /**
     * Validates and copies the components.
     *
     * @param resource the resource, or {@code null}
     * @param attempts the polls
     * @param timeline the observations
     * @param elapsed the duration
     * @param checkpoint the checkpoint
     */
    public WaitResult {
        timeline = List.copyOf(timeline);
        Objects.requireNonNull(elapsed, "elapsed");
        Objects.requireNonNull(checkpoint, "checkpoint");
    }

    /** {@return the final resource, unless the resource is gone} */
    public Optional<R> finalResource() {
        return Optional.ofNullable(resource);
    }

    /** {@return whether the resource no longer exists (a wait for deletion)} */
    public boolean gone() {
        return resource == null;
    }
}
