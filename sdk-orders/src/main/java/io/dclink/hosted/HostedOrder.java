package io.dclink.hosted;

import io.dclink.lifecycle.RequiredAction;
import io.dclink.model.VirtualInterface;
import io.dclink.wait.WaitSpec;
import java.time.Duration;
import java.util.Optional;

/**
 * One order across two providers, made with two clients: the partner's (for example Console
 * Connect) and the cloud's (for example Tencent Cloud). It orders the partner side, takes the
 * hand-off when it is known (read from the partner's interface where its plugin declares where the
 * values are, or {@linkplain #provideHandOff given by you}), orders the cloud-side interface on the
 * partner's shared line, and follows both until they are active. Every step uses the two clients'
 * public API, so any pair of plugins whose cloud side is an interface on another account's line fits.
 *
 * <p>Each side's key derives from the order's, so starting the same order again or resuming it
 * never orders a side twice. The order is thread-safe; its {@link #status()} is the one it last
 * read. Provisioning takes days: store {@link #checkpoint()} and
 * {@linkplain HostedOrders#resume resume} after a restart.
 */
public interface HostedOrder {

    /** {@return the order's idempotency key, from which both sides' keys derive} */
    String idempotencyKey();

    /** {@return the order as last read} */
    HostedStatus status();

    /** {@return the combined state, as last read} */
    default HostedState state() {
        return status().state();
    }

    /** {@return what has to happen next, as last read} */
    default RequiredAction requiredAction() {
        return status().requiredAction();
    }

    /** {@return who has to act next, as last read} */
    default HostedParty actor() {
        return status().actor();
    }

    /** {@return the partner-side interface, as last read, unless it is gone} */
    default Optional<VirtualInterface> partnerSide() {
        return status().partnerSide();
    }

    /** {@return the cloud-side interface, as last read, once ordered and until it is gone} */
    default Optional<VirtualInterface> cloudSide() {
        return status().cloudSide();
    }

    /** {@return the hand-off values, once known} */
    default Optional<HandOff> handOff() {
        return status().handOff();
    }

    /**
     * Reads both sides and takes the next step the order can take itself: reads the hand-off from
     * the partner's interface where its plugin declares it, orders the cloud side once the hand-off
     * is known and the partner side is active, and while tearing down deletes the partner side once
     * the cloud side is gone.
     *
     * @return this order
     */
    HostedOrder refresh();

    /**
     * Gives the hand-off values the partner sent (by e-mail, say). They are checked against the
     * cloud's rules first; then, if the partner side is active, the cloud side is ordered.
     *
     * @param handOff the provider's account, the shared line and the VLAN
     * @return this order
     * @throws io.dclink.error.ValidationException naming every value the cloud refuses; nothing is sent
     * @throws io.dclink.error.InvalidStateException if the cloud side is already ordered with other
     *     values, or the order is being torn down
     */
    HostedOrder provideHandOff(HandOff handOff);

    /**
     * Waits, blocking the calling thread, until the order reaches a state, taking every step it can
     * take itself on the way. It waits with the clients' own waiters, so each side's state changes
     * reach the clients' listeners; the timeout and the polling follow the clients' clocks and
     * {@link WaitSpec}'s defaults.
     *
     * @param target the awaited state
     * @param timeout how long to wait at most
     * @return this order
     * @throws io.dclink.error.WaitTimeoutException at the deadline
     * @throws io.dclink.error.WaitFailedException if the order is in a state from which the target
     *     cannot follow without someone acting ({@link HostedState#FAILED}, or not torn down)
     */
    default HostedOrder waitUntil(HostedState target, Duration timeout) {
        return waitUntil(target, timeout, WaitSpec.DEFAULT_INITIAL_DELAY, WaitSpec.DEFAULT_MAX_DELAY);
    }

    /**
     * Waits as {@link #waitUntil(HostedState, Duration)} does, polling each side from a first delay
     * doubling to a longest one.
     *
     * @param target the awaited state
     * @param timeout how long to wait at most
     * @param firstPoll the first delay between polls
     * @param longestPoll the longest delay between polls; while the order waits for the hand-off, it
     *     reads the partner side at least this often
     * @return this order
     */
    HostedOrder waitUntil(HostedState target, Duration timeout, Duration firstPoll, Duration longestPoll);

    /**
     * {@return where the order stands, as text to store: the key, both sides' ids and observed timelines, the hand-off,
     * and the cloud side's request, for {@link HostedOrders#resume}} A BGP authentication key is never written into it.
     */
    String checkpoint();

    /**
     * Tears the order down: deletes the cloud-side interface and, once it is gone, the partner side.
     * Follow it with {@link #refresh()} or {@code waitUntil(HostedState.DELETED, ...)}.
     *
     * @return this order
     */
    HostedOrder tearDown();
}
