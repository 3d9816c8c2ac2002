package io.dclink.core.hosted;

import io.dclink.DirectConnect;
import io.dclink.error.ErrorContext;
import io.dclink.error.InvalidStateException;
import io.dclink.error.Problem;
import io.dclink.error.ValidationException;
import io.dclink.error.WaitFailedException;
import io.dclink.error.WaitTimeoutException;
import io.dclink.hosted.HandOff;
import io.dclink.hosted.HostedOrder;
import io.dclink.hosted.HostedState;
import io.dclink.hosted.HostedStatus;
import io.dclink.lifecycle.VirtualInterfaceState;
import io.dclink.model.CreateVirtualInterfaceRequest;
import io.dclink.model.VirtualInterface;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A hosted order on two clients' public API. Every change of the order happens holding its lock;
 * a wait for a side's change does not hold it, so a hand-off can be given while another thread waits.
 */
final class DefaultHostedOrder implements HostedOrder {

    private final DirectConnect partner;
    private final DirectConnect cloud;
    private final ProviderRules partnerRules;
    private final ProviderRules cloudRules;
    private final String key;
    private final CreateVirtualInterfaceRequest cloudTemplate;
    private final boolean bgpKeyMissing;
    private final Side partnerSide;
    private final Object lock = new Object();
    private Side cloudSide;
    private HandOff handOff;
    private boolean handOffFromPartner;
    private String handOffNote;
    private boolean tearingDown;
    private String teardownNote;
    private volatile HostedStatus status;

    DefaultHostedOrder(Clients clients, String key, CreateVirtualInterfaceRequest cloudTemplate, boolean bgpKeyMissing,
            Side partnerSide, Side cloudSide, HandOff handOff, boolean handOffFromPartner, boolean tearingDown) {
        this.partner = clients.partner();
        this.cloud = clients.cloud();
        this.partnerRules = clients.partnerRules();
        this.cloudRules = clients.cloudRules();
        this.key = key;
        this.cloudTemplate = cloudTemplate;
        this.bgpKeyMissing = bgpKeyMissing;
        this.partnerSide = partnerSide;
        this.cloudSide = cloudSide;
        this.handOff = handOff;
        this.handOffFromPartner = handOffFromPartner;
        this.tearingDown = tearingDown;
        this.status = combine();
    }

    @Override
    public String idempotencyKey() {
        return key;
    }

    @Override
    public HostedStatus status() {
        return status;
    }

    @Override
    public HostedOrder refresh() {
        synchronized (lock) {
            try {
                partnerSide.read();
                if (cloudSide != null) {
                    cloudSide.read();
                }
                step();
            } finally {
                status = combine();
            }
        }
        return this;
    }

    @Override
    public HostedOrder provideHandOff(HandOff given) {
        Objects.requireNonNull(given, "handOff");
        synchronized (lock) {
            if (tearingDown) {
                throw new InvalidStateException("hosted order " + key + " is being torn down: it takes no hand-off; "
                        + "nothing was sent", ErrorContext.of(cloud.provider().id()), null);
            }
            if (cloudSide != null) {
                if (given.equals(handOff)) {
                    return this;
                }
                throw new InvalidStateException("the cloud side of hosted order " + key + " is already ordered on "
                        + handOff + "; tear the order down to use other values; nothing was sent",
                        ErrorContext.of(cloud.provider().id()), null);
            }
            List<Problem> problems = HandOffs.check(cloudRules, cloudTemplate, given, key);
            if (!problems.isEmpty()) {
                throw new ValidationException(ErrorContext.of(cloud.provider().id()), problems);
            }
            handOff = given;
            handOffFromPartner = false;
            handOffNote = null;
            return refresh();
        }
    }

    @Override
    public HostedOrder waitUntil(HostedState target, Duration timeout, Duration firstPoll, Duration longestPoll) {
        Objects.requireNonNull(target, "target");
        requirePositive(timeout, "timeout");
        requirePositive(firstPoll, "firstPoll");
        if (requirePositive(longestPoll, "longestPoll").compareTo(firstPoll) < 0) {
            throw new IllegalArgumentException("the longest polling delay must not be shorter than the first");
        }
        refresh();
        Duration spent = Duration.ZERO;
        while (true) {
            HostedStatus now = status;
            if (now.state() == target) {
                return this;
            }
            Side moving = movingSide(now.state());
            if (!Progress.canReach(now.state(), target)) {
                throw new WaitFailedException("hosted order " + key + " is " + now + ", from which " + target
                        + " cannot follow without action", ErrorContext.of(null), moving.current().orElse(null),
                        moving.waitCheckpoint());
            }
            Duration remaining = timeout.minus(spent);
            if (remaining.isNegative() || remaining.isZero()) {
                throw new WaitTimeoutException("hosted order " + key + " did not reach " + target + " within " + timeout
                        + "; it is " + now + ". Store checkpoint() and resume it later", ErrorContext.of(null),
                        moving.waitCheckpoint());
            }
            Instant start = moving.clientNow();
            boolean notAStateChange = now.state() == HostedState.AWAITING_HAND_OFF
                    || now.state() == HostedState.ORDERING_CLOUD_SIDE;
            Duration slice = notAStateChange && longestPoll.compareTo(remaining) < 0 ? longestPoll : remaining;
            moving.awaitChange(start.plus(slice), firstPoll, longestPoll);
            Duration waited = Duration.between(start, moving.clientNow());
            spent = spent.plus(waited.isNegative() ? Duration.ZERO : waited);
            refresh();
        }
    }

