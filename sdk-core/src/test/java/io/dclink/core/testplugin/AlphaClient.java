package io.dclink.core.testplugin;

import io.dclink.error.ErrorContext;
import io.dclink.error.Problem;
import io.dclink.error.ResourceNotFoundException;
import io.dclink.kit.validation.Problems;
import io.dclink.lifecycle.ConnectionState;
import io.dclink.lifecycle.RequiredAction;
import io.dclink.lifecycle.RouteState;
import io.dclink.lifecycle.VirtualInterfaceState;
import io.dclink.model.Connection;
import io.dclink.model.ConnectionQuery;
import io.dclink.model.CreateConnectionRequest;
import io.dclink.model.CreateRouteRequest;
import io.dclink.model.CreateVirtualInterfaceRequest;
import io.dclink.model.ProviderState;
import io.dclink.model.Quote;
import io.dclink.model.Route;
import io.dclink.model.UpdateConnectionRequest;
import io.dclink.model.UpdateVirtualInterfaceRequest;
import io.dclink.model.VirtualInterface;
import io.dclink.model.VirtualInterfaceBuilder;
import io.dclink.model.VirtualInterfaceQuery;
import io.dclink.spi.Change;
import io.dclink.spi.Page;
import io.dclink.spi.PageRequest;
import io.dclink.spi.ProviderContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The in-memory client of the alpha family of test plugins: one handler per operation, each
 * counting its calls in the {@link AlphaStore} named by the client's {@code store} property. Which
 * handlers a plugin binds is up to its operation table.
 */
final class AlphaClient {

    /** The tag a created resource keeps its idempotency key in. */
    static final String KEY_TAG = "idempotency-key";

    private static final AtomicInteger IDS = new AtomicInteger();

    private final AlphaStore store;
    private final String provider;

    AlphaClient(AlphaStore store, String provider) {
        this.store = store;
        this.provider = provider;
    }

    /** The client factory of a plugin with this id. */
    static Function<ProviderContext, AlphaClient> factory(String provider) {
        return context -> {
            AlphaStore store = AlphaStore.get(context.properties().get("store"));
            store.lastContext = context;
            return new AlphaClient(store, provider);
        };
    }

    // connections

    CompletableFuture<Page<Connection>> listConnections(PageRequest<ConnectionQuery> request) {
        store.count("connections.list");
        if (store.listing != null) {
            return CompletableFuture.completedFuture(store.listing.apply(request.pageToken()));
        }
        List<Connection> all = store.connections.values().stream()
                .sorted(Comparator.comparing(Connection::id)).collect(Collectors.toList());
        int from = request.pageToken() == null ? 0 : Integer.parseInt(request.pageToken());
        int to = Math.min(all.size(), from + store.pageSize);
        String next = store.repeatPageToken ? "1" : to < all.size() ? Integer.toString(to) : null;
        return CompletableFuture.completedFuture(new Page<>(new ArrayList<>(all.subList(from, to)), next));
    }

    CompletableFuture<Connection> getConnection(String id) {
        store.count("connections.get");
        Deque<Object> script = store.scripts.get(id);
        if (script != null) {
            Object step = script.size() > 1 ? script.poll() : script.peek();
            if (step instanceof RuntimeException failure) {
                return CompletableFuture.failedFuture(failure);
            }
            if (step == AlphaStore.GONE) {
                store.connections.remove(id);
            } else {
                store.connections.put(id, (Connection) step);
            }
        }
        Connection found = store.connections.get(id);
        return found != null ? CompletableFuture.completedFuture(found)
                : CompletableFuture.failedFuture(notFound("connection", id));
    }

    /** Alpha's own rules for a new connection (its descriptor declares no provider options). */
    static List<Problem> validateCreate(CreateConnectionRequest request) {
        return new Problems()
                .check(request.carrier() != null, "carrier", "is required by alpha")
                .check(request.bandwidthMbps() == null || request.bandwidthMbps() >= 50, "bandwidthMbps",
                        "alpha sells 50 Mbit/s and more")
                .list();
    }

