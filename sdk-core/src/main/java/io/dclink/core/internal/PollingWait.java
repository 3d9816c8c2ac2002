package io.dclink.core.internal;

import io.dclink.core.internal.http.Background;
import io.dclink.core.lifecycle.LifecycleModel;
import io.dclink.error.DirectConnectException;
import io.dclink.error.ErrorContext;
import io.dclink.error.ProviderUnavailableException;
import io.dclink.error.ResourceNotFoundException;
import io.dclink.lifecycle.LifecycleState;
import io.dclink.lifecycle.RequiredAction;
import io.dclink.lifecycle.ResourceType;
import io.dclink.model.LifecycleResource;
import io.dclink.model.ProviderState;
import io.dclink.wait.WaitCheckpoint;
import io.dclink.error.WaitFailedException;
import io.dclink.wait.WaitResult;
import io.dclink.wait.WaitSpec;
import io.dclink.error.WaitTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running wait. It holds no thread: each poll is a task on the shared scheduler, and the next
 * is scheduled when the (asynchronous) read completes. The first poll too is a task on the
 * scheduler, never the caller's, at a random point of its first interval (at most a second), so
 * that many waits started together spread their polls. A poll's request yields to the
 * application's calls at the rate limiter ({@link Background}). Transient read errors are logged
 * and polling goes on; {@code UNKNOWN} states are recorded and polling goes on. Closing the client
 * cancels the wait.
 */
final class PollingWait<R extends LifecycleResource<S>, S extends Enum<S> & LifecycleState> implements AutoCloseable {

    /** The longest spread of first polls. */
    private static final long FIRST_POLL_SPREAD_MILLIS = 1000;

    private static final Logger LOG = LoggerFactory.getLogger("io.dclink.wait");

    private final String provider;
    private final ResourceType type;
    private final String resourceId;
    private final LifecycleModel<S> model;
    private final Function<String, CompletableFuture<R>> fetch;
    private final RuntimeServices services;
    private final WaitSpec<S> spec;
    private final Set<S> success;
    private final Set<S> failure;
    private final Instant startedAt;
    private final Instant deadline;
    private final ChangeTracker<S> tracker;
    private final CompletableFuture<WaitResult<R>> result = new CompletableFuture<>();
    private int attempts;
    private R lastSeen;

    PollingWait(String provider, ResourceType type, String resourceId, LifecycleModel<S> model,
            Function<String, CompletableFuture<R>> fetch, RuntimeServices services, WaitSpec<S> spec,
            WaitCheckpoint resumed) {
        this.provider = provider;
        this.type = type;
        this.resourceId = resourceId;
        this.model = model;
        this.fetch = fetch;
        this.services = services;
        this.spec = spec;
        this.success = spec.successStates();
        this.failure = spec.failureStates().orElseGet(this::statesThatCannotSucceed);
        Instant now = services.clock().instant();
        this.startedAt = resumed == null ? now : resumed.startedAt();
        this.deadline = resumed == null ? now.plus(spec.timeout()) : resumed.deadline();
        this.attempts = resumed == null ? 0 : resumed.attempts();
        this.tracker = new ChangeTracker<>(provider, type, resourceId, model, services.events(), null,
                resumed == null ? java.util.List.of() : resumed.timeline());
    }

    CompletableFuture<WaitResult<R>> start() {
        services.started(this);
        result.whenComplete((done, failed) -> services.ended(this));
        long spread = Math.min(FIRST_POLL_SPREAD_MILLIS, Math.max(1, spec.initialDelay().toMillis()));
        services.scheduler().schedule(this::poll, ThreadLocalRandom.current().nextLong(spread), TimeUnit.MILLISECONDS);
        return result;
    }

    /** Cancels the wait: the client is closed. */
    @Override
    public void close() {
        result.completeExceptionally(new ProviderUnavailableException("The client was closed while waiting for "
                + describe() + ": build a new one to wait again", ErrorContext.of(provider), false, null));
    }

    /** The default failure states: those from which no awaited state can follow. */
    private Set<S> statesThatCannotSucceed() {
        Set<S> cannot = EnumSet.noneOf(model.stateType());
        for (S state : model.states()) {
            if (!state.isUnknown() && !success.contains(state)
                    && model.reachableFrom(Set.of(state)).stream().noneMatch(success::contains)) {
                cannot.add(state);
            }
        }
        return cannot;
    }

