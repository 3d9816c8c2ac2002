package io.dclink.provider.consoleconnect;

import io.dclink.error.InvalidRequestException;
import io.dclink.error.InvalidStateException;
import io.dclink.kit.call.Calls;
import io.dclink.kit.json.Json;
import io.dclink.kit.json.JsonRecord;
import io.dclink.model.CreateVirtualInterfaceRequest;
import io.dclink.model.UpdateVirtualInterfaceRequest;
import io.dclink.model.VirtualInterface;
import io.dclink.model.VirtualInterfaceQuery;
import io.dclink.spi.Page;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

/**
 * Layer 2 connections, the neutral virtual interfaces: listed (the company's, one answer, deleted ones
 * included with {@code deleted: true}; the {@code GROUP_LAYER2} parents of Azure pairs are left out,
 * their two {@code LAYER2} children are listed), read, created with {@code PUT}, renamed with
 * {@code POST}, deleted. Creates are not idempotent and take no token or tag, so a create is found
 * again by what it ordered: its name, source port, destination company and speed.
 */
final class Layer2Connections {

    private static final String GROUP = "GROUP_LAYER2";
    private static final Comparator<VirtualInterface> NEWEST = Comparator.comparing(VirtualInterface::createdAt,
            Comparator.nullsFirst(Comparator.<Instant>naturalOrder()));

    private final ConsoleConnectApi api;
    private final CompanyName company;
    private final Layer2Orders orders;

    Layer2Connections(ConsoleConnectApi api, CompanyName company, Layer2Orders orders) {
        this.api = api;
        this.company = company;
        this.orders = orders;
    }

    CompletableFuture<Page<VirtualInterface>> list(VirtualInterfaceQuery query) {
        return records().thenApply(records -> Page.last(records.stream().map(Layer2Mapping::virtualInterface)
                .filter(matching(query)).toList()));
    }

    CompletableFuture<VirtualInterface> get(String id) {
        if (!Answers.isObjectId(id)) {
            return CompletableFuture.failedFuture(Answers.notFound("Layer 2 connection", id, api.errors()));
        }
        return company.get().thenCompose(name -> api.read(Api.GET_CONNECTION, name, id, Map.of()))
                .thenApply(answer -> Layer2Mapping.virtualInterface(Answers.one(answer, id, "Layer 2 connection")));
    }

    /** Orders the connection once its destination and headroom are checked; the answer is the new connection. */
    CompletableFuture<VirtualInterface> create(CreateVirtualInterfaceRequest request) {
        return orders.body(request)
                .thenCompose(body -> company.get().thenCompose(name -> api.create(Api.CREATE_LAYER2, name, body)))
                .thenApply(answer -> ordered(Layer2Mapping.virtualInterface(answer), request));
    }

    /**
     * The connection an earlier create of this request ordered: not deleted, created by this company
     * from the same port, with the same name, destination company and speed; the newest if several.
     */
    CompletableFuture<Optional<VirtualInterface>> findCreated(CreateVirtualInterfaceRequest request) {
        return records().thenApply(records -> records.stream().filter(orderedBy(request))
                .map(Layer2Mapping::virtualInterface)
                .max(NEWEST)
                .map(found -> ordered(found, request)));
    }

    /** {@code POST} with the name, the one field Console Connect updates. */
    CompletableFuture<VirtualInterface> rename(String id, UpdateVirtualInterfaceRequest request) {
        if (!Answers.isObjectId(id)) {
            return CompletableFuture.failedFuture(Answers.notFound("Layer 2 connection", id, api.errors()));
        }
        return company.get()
                .thenCompose(name -> api.repeatableWrite(Api.RENAME_CONNECTION, name, id,
                        Json.object().put("name", request.name())))
                .thenApply(answer -> Layer2Mapping.virtualInterface(Answers.one(answer, id, "Layer 2 connection")));
    }

    /**
     * {@code DELETE}. A refusal (400) of a delete is about the connection's status — its id was
     * checked by the read before — so it is a state refusal, which the runtime checks against a fresh
     * read (a repeated delete finds the first one already under way). UNVERIFIED: the status of that
     * refusal.
     */
    CompletableFuture<Void> delete(String id) {
        if (!Answers.isObjectId(id)) {
            return CompletableFuture.completedFuture(null);
        }
        return company.get().thenCompose(name -> api.delete(Api.DELETE_CONNECTION, name, id)).exceptionally(failure -> {
            if (Calls.is(failure, InvalidRequestException.class)) {
                InvalidRequestException refused = (InvalidRequestException) Failures.cause(failure);
                throw new InvalidStateException("Console Connect refused to delete Layer 2 connection " + id + " in its "
                        + "current status: read its state and required action. " + refused.getMessage(), refused.context(),
                        refused);
            }
            throw Failures.rethrown(failure);
        });
    }

    /** UNVERIFIED whether {@code deleted=false} filters connections as it does ports: not sent, nothing relies on it. */
    private CompletableFuture<List<JsonRecord>> records() {
        return company.get().thenCompose(name -> api.read(Api.LIST_CONNECTIONS, name, null, Map.of()))
                .thenApply(answer -> Answers.results(answer).stream().filter(c -> !GROUP.equals(c.text("type"))).toList());
    }

    /** What the create's answer (documented only up to a few fields) does not say, taken from the request. */
    private static VirtualInterface ordered(VirtualInterface answered, CreateVirtualInterfaceRequest request) {
        return answered.toBuilder()
                .connectionId(Objects.requireNonNullElse(answered.connectionId(), request.connectionId()))
                .ownerAccount(Objects.requireNonNullElse(answered.ownerAccount(), request.ownerAccount()))
                .vlan(answered.vlan() != null ? answered.vlan() : request.vlan())
                .build();
    }

    private static Predicate<JsonRecord> orderedBy(CreateVirtualInterfaceRequest request) {
        return c -> request.name().equals(c.text("name"))
                && request.connectionId().equals(c.text("srcPortId"))
                && !Boolean.FALSE.equals(c.bool("isCreator"))
                && request.ownerAccount().equals(c.record("destCompany").text("username"))
                && Objects.equals(request.bandwidthMbps(), c.record("speed").integer("value"))
                && !Boolean.TRUE.equals(c.bool("deleted")) && !"DELETED".equals(c.text("status"));
    }

    /** A listing by port finds the connections at either end of it; Console Connect has no gateways to list by. */
    private static Predicate<VirtualInterface> matching(VirtualInterfaceQuery query) {
        if (query == null) {
            return vif -> true;
        }
        return vif -> (query.ids().isEmpty() || query.ids().contains(vif.id()))
                && (query.connectionId() == null || query.connectionId().equals(vif.attributes().get("srcPortId"))
                        || query.connectionId().equals(vif.attributes().get("destPortId")))
                && query.gatewayId() == null;
    }
}