    @Override
    public String checkpoint() {
        synchronized (lock) {
            return new OrderCheckpoint(key, partner.provider().id(), partnerSide.id(), partnerSide.timeline(),
                    cloud.provider().id(), cloudSide == null ? null : cloudSide.id(),
                    cloudSide == null ? List.of() : cloudSide.timeline(), handOff, handOffFromPartner, tearingDown,
                    cloudTemplate, bgpKeyMissing || hasBgpKey(cloudTemplate)).encode();
        }
    }

    @Override
    public HostedOrder tearDown() {
        synchronized (lock) {
            tearingDown = true;
            return refresh();
        }
    }

    /** The step the order takes itself, if any: one per refresh. */
    private void step() {
        teardownNote = null;
        if (tearingDown) {
            if (cloudSide != null && present(cloudSide)) {
                delete(cloud, cloudSide);
            } else if (present(partnerSide)) {
                delete(partner, partnerSide);
            }
            return;
        }
        if (handOff == null) {
            takeHandOffFromPartner();
        }
        boolean partnerActive = partnerSide.current().map(VirtualInterface::state)
                .filter(state -> state == VirtualInterfaceState.ACTIVE).isPresent();
        if (cloudSide == null && handOff != null && partnerActive) {
            orderCloudSide();
        }
    }

    private void takeHandOffFromPartner() {
        Optional<VirtualInterface> shown = partnerSide.current();
        if (shown.isEmpty() || partnerRules.handOff().isEmpty()) {
            return;
        }
        try {
            HandOff read = HandOffs.shownBy(shown.get(), partnerRules.handOff().get());
            if (read == null) {
                return;
            }
            List<Problem> problems = HandOffs.check(cloudRules, cloudTemplate, read, key);
            if (!problems.isEmpty()) {
                handOffNote = "the " + partner.provider().displayName() + " interface shows hand-off values "
                        + cloud.provider().displayName() + " refuses: " + problems;
                return;
            }
            handOff = read;
            handOffFromPartner = true;
            handOffNote = null;
        } catch (IllegalArgumentException unusable) {
            handOffNote = "the " + partner.provider().displayName() + " interface shows a hand-off that is not one: "
                    + unusable.getMessage();
        }
    }

    private void orderCloudSide() {
        if (bgpKeyMissing) {
            throw new ValidationException(ErrorContext.of(cloud.provider().id()), List.of(new Problem("bgpAuthKey",
                    "the cloud side's BGP key is not in checkpoints: resume with HostedOrders.resume(partner, cloud, "
                            + "checkpoint, bgpAuthKey)")));
        }
        VirtualInterface created = cloud.virtualInterfaces().create(HandOffs.cloudRequest(cloudTemplate, handOff, key));
        cloudSide = Side.created(cloud, created);
        cloudSide.read();
    }

    private void delete(DirectConnect client, Side side) {
        VirtualInterfaceState state = side.current().map(VirtualInterface::state).orElse(null);
        if (state == VirtualInterfaceState.DELETING) {
            return;
        }
        try {
            client.virtualInterfaces().delete(side.id());
            side.read();
        } catch (InvalidStateException notYet) {
            teardownNote = client.provider().displayName() + " deletes it once it leaves " + state + "; refresh later";
        }
    }

    private static boolean present(Side side) {
        return side.current().filter(vif -> vif.state() != VirtualInterfaceState.DELETED).isPresent();
    }

    private Side movingSide(HostedState state) {
        boolean cloudMoves = cloudSide != null && switch (state) {
            case AWAITING_ACCEPTANCE -> true;
            case ACTIVATING -> cloudSide.current().map(VirtualInterface::state)
                    .filter(cloudState -> cloudState != VirtualInterfaceState.ACTIVE).isPresent();
            case TEARING_DOWN -> present(cloudSide);
            default -> false;
        };
        return cloudMoves ? cloudSide : partnerSide;
    }

    private HostedStatus combine() {
        return Combination.of(new Snapshot(partner.provider().displayName(), partnerSide.current(),
                cloud.provider().displayName(), cloudSide != null,
                cloudSide == null ? Optional.empty() : cloudSide.current(), Optional.ofNullable(handOff), handOffNote,
                tearingDown, teardownNote));
    }

    private static boolean hasBgpKey(CreateVirtualInterfaceRequest request) {
        return request.bgp() != null && request.bgp().authKey() != null && !request.bgp().authKey().isEmpty();
    }

    private static Duration requirePositive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
        return value;
    }

    @Override
    public String toString() {
        return "HostedOrder[" + key + ", " + partner.provider().id() + " -> " + cloud.provider().id() + ": " + status
                + "]";
    }
}
