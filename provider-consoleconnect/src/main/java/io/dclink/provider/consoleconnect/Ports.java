package io.dclink.provider.consoleconnect;

import io.dclink.error.ErrorContext;
import io.dclink.kit.json.Json;
import io.dclink.kit.json.JsonRecord;
import io.dclink.model.Connection;
import io.dclink.model.ConnectionQuery;
import io.dclink.model.UpdateConnectionRequest;
import io.dclink.spi.Page;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

/**
 * Ports, the neutral connections: the company's ports without the deleted ones
 * ({@code ports?deleted=false}, one answer: Console Connect does not page them), one port, a rename.
 * Ports are ordered by Console Connect's administrators, not through this plugin. Other companies'
 * ports are read for the headroom of a destination ("publicly readable", reference §2.1; UNVERIFIED
 * that their {@code capacity} is shown to others).
 */
final class Ports {

    private static final Map<String, String> LIVE = Map.of("deleted", "false");

    private final ConsoleConnectApi api;
    private final CompanyName company;

    Ports(ConsoleConnectApi api, CompanyName company) {
        this.api = api;
        this.company = company;
    }

    CompletableFuture<Page<Connection>> list(ConnectionQuery query) {
        return company.get().thenCompose(this::ofCompany)
                .thenApply(ports -> Page.last(ports.stream().map(PortMapping::connection).filter(matching(query)).toList()));
    }

    CompletableFuture<Connection> get(String id) {
        return record(id).thenApply(PortMapping::connection);
    }

    /** One of the company's ports, as Console Connect answers it. */
    CompletableFuture<JsonRecord> record(String id) {
        if (!Answers.isObjectId(id)) {
            return CompletableFuture.failedFuture(Answers.notFound("port", id, api.errors()));
        }
        return company.get().thenCompose(name -> api.read(Api.GET_PORT, name, id, Map.of()))
                .thenApply(answer -> Answers.one(answer, id, "port"));
    }

    /** A company's ports that are not deleted. */
    CompletableFuture<List<JsonRecord>> ofCompany(String username) {
        return api.read(Api.LIST_PORTS, username, null, LIVE).thenApply(Answers::results);
    }

    /** {@code POST} with the name: the only change the plugin makes to a port. */
    CompletableFuture<Connection> rename(String id, UpdateConnectionRequest request) {
        if (!Answers.isObjectId(id)) {
            return CompletableFuture.failedFuture(Answers.notFound("port", id, api.errors()));
        }
        return company.get()
                .thenCompose(name -> api.repeatableWrite(Api.RENAME_PORT, name, id, Json.object().put("name", request.name())))
                .thenApply(answer -> PortMapping.connection(Answers.one(answer, id, "port")));
    }

    /** The provider's error context, for errors the plugin raises itself. */
    ErrorContext errors() {
        return api.errors();
    }

    private static Predicate<Connection> matching(ConnectionQuery query) {
        if (query == null) {
            return port -> true;
        }
        return port -> (query.ids().isEmpty() || query.ids().contains(port.id()))
                && (query.names().isEmpty() || query.names().contains(port.name()))
                && (query.states().isEmpty() || query.states().contains(port.state()))
                && (query.accessPointId() == null || query.accessPointId().equals(port.accessPointId()));
    }
}
