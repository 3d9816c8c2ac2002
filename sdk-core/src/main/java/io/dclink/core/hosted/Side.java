package io.dclink.core.hosted;

import io.dclink.DirectConnect;
import io.dclink.error.ResourceNotFoundException;
import io.dclink.error.WaitFailedException;
import io.dclink.error.WaitTimeoutException;
import io.dclink.lifecycle.ResourceType;
import io.dclink.lifecycle.VirtualInterfaceState;
import io.dclink.model.VirtualInterface;
import io.dclink.wait.Observation;
import io.dclink.wait.WaitCheckpoint;
import io.dclink.wait.WaitResult;
import io.dclink.wait.WaitSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * One side of a hosted order: a virtual interface of one client, read through that client's own
 * waiter so that every change reaches the client's listeners exactly once. Its observed timeline is
 * carried from wait to wait (and through checkpoints), each wait resuming from it; the waits are
 * anchored at the epoch, so a wait's elapsed time tells the client's clock.
 */
final class Side {

    private static final Instant ANCHOR = Instant.EPOCH;
    private static final Duration AT_ONCE = Duration.ofMillis(1);
    /** One poll that succeeds whatever it sees: a read that publishes what changed since the timeline's end. */
    private static final WaitSpec<VirtualInterfaceState> ONE_READ = until(EnumSet.allOf(VirtualInterfaceState.class))
            .polling(AT_ONCE, AT_ONCE);

    private final DirectConnect client;
    private final String id;
    private List<Observation> timeline;
    private VirtualInterface last;
    private boolean gone;
    private Instant clientNow;

    private Side(DirectConnect client, String id, List<Observation> timeline, VirtualInterface last) {
        this.client = client;
        this.id = id;
        this.timeline = List.copyOf(timeline);
        this.last = last;
    }

    /** A side just created; its first observation is yet to be made. */
    static Side created(DirectConnect client, VirtualInterface resource) {
        return new Side(client, resource.id(), List.of(), resource);
    }

    /** A side known from a checkpoint, not read yet. */
    static Side resumed(DirectConnect client, String id, List<Observation> timeline) {
        return new Side(client, id, timeline, null);
    }

    String id() {
        return id;
    }

    synchronized Optional<VirtualInterface> current() {
        return Optional.ofNullable(last);
    }

    synchronized boolean gone() {
        return gone;
    }

    synchronized List<Observation> timeline() {
        return timeline;
    }

    /** The client's time at the last read; before the first, that of the last observation, if any. */
    synchronized Instant clientNow() {
        if (clientNow != null) {
            return clientNow;
        }
        return timeline.isEmpty() ? ANCHOR : timeline.get(timeline.size() - 1).at();
    }

    /** The side's observed timeline as a wait checkpoint, for the errors of a hosted order's wait. */
    synchronized WaitCheckpoint waitCheckpoint() {
        return checkpoint(clientNow());
    }

    /** Reads the side; after a transient failure of the waiter's one poll, a plain read throws what still fails. */
    void read() {
        WaitCheckpoint from;
        synchronized (this) {
            from = checkpoint(ANCHOR);
        }
        try {
            apply(join(client.virtualInterfaces().resumeAsync(from, ONE_READ)));
        } catch (WaitTimeoutException transientFailure) {
            readPlainly();
        }
    }

    /**
     * Waits until the side's state changes or the client's clock reaches the deadline; both end
     * quietly. A side that is gone has nothing to wait for.
     */
    void awaitChange(Instant deadline, Duration firstPoll, Duration longestPoll) {
        WaitCheckpoint from;
        Set<VirtualInterfaceState> others;
        synchronized (this) {
            if (last == null) {
                return;
            }
            others = EnumSet.complementOf(EnumSet.of(last.state()));
            from = checkpoint(deadline);
        }
        try {
            WaitSpec<VirtualInterfaceState> change = until(others).failOn().polling(firstPoll, longestPoll);
            apply(join(client.virtualInterfaces().resumeAsync(from, change)));
        } catch (WaitTimeoutException timedOut) {
            synchronized (this) {
                adopt(timedOut.checkpoint().timeline());
                clientNow = deadline;
            }
        } catch (WaitFailedException disappeared) {
            synchronized (this) {
                adopt(disappeared.checkpoint().timeline());
                last = null;
                gone = true;
            }
        }
    }

    private synchronized void apply(WaitResult<VirtualInterface> result) {
        adopt(result.timeline());
        clientNow = ANCHOR.plus(result.elapsed());
        last = result.resource();
        gone = result.gone();
    }

    /** Keeps the longer timeline: a read made meanwhile may have seen more than a wait that began earlier. */
    private void adopt(List<Observation> observed) {
        if (observed.size() >= timeline.size()) {
            timeline = List.copyOf(observed);
        }
    }

    private void readPlainly() {
        try {
            VirtualInterface read = client.virtualInterfaces().get(id);
            synchronized (this) {
                last = read;
                gone = false;
            }
        } catch (ResourceNotFoundException e) {
            synchronized (this) {
                last = null;
                gone = true;
            }
        }
    }

    private WaitCheckpoint checkpoint(Instant deadline) {
        return new WaitCheckpoint(ResourceType.VIRTUAL_INTERFACE, client.provider().id(), id, ANCHOR, deadline, 0,
                timeline);
    }

    private static WaitSpec<VirtualInterfaceState> until(Set<VirtualInterfaceState> states) {
        VirtualInterfaceState[] all = states.toArray(new VirtualInterfaceState[0]);
        return WaitSpec.until(all[0], Arrays.copyOfRange(all, 1, all.length));
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }
}
