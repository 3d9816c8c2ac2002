package io.dclink.core.pair;

import io.dclink.Capability;
import io.dclink.DirectConnect;
import io.dclink.core.internal.PairAccess;
import io.dclink.error.ErrorContext;
import io.dclink.error.Problem;
import io.dclink.error.ProtocolException;
import io.dclink.error.UnsupportedCapabilityException;
import io.dclink.error.ValidationException;
import io.dclink.model.Connection;
import io.dclink.model.CreateConnectionRequest;
import io.dclink.pair.PairCheckpoint;
import io.dclink.pair.PairPlan;
import io.dclink.pair.PairRequest;
import io.dclink.pair.PairWaitSpec;
import io.dclink.pair.PairingRules;
import io.dclink.pair.RedundantPair;
import io.dclink.pair.RedundantPairs;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Redundant pairs on one client, through its public API: the planner reads access points, the lines
 * are applied for with {@code connections().create} (each with its key derived from the pair's, so
 * a repeated order finds what the first one made), read with {@code connections().get}, and the
 * second line is ordered when its first line can be named as its redundancy. Only the plugin's
 * native redundant order and its pairing rules come through {@link PairAccess}.
 */
public final class PairOrders implements RedundantPairs {

    private final DirectConnect client;
    private final PairAccess access;
    private final ErrorContext context;

    /**
     * {@return the pair orders of a client this runtime built}
     *
     * @param client the client
     * @throws IllegalArgumentException for a client another runtime built
     */
    public static RedundantPairs of(DirectConnect client) {
        return new PairOrders(client, PairAccess.of(client));
    }

    PairOrders(DirectConnect client, PairAccess access) {
        this.client = client;
        this.access = access;
        this.context = ErrorContext.of(client.provider().id());
    }

    @Override
    public PairingRules rules() {
        return access.rules();
    }

    @Override
    public PairPlan plan(PairRequest request) {
        Objects.requireNonNull(request, "request");
        requireSupported();
        return new PairPlanner(client, access).plan(request);
    }

    @Override
    public RedundantPair create(PairRequest request) {
        PairPlan plan = plan(request);
        String key = request.idempotencyKey() != null ? request.idempotencyKey() : PairKeys.newPairKey();
        CreateConnectionRequest template = PairLines.template(request.line());
        String provider = client.provider().id();
        String region = client.region().orElse(null);
        if (plan.nativeOrder()) {
            List<Connection> lines = access.orderRedundantLines(PairLines.nativeOrder(template, plan, key));
            if (lines.size() != 2) {
                throw new ProtocolException("the provider's native order " + plan.nativeMode() + " made " + lines.size()
                        + " lines for a pair " + lines.stream().map(Connection::id).toList() + "; the provider plugin "
                        + "answered what the pair order cannot track", context, null);
            }
            PairCheckpoint checkpoint = new PairCheckpoint(provider, region, key, plan, template, lines.get(0).id(),
                    lines.get(1).id());
            return assemble(checkpoint, lines.get(0), lines.get(1));
        }
        Connection first = client.connections().create(PairLines.first(template, plan, key));
        return advance(new PairCheckpoint(provider, region, key, plan, template, first.id(), null), first);
    }

    @Override
    public RedundantPair get(PairCheckpoint checkpoint) {
        Objects.requireNonNull(checkpoint, "checkpoint");
        requireSupported();
        requireOurs(checkpoint);
        Connection first = client.connections().get(checkpoint.firstId());
        if (checkpoint.secondId() == null) {
            return advance(checkpoint, first);
        }
        return assemble(checkpoint, first, client.connections().get(checkpoint.secondId()));
    }

    @Override
    public CompletableFuture<RedundantPair> waitAsync(PairCheckpoint checkpoint, PairWaitSpec spec) {
        Objects.requireNonNull(checkpoint, "checkpoint");
        Objects.requireNonNull(spec, "spec");
        requireSupported();
        requireOurs(checkpoint);
        return new PairWaiter(this::get, access.scheduler(), task -> client.async(calls -> {
            task.run();
            return null;
        }), access.clock(), context).start(checkpoint, spec);
    }

    /** Orders the second line if it is due, then assembles the pair. */
    private RedundantPair advance(PairCheckpoint checkpoint, Connection first) {
        PairingRules rules = access.rules();
        if (!due(first, rules)) {
            return assemble(checkpoint, first, null);
        }
        Connection second = client.connections().create(PairLines.second(checkpoint.line(), checkpoint.plan(),
                checkpoint.key(), rules.namesRedundancy() ? first.id() : null));
        return assemble(checkpoint.withSecond(second.id()), first, second);
    }

    /** The second line can be ordered: the first is not lost, and can be named where the provider says when. */
    private static boolean due(Connection first, PairingRules rules) {
        if (CombinedState.lost(first)) {
            return false;
        }
        Set<String> nameable = rules.nameableStates();
        return !rules.namesRedundancy() || nameable.isEmpty() || nameable.contains(first.providerState().value());
    }

    private RedundantPair assemble(PairCheckpoint checkpoint, Connection first, Connection second) {
        PairingRules rules = access.rules();
        CombinedState combined = CombinedState.of(first, second,
                rules.namesRedundancy() && !checkpoint.plan().nativeOrder() ? rules.nameableStates() : Set.of());
        return new RedundantPair(checkpoint.provider(), checkpoint.key(), checkpoint.plan(), first, second,
                combined.state(), combined.action(), GuaranteeReader.of(first, second, checkpoint.plan(), rules),
                checkpoint);
    }

    private void requireSupported() {
        PairingRules rules = access.rules();
        if (!rules.supported()) {
            throw new UnsupportedCapabilityException(Capability.REDUNDANT_PAIR, rules.unsupportedReason().orElse(null),
                    context);
        }
    }

    private void requireOurs(PairCheckpoint checkpoint) {
        String provider = client.provider().id();
        String region = client.region().orElse(null);
        if (!checkpoint.provider().equals(provider) || !Objects.equals(checkpoint.region(), region)) {
            throw new ValidationException(context, List.of(new Problem("checkpoint", "belongs to provider "
                    + checkpoint.provider() + (checkpoint.region() == null ? "" : " in " + checkpoint.region())
                    + "; this client is " + provider + (region == null ? "" : " in " + region)
                    + ": resume it with a client of that provider and region")));
        }
    }
}