    CompletableFuture<Connection> createConnection(CreateConnectionRequest request) {
        store.count("connections.create");
        Connection created = Connection.builder().provider(provider).id("al-" + IDS.incrementAndGet())
                .name(request.name()).state(ConnectionState.PENDING_APPROVAL)
                .requiredAction(RequiredAction.WAIT_FOR_PROVIDER).providerState(ProviderState.of("NEW"))
                .accessPointId(request.accessPointId()).carrier(request.carrier())
                .tags(Map.of(KEY_TAG, request.idempotencyKey())).build();
        store.connections.put(created.id(), created);
        return CompletableFuture.completedFuture(created);
    }

    CompletableFuture<Optional<Connection>> findConnection(CreateConnectionRequest request) {
        store.count("connections.find");
        return CompletableFuture.completedFuture(store.connections.values().stream()
                .filter(c -> request.idempotencyKey().equals(c.tags().get(KEY_TAG))).findFirst());
    }

    CompletableFuture<Connection> updateConnection(Change<UpdateConnectionRequest> change) {
        store.count("connections.update");
        Connection updated = store.connections.get(change.id()).toBuilder().name(change.request().name()).build();
        store.connections.put(change.id(), updated);
        return CompletableFuture.completedFuture(updated);
    }

    /** Resubmits a rejected application: it goes back to review with the changes. */
    CompletableFuture<Connection> resubmitConnection(Change<UpdateConnectionRequest> change) {
        store.count("connections.resubmit");
        Connection resubmitted = store.connections.get(change.id()).toBuilder().name(change.request().name())
                .state(ConnectionState.PENDING_APPROVAL).requiredAction(RequiredAction.WAIT_FOR_PROVIDER)
                .providerState(ProviderState.of("RESUBMITTED")).build();
        store.connections.put(change.id(), resubmitted);
        return CompletableFuture.completedFuture(resubmitted);
    }

    CompletableFuture<Void> deleteConnection(String id) {
        store.count("connections.delete");
        if (store.deleteFailure != null) {
            return CompletableFuture.failedFuture(store.deleteFailure);
        }
        store.connections.remove(id);
        return CompletableFuture.completedFuture(null);
    }

    CompletableFuture<Connection> confirmConnection(String id) {
        store.count("connections.confirm");
        Connection confirmed = store.connections.get(id).toBuilder().state(ConnectionState.ACTIVE)
                .requiredAction(RequiredAction.NONE).providerState(ProviderState.of("CONFIRMED")).build();
        store.connections.put(id, confirmed);
        return CompletableFuture.completedFuture(confirmed);
    }

    // virtual interfaces

    CompletableFuture<Page<VirtualInterface>> listVirtualInterfaces(PageRequest<VirtualInterfaceQuery> request) {
        store.count("virtualInterfaces.list");
        return CompletableFuture.completedFuture(Page.last(List.copyOf(store.virtualInterfaces.values())));
    }

    CompletableFuture<VirtualInterface> getVirtualInterface(String id) {
        store.count("virtualInterfaces.get");
        VirtualInterface found = store.virtualInterfaces.get(id);
        return found != null ? CompletableFuture.completedFuture(found)
                : CompletableFuture.failedFuture(notFound("virtual interface", id));
    }

    CompletableFuture<VirtualInterface> createVirtualInterface(CreateVirtualInterfaceRequest request) {
        store.count("virtualInterfaces.create");
        VirtualInterface created = VirtualInterface.builder().provider(provider).id("vif-" + IDS.incrementAndGet())
                .state(VirtualInterfaceState.PENDING).requiredAction(RequiredAction.WAIT_FOR_PROVIDER)
                .providerState(ProviderState.of("NEW")).connectionId(request.connectionId())
                .tags(Map.of(KEY_TAG, request.idempotencyKey())).build();
        store.virtualInterfaces.put(created.id(), created);
        return CompletableFuture.completedFuture(created);
    }