    private void poll() {
        if (result.isDone()) {
            return;
        }
        attempts++;
        Background.poll(() -> fetch.apply(resourceId)).whenComplete(this::polled);
    }

    private void polled(R resource, Throwable failed) {
        if (result.isDone()) {
            return;
        }
        Instant now = services.clock().instant();
        try {
            if (failed != null) {
                readFailed(Calls.unwrap(failed, ErrorContext.of(provider)), now);
            } else {
                observed(resource, now);
            }
        } catch (RuntimeException e) {
            result.completeExceptionally(e);
        }
    }

    private void readFailed(RuntimeException error, Instant now) {
        if (error instanceof ResourceNotFoundException) {
            if (success.stream().anyMatch(state -> state.name().equals("DELETED"))) {
                S deleted = Enum.valueOf(model.stateType(), "DELETED");
                tracker.observe(deleted, ProviderState.of("(not found)"), RequiredAction.NONE, now);
                result.complete(new WaitResult<>(null, attempts, tracker.timeline(), elapsed(now), checkpoint()));
            } else {
                result.completeExceptionally(new WaitFailedException(describe() + " disappeared while waiting for "
                        + success + ". It was deleted, possibly outside dclink.", ErrorContext.of(provider), lastSeen,
                        checkpoint()));
            }
            return;
        }
        if (error instanceof DirectConnectException known && known.isRetryable()) {
            LOG.debug("Polling {} failed transiently, polling on: {}", describe(), known.getMessage());
            next(now);
            return;
        }
        result.completeExceptionally(error);
    }

    private void observed(R resource, Instant now) {
        lastSeen = resource;
        tracker.observe(resource, now);
        S state = resource.state();
        if (success.contains(state)) {
            result.complete(new WaitResult<>(resource, attempts, tracker.timeline(), elapsed(now), checkpoint()));
        } else if (!state.isUnknown() && (failure.contains(state)
                || spec.failureStates().isEmpty() && resource.requiredAction() == RequiredAction.RESUBMIT)) {
            result.completeExceptionally(new WaitFailedException(describe() + " is " + state + " (provider state "
                    + resource.providerState() + "), from which " + success + " cannot follow without action: "
                    + resource.requiredAction().description() + ".", ErrorContext.of(provider), resource, checkpoint()));
        } else {
            next(now);
        }
    }

    private void next(Instant now) {
        WaitCheckpoint checkpoint = checkpoint();
        spec.checkpointListener().ifPresent(listener -> {
            try {
                listener.accept(checkpoint);
            } catch (RuntimeException e) {
                LOG.warn("Checkpoint listener of the wait for {} failed", describe(), e);
            }
        });
        if (!now.isBefore(deadline)) {
            result.completeExceptionally(new WaitTimeoutException(describe() + " did not reach " + success
                    + " by " + deadline + " after " + attempts + " polls; " + lastSeenText()
                    + ". Resume later from the exception's checkpoint.", ErrorContext.of(provider), checkpoint));
            return;
        }
        Duration delay = backoff();
        Duration remaining = Duration.between(now, deadline);
        if (delay.compareTo(remaining) > 0) {
            delay = remaining;
        }
        services.scheduler().schedule(this::poll, Math.max(1, delay.toMillis()), TimeUnit.MILLISECONDS);
    }

    /** Exponential backoff from the initial delay, capped, with "equal" jitter (half fixed, half random). */
    private Duration backoff() {
        long initial = spec.initialDelay().toMillis();
        long cap = spec.maxDelay().toMillis();
        long exponential = attempts >= 40 ? cap : Math.min(cap, initial * (1L << Math.max(0, attempts - 1)));
        return Duration.ofMillis(exponential / 2 + ThreadLocalRandom.current().nextLong(exponential / 2 + 1));
    }

    private WaitCheckpoint checkpoint() {
        return new WaitCheckpoint(type, provider, resourceId, startedAt, deadline, attempts, tracker.timeline());
    }

    private Duration elapsed(Instant now) {
        return Duration.between(startedAt, now);
    }

    private String describe() {
        String name = type.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(name.charAt(0)) + name.substring(1) + " " + resourceId;
    }

    private String lastSeenText() {
        if (lastSeen == null) {
            return "it was never read successfully";
        }
        return "last seen " + lastSeen.state() + " (provider state " + lastSeen.providerState() + "), required action "
                + lastSeen.requiredAction() + " (" + lastSeen.requiredAction().description() + ")";
    }
}
