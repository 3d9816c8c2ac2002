package io.dclink.provider.jdcloud;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dclink.kit.json.Json;
import io.dclink.kit.json.JsonRecord;
import io.dclink.model.CreateVirtualInterfaceRequest;
import io.dclink.model.UpdateVirtualInterfaceRequest;
import io.dclink.model.VirtualInterface;
import io.dclink.model.VirtualInterfaceQuery;
import io.dclink.spi.Page;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Private virtual interfaces (专线通道): a VLAN on an {@code Active} line to a border gateway of the
 * same region, with BGP. A new VIF is {@code Pending} until the customer's router brings the BGP
 * session up.
 */
final class PrivateVifs {

    private final JdCloudApi api;
    private final Listing listing;

    PrivateVifs(JdCloudApi api, Listing listing) {
        this.api = api;
        this.listing = listing;
    }

    /** UNVERIFIED: the filter names privateVifIds, connectionIds and bgwIds; the records are also matched here. */
    CompletableFuture<Page<VirtualInterface>> list(VirtualInterfaceQuery query, String token) {
        Query filters = Query.empty().filter("privateVifIds", query.ids())
                .filter("connectionIds", query.connectionId() == null ? List.of() : List.of(query.connectionId()))
                .filter("bgwIds", query.gatewayId() == null ? List.of() : List.of(query.gatewayId()));
        return listing.page(Api.DESCRIBE_PRIVATE_VIFS, null, filters, token, VifMapping::vif,
                vif -> (query.ids().isEmpty() || query.ids().contains(vif.id()))
                        && (query.connectionId() == null || query.connectionId().equals(vif.connectionId()))
                        && (query.gatewayId() == null || query.gatewayId().equals(vif.gatewayId())));
    }

    CompletableFuture<VirtualInterface> get(String id) {
        return record(id).thenApply(VifMapping::vif);
    }

    CompletableFuture<JsonRecord> record(String id) {
        return api.read(Api.DESCRIBE_PRIVATE_VIF, id, Query.empty())
                .thenApply(answer -> answer.one(Api.DESCRIBE_PRIVATE_VIF.resultField(), "privateVifId", id));
    }

    CompletableFuture<VirtualInterface> create(CreateVirtualInterfaceRequest request) {
        ObjectNode spec = Json.object().put("privateVifName", request.name()).put("connectionId", request.connectionId())
                .put("bgwId", request.gatewayId()).put("vlan", request.vlan())
                .put("description", IdempotencyMark.mark(request.description(), request.idempotencyKey()))
                .put("enableBgp", true);
        Connections.putIfPresent(spec, "privateVifOwner", request.ownerAccount());
        spec.putArray("peerIps").addObject().put("customerIp", request.customerAddress())
                .put("jdCloudIp", request.providerAddress());
        spec.putObject("bgpSpec").put("addressFamily", "ipv4").put("customerAsn", request.bgp().customerAsn());
        return api.write(Api.CREATE_PRIVATE_VIF, null, spec)
                .thenCompose(answer -> get(answer.createdId("privateVifId")));
    }

    /** The VIF a create with this idempotency key made: on its line, with its VLAN and its description's mark. */
    CompletableFuture<Optional<VirtualInterface>> findCreated(CreateVirtualInterfaceRequest request) {
        Query onLine = Query.empty().filter("connectionIds", List.of(request.connectionId()));
        return listing.all(Api.DESCRIBE_PRIVATE_VIFS, null, onLine, vif -> vif, "private VIFs of " + request.connectionId())
                .thenApply(vifs -> vifs.stream()
                        .filter(vif -> request.connectionId().equals(vif.text("connectionId")))
                        .filter(vif -> Objects.equals(request.vlan(), vif.integer("vlan")))
                        .filter(vif -> IdempotencyMark.carries(vif.text("description"), request.idempotencyKey()))
                        .findFirst().map(VifMapping::vif));
    }

    /** ModifyPrivateVirtualInterfaceSpec: the name and the description, which keeps the VIF's idempotency mark. */
    CompletableFuture<VirtualInterface> update(String id, UpdateVirtualInterfaceRequest request) {
        return record(id).thenCompose(vif -> {
            ObjectNode spec = Json.object();
            Connections.putIfPresent(spec, "privateVifName", request.name());
            if (request.description() != null) {
                spec.put("description", IdempotencyMark.keep(vif.text("description"), request.description()));
            }
            return api.repeatableWrite(Api.MODIFY_PRIVATE_VIF, id, spec);
        }).thenCompose(answer -> get(id));
    }

    CompletableFuture<Void> delete(String id) {
        return api.delete(Api.DELETE_PRIVATE_VIF, id, Query.empty(), null);
    }
}
