package io.dclink.core.testplugin;

import io.dclink.error.ErrorContext;
import io.dclink.error.InvalidStateException;
import io.dclink.error.Problem;
import io.dclink.error.ResourceNotFoundException;
import io.dclink.kit.validation.Problems;
import io.dclink.lifecycle.ConnectionState;
import io.dclink.lifecycle.RequiredAction;
import io.dclink.lifecycle.VirtualInterfaceState;
import io.dclink.model.Connection;
import io.dclink.model.CreateVirtualInterfaceRequest;
import io.dclink.model.ProviderState;
import io.dclink.model.VirtualInterface;
import io.dclink.spi.ProviderContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * One account's client of a {@link HostedWorld}: the partner's interfaces are ordered and wait for
 * its support; the cloud's interfaces on a line of another account wait for that account to accept
 * them, and are configured by the cloud afterwards.
 */
final class HostedWorldClient {

    static final String KEY_TAG = "key";

    private final HostedWorld world;
    private final String provider;
    private final String account;

    private HostedWorldClient(HostedWorld world, String provider, String account) {
        this.world = world;
        this.provider = provider;
        this.account = account;
    }

    static Function<ProviderContext, HostedWorldClient> factory(String provider) {
        return context -> new HostedWorldClient(HostedWorld.get(context.properties().get("world")), provider,
                context.properties().getOrDefault("account", "100000000001"));
    }

    CompletableFuture<VirtualInterface> get(String id) {
        world.count(provider + ".get");
        try {
            return CompletableFuture.completedFuture(world.require(provider, id));
        } catch (ResourceNotFoundException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    CompletableFuture<Optional<VirtualInterface>> find(CreateVirtualInterfaceRequest request) {
        world.count(provider + ".find");
        return CompletableFuture.completedFuture(world.interfaces.values().stream()
                .filter(v -> v.provider().equals(provider) && request.idempotencyKey().equals(v.tags().get(KEY_TAG)))
                .findFirst());
    }

    /** A partner interface: ordered, provisioned by the partner's support. */
    CompletableFuture<VirtualInterface> orderAtPartner(CreateVirtualInterfaceRequest request) {
        world.count(provider + ".create");
        return CompletableFuture.completedFuture(store(request, VirtualInterfaceState.PENDING, "ORDERED",
                RequiredAction.WAIT_FOR_PROVIDER));
    }

    /** A cloud interface: on another account's line it waits for that account's acceptance. */
    CompletableFuture<VirtualInterface> orderAtCloud(CreateVirtualInterfaceRequest request) {
        world.count(provider + ".create");
        String owner = world.lines.get(request.connectionId());
        String claimed = request.ownerAccount() == null ? account : request.ownerAccount();
        if (owner == null || !owner.equals(claimed)) {
            return CompletableFuture.failedFuture(new ResourceNotFoundException("No line " + request.connectionId()
                    + " of account " + claimed, ErrorContext.of(provider).withErrorCode("NotFound"), null));
        }
        boolean shared = !owner.equals(account);
        return CompletableFuture.completedFuture(shared
                ? store(request, VirtualInterfaceState.PENDING_ACCEPTANCE, "CONFIRMING", RequiredAction.ACCEPT)
                : store(request, VirtualInterfaceState.PENDING, "CONFIGURING", RequiredAction.WAIT_FOR_PROVIDER));
    }

    /** The line's owner accepts: the cloud configures the interface next. */
    CompletableFuture<VirtualInterface> accept(String id) {
        world.count(provider + ".accept");
        VirtualInterface vif;
        try {
            vif = world.require(provider, id);
        } catch (ResourceNotFoundException e) {
            return CompletableFuture.failedFuture(e);
        }
        if (!account.equals(world.lines.get(vif.connectionId()))) {
            return CompletableFuture.failedFuture(new InvalidStateException("only the line's owner accepts",
                    ErrorContext.of(provider), null));
        }
        world.set(id, VirtualInterfaceState.PENDING, "CONFIGURING", RequiredAction.WAIT_FOR_PROVIDER);
        return CompletableFuture.completedFuture(world.interfaces.get(id));
    }

    CompletableFuture<Void> delete(String id) {
        world.count(provider + ".delete");
        try {
            world.require(provider, id);
        } catch (ResourceNotFoundException e) {
            return CompletableFuture.failedFuture(e);
        }
        world.set(id, VirtualInterfaceState.DELETING, "REMOVING", RequiredAction.WAIT_FOR_PROVIDER);
        return CompletableFuture.completedFuture(null);
    }

    /** Only the caller's own lines can be read. */
    CompletableFuture<Connection> line(String id) {
        world.count(provider + ".line");
        if (!account.equals(world.lines.get(id))) {
            return CompletableFuture.failedFuture(new ResourceNotFoundException("No line " + id,
                    ErrorContext.of(provider).withErrorCode("NotFound"), null));
        }
        return CompletableFuture.completedFuture(Connection.builder().provider(provider).id(id)
                .state(ConnectionState.ACTIVE).requiredAction(RequiredAction.NONE).providerState(ProviderState.of("UP"))
                .build());
    }

    /** The cloud's rules: its lines are {@code ln-} and four digits, its VLANs 1 to 3000, a gateway is required. */
    static List<Problem> cloudRules(CreateVirtualInterfaceRequest request) {
        return new Problems()
                .required("gatewayId", request.gatewayId())
                .check(request.connectionId() == null || request.connectionId().matches("ln-[0-9]{4}"), "connectionId",
                        "must be a line id: ln- and four digits")
                .check(request.vlan() == null || request.vlan() >= 1 && request.vlan() <= 3000, "vlan",
                        "must be 1 to 3000")
                .list();
    }

    /** The partner's rules: a speed is required. */
    static List<Problem> partnerRules(CreateVirtualInterfaceRequest request) {
        return new Problems().required("bandwidthMbps", request.bandwidthMbps()).list();
    }

    private VirtualInterface store(CreateVirtualInterfaceRequest request, VirtualInterfaceState state, String raw,
            RequiredAction action) {
        VirtualInterface created = VirtualInterface.builder().provider(provider).id(world.newId(provider)).name(request.name())
                .state(state).requiredAction(action).providerState(ProviderState.of(raw))
                .connectionId(request.connectionId()).ownerAccount(request.ownerAccount()).vlan(request.vlan())
                .gatewayId(request.gatewayId()).tags(Map.of(KEY_TAG, request.idempotencyKey())).build();
        world.interfaces.put(created.id(), created);
        return created;
    }
}
