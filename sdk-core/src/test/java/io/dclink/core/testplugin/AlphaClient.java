package io.dclink.core.testplugin;

import io.dclink.error.ErrorContext;
import io.dclink.error.Problem;
import io.dclink.error.ResourceNotFoundException;
import io.dclink.lifecycle.ConnectionState;
import io.dclink.lifecycle.RequiredAction;
import io.dclink.lifecycle.VirtualInterfaceState;
import io.dclink.model.AccessPoint;
import io.dclink.model.Connection;
import io.dclink.model.ConnectionQuery;
import io.dclink.model.CreateConnectionRequest;
import io.dclink.model.CreateVirtualInterfaceRequest;
import io.dclink.model.ProviderState;
import io.dclink.model.UpdateConnectionRequest;
import io.dclink.model.VirtualInterface;
import io.dclink.model.VirtualInterfaceQuery;
import io.dclink.spi.AccessPointDriver;
import io.dclink.spi.ConnectionDriver;
import io.dclink.spi.Page;
import io.dclink.spi.ProviderClient;
import io.dclink.spi.VirtualInterfaceDriver;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

final class AlphaClient implements ProviderClient {

    private static final AtomicInteger IDS = new AtomicInteger();

    private final AlphaStore store;
    private final String provider;

    AlphaClient(AlphaStore store, String provider) {
        this.store = store;
        this.provider = provider;
    }

    @Override
    public AccessPointDriver accessPoints() {
        return token -> CompletableFuture.completedFuture(Page.<AccessPoint>last(List.of()));
    }

    @Override
    public ConnectionDriver connections() {
        return new ConnectionDriver() {
            @Override
            public CompletableFuture<Page<Connection>> list(ConnectionQuery query, String pageToken) {
                store.count("connections.list");
                List<Connection> all = store.connections.values().stream()
                        .sorted(java.util.Comparator.comparing(Connection::id)).collect(Collectors.toList());
                int from = pageToken == null ? 0 : Integer.parseInt(pageToken);
                int to = Math.min(all.size(), from + store.pageSize);
                String next = store.repeatPageToken ? "1" : to < all.size() ? Integer.toString(to) : null;
                return CompletableFuture.completedFuture(new Page<>(new ArrayList<>(all.subList(from, to)), next));
            }

            @Override
            public CompletableFuture<Connection> get(String id) {
                store.count("connections.get");
                java.util.Deque<Object> script = store.scripts.get(id);
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
                        : CompletableFuture.failedFuture(new ResourceNotFoundException(
                                "No connection " + id, ErrorContext.of(provider).withErrorCode("NotFound"), null));
            }

            @Override
            public List<Problem> validate(CreateConnectionRequest request) {
                List<Problem> problems = new ArrayList<>();
                if (request.carrier() == null) {
                    problems.add(new Problem("carrier", "is required by alpha"));
                }
                if (request.bandwidthMbps() != null && request.bandwidthMbps() < 50) {
                    problems.add(new Problem("bandwidthMbps", "alpha sells 50 Mbit/s and more"));
                }
                return problems;
            }

            @Override
            public CompletableFuture<Connection> create(CreateConnectionRequest request) {
                store.count("connections.create");
                Connection created = Connection.builder().provider(provider).id("al-" + IDS.incrementAndGet())
                        .name(request.name()).state(ConnectionState.PENDING_APPROVAL)
                        .requiredAction(RequiredAction.WAIT_FOR_PROVIDER).providerState(ProviderState.of("NEW"))
                        .accessPointId(request.accessPointId()).carrier(request.carrier()).build();
                store.connections.put(created.id(), created);
                return CompletableFuture.completedFuture(created);
            }

            @Override
            public CompletableFuture<Connection> update(String id, UpdateConnectionRequest request) {
                store.count("connections.update");
                Connection updated = store.connections.get(id).toBuilder().name(request.name()).build();
                store.connections.put(id, updated);
                return CompletableFuture.completedFuture(updated);
            }

            @Override
            public CompletableFuture<Void> delete(String id) {
                store.count("connections.delete");
                store.connections.remove(id);
                return CompletableFuture.completedFuture(null);
            }
        };
    }

    @Override
    public VirtualInterfaceDriver virtualInterfaces() {
        return new VirtualInterfaceDriver() {
            @Override
            public CompletableFuture<Page<VirtualInterface>> list(VirtualInterfaceQuery query, String pageToken) {
                return CompletableFuture.completedFuture(Page.last(List.copyOf(store.virtualInterfaces.values())));
            }

            @Override
            public CompletableFuture<VirtualInterface> get(String id) {
                return CompletableFuture.completedFuture(store.virtualInterfaces.get(id));
            }

            @Override
            public CompletableFuture<VirtualInterface> create(CreateVirtualInterfaceRequest request) {
                store.count("virtualInterfaces.create");
                VirtualInterface created = VirtualInterface.builder().provider(provider).id("vif-" + IDS.incrementAndGet())
                        .state(VirtualInterfaceState.PENDING).requiredAction(RequiredAction.WAIT_FOR_PROVIDER)
                        .providerState(ProviderState.of("NEW")).connectionId(request.connectionId()).build();
                store.virtualInterfaces.put(created.id(), created);
                return CompletableFuture.completedFuture(created);
            }
        };
    }
}