    /** Alpha prices every interface at 42 USD a month, except on VLAN 999, which it does not price. */
    CompletableFuture<Quote> quoteVirtualInterface(CreateVirtualInterfaceRequest request) {
        store.count("virtualInterfaces.quote");
        return CompletableFuture.completedFuture(Integer.valueOf(999).equals(request.vlan()) ? Quote.noPrice(provider)
                : new Quote(provider, "USD", List.of(new Quote.Item("CONNECTION", new BigDecimal("42.00"), null))));
    }

    /** Alpha takes VLANs up to 4000 only. */
    static List<Problem> validateInterface(CreateVirtualInterfaceRequest request) {
        return new Problems().check(request.vlan() == null || request.vlan() <= 4000, "vlan", "alpha takes 1-4000")
                .check(request.name() != null && !request.name().isBlank() && request.name().length() <= 40, "name",
                        "alpha takes names of 1-40 characters").list();
    }

    CompletableFuture<Optional<VirtualInterface>> findVirtualInterface(CreateVirtualInterfaceRequest request) {
        store.count("virtualInterfaces.find");
        return CompletableFuture.completedFuture(store.virtualInterfaces.values().stream()
                .filter(v -> request.idempotencyKey().equals(v.tags().get(KEY_TAG))).findFirst());
    }

    /** The plugin's own rule for a changed virtual interface, beyond the shared ones. */
    static List<Problem> validateUpdate(Change<UpdateVirtualInterfaceRequest> change) {
        Integer bandwidth = change.request().bandwidthMbps();
        return new Problems().check(bandwidth == null || bandwidth <= 10_000, "bandwidthMbps",
                "this provider sells at most 10000 Mbit/s per virtual interface").list();
    }

    CompletableFuture<VirtualInterface> updateVirtualInterface(Change<UpdateVirtualInterfaceRequest> change) {
        store.count("virtualInterfaces.update");
        return replaceVirtualInterface(change.id(), v -> v.bandwidthMbps(change.request().bandwidthMbps()));
    }

    CompletableFuture<VirtualInterface> acceptVirtualInterface(String id) {
        store.count("virtualInterfaces.accept");
        return replaceVirtualInterface(id, v -> v.state(VirtualInterfaceState.ACTIVE).requiredAction(RequiredAction.NONE)
                .providerState(ProviderState.of("ACCEPTED")));
    }

    CompletableFuture<VirtualInterface> terminateVirtualInterface(String id) {
        store.count("virtualInterfaces.terminate");
        return replaceVirtualInterface(id, v -> v.state(VirtualInterfaceState.SUSPENDED)
                .requiredAction(RequiredAction.NONE).providerState(ProviderState.of("TERMINATED")));
    }

    // routes

    /** Adds a route; adding one whose destination is already routed returns that route and changes nothing. */
    CompletableFuture<Route> addRoute(CreateRouteRequest request) {
        store.count("routes.create");
        Route route = store.routes.computeIfAbsent(request.destination(), destination -> Route.builder()
                .provider(provider).id("rt-" + IDS.incrementAndGet()).state(RouteState.ACTIVE)
                .requiredAction(RequiredAction.NONE).providerState(ProviderState.of("ACTIVE"))
                .virtualInterfaceId(request.virtualInterfaceId()).gatewayId(request.gatewayId())
                .destination(destination).nextHop(request.nextHop()).build());
        return CompletableFuture.completedFuture(route);
    }

    private CompletableFuture<VirtualInterface> replaceVirtualInterface(String id,
            Function<VirtualInterfaceBuilder, VirtualInterfaceBuilder> change) {
        VirtualInterface current = store.virtualInterfaces.get(id);
        if (current == null) {
            return CompletableFuture.failedFuture(notFound("virtual interface", id));
        }
        VirtualInterface changed = change.apply(current.toBuilder()).build();
        store.virtualInterfaces.put(id, changed);
        return CompletableFuture.completedFuture(changed);
    }

    private ResourceNotFoundException notFound(String what, String id) {
        return new ResourceNotFoundException("No " + what + " " + id, ErrorContext.of(provider).withErrorCode("NotFound"),
                null);
    }
}
