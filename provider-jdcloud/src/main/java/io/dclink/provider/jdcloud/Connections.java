package io.dclink.provider.jdcloud;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dclink.error.InvalidStateException;
import io.dclink.error.ResourceNotFoundException;
import io.dclink.kit.call.Calls;
import io.dclink.kit.call.Lookups;
import io.dclink.kit.json.Json;
import io.dclink.kit.json.JsonRecord;
import io.dclink.lifecycle.ConnectionState;
import io.dclink.model.Connection;
import io.dclink.model.ConnectionQuery;
import io.dclink.model.CreateConnectionRequest;
import io.dclink.model.UpdateConnectionRequest;
import io.dclink.spi.Page;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Physical connections. Reads go through the one verified operation, {@code describeConnections}
 * (a single read filters it by id); creates, modifies, confirmations and deletes through inferred
 * paths. A line is deleted only when no private VIF uses it: the plugin refuses the delete itself,
 * without sending it, while the line lists VIFs.
 */
final class Connections {

    private final JdCloudApi api;
    private final Listing listing;

    Connections(JdCloudApi api, Listing listing) {
        this.api = api;
        this.listing = listing;
    }

    /** The {@code status} filter takes one value: it is sent only when the states asked for have one raw value. */
    CompletableFuture<Page<Connection>> list(ConnectionQuery query, String token) {
        Query filters = Query.empty().filter("connectionIds", query.ids()).filter("connectionNames", query.names());
        List<String> statuses = query.states().stream().flatMap(state -> JdCloudStates.CONNECTION.rawValues(state).stream())
                .distinct().toList();
        if (statuses.size() == 1 && !query.states().contains(ConnectionState.UNKNOWN)) {
            filters = filters.filter("status", statuses);
        }
        return listing.page(Api.DESCRIBE_CONNECTIONS, null, filters, token, LineMapping::connection,
                line -> (query.states().isEmpty() || query.states().contains(line.state()))
                        && (query.accessPointId() == null || query.accessPointId().equals(line.accessPointId())));
    }

    CompletableFuture<Connection> get(String id) {
        return record(id).thenApply(LineMapping::connection);
    }

    /** The line's record, read by the verified listing filtered by its id; it must be that line. */
    private CompletableFuture<JsonRecord> record(String id) {
        return api.read(Api.DESCRIBE_CONNECTIONS, null, Query.empty().filter("connectionIds", List.of(id)))
                .thenApply(answer -> Lookups.exactlyOne(answer.records("connections"), "connectionId", id, "connection",
                        answer.requestId(), api.errors()));
    }

    CompletableFuture<Connection> create(CreateConnectionRequest request) {
        String type = ConnectionRules.type(request);
        Map<String, String> options = request.providerOptions();
        ObjectNode spec = Json.object().put("connectionName", request.name()).put("type", type)
                .put("description", IdempotencyMark.mark(request.description(), request.idempotencyKey()));
        putIfPresent(spec, "idcAddress", request.customerAddress());
        if (request.contact() != null) {
            putIfPresent(spec, "contactName", request.contact().name());
            putIfPresent(spec, "phoneNumber", request.contact().phone());
        }
        if (type.equals(ConnectionRules.PARTNER)) {
            spec.put("partnerCode", request.accessPointId());
            if (options.containsKey(ConnectionRules.CHARGE_DURATION_OPTION)) {
                spec.put("chargeDuration", Integer.parseInt(options.get(ConnectionRules.CHARGE_DURATION_OPTION)));
            }
        } else {
            ObjectNode location = spec.putObject("location").put("locationPortSpecCode", request.portType());
            if (type.equals(ConnectionRules.SELF_SERVICE)) {
                location.put("locationCode", request.accessPointId()).put("locationISPCode", request.carrier());
            }
        }
        if (options.containsKey(ConnectionRules.AUTO_PAY_OPTION)) {
            spec.put("autoPay", Boolean.parseBoolean(options.get(ConnectionRules.AUTO_PAY_OPTION)));
        }
        return api.write(Api.CREATE_CONNECTION, null, spec)
                .thenCompose(answer -> get(answer.createdId("connectionId")));
    }

    /** The line a create with this idempotency key made: every line of that name is read, and its description's mark tells. */
    CompletableFuture<Optional<Connection>> findCreated(CreateConnectionRequest request) {
        Query named = Query.empty().filter("connectionNames", List.of(request.name()));
        return listing.all(Api.DESCRIBE_CONNECTIONS, null, named, line -> line, "connections named " + request.name())
                .thenApply(lines -> lines.stream()
                        .filter(line -> request.name().equals(line.text("connectionName")))
                        .filter(line -> IdempotencyMark.carries(line.text("description"), request.idempotencyKey()))
                        .findFirst().map(LineMapping::connection));
    }

    /** ModifyConnectionSpec: the name and the description, which keeps the line's idempotency mark. */
    CompletableFuture<Connection> update(String id, UpdateConnectionRequest request) {
        CompletableFuture<String> stored = request.description() == null ? CompletableFuture.completedFuture(null)
                : record(id).thenApply(line -> line.text("description"));
        return stored.thenCompose(description -> {
            ObjectNode spec = Json.object();
            putIfPresent(spec, "connectionName", request.name());
            if (request.description() != null) {
                spec.put("description", IdempotencyMark.keep(description, request.description()));
            }
            return api.repeatableWrite(Api.MODIFY_CONNECTION, id, spec);
        }).thenCompose(answer -> get(id));
    }

    /**
     * Confirms a built line, buying a month of port rental (ConfirmConnectionSpec's documented
     * defaults, sent explicitly). A confirmation repeated after a lost answer finds the line active.
     */
    CompletableFuture<Connection> confirm(String id) {
        ObjectNode spec = Json.object().put("chargeTimeUnit", "MONTH").put("chargeTimeSpan", 1);
        return api.repeatableWrite(Api.CONFIRM_CONNECTION, id, spec).<CompletableFuture<Connection>>handle((answer, failure) -> {
            if (failure == null) {
                return get(id);
            }
            if (!Calls.is(failure, InvalidStateException.class)) {
                throw Calls.rethrow(failure);
            }
            return get(id).thenApply(line -> {
                if (line.state() != ConnectionState.ACTIVE) {
                    throw Calls.rethrow(failure);
                }
                return line;
            });
        }).thenCompose(next -> next);
    }

    /** Refused here, with nothing sent, while the line has private VIFs (those being deleted included). */
    CompletableFuture<Void> delete(String id) {
        return record(id).thenCompose(line -> {
            List<String> vifs = line.texts("vifIds");
            if (!vifs.isEmpty()) {
                throw new InvalidStateException("Delete the private virtual interfaces " + vifs + " of connection " + id
                        + " first, and wait until they are gone: JD Cloud deletes only a physical connection that has not "
                        + "been used to create a private virtual interface. The delete was not sent.", api.errors(), null);
            }
            return api.delete(Api.DELETE_CONNECTION, id, Query.empty(), null);
        }).exceptionally(failure -> {
            if (Calls.is(failure, ResourceNotFoundException.class)) {
                return null;
            }
            throw Calls.rethrow(failure);
        });
    }

    static void putIfPresent(ObjectNode spec, String field, String value) {
        if (value != null) {
            spec.put(field, value);
        }
    }
}
