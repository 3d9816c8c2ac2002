package io.dclink.provider.jdcloud;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dclink.error.ProtocolException;
import io.dclink.kit.call.Calls;
import io.dclink.kit.json.Json;
import io.dclink.model.Route;
import io.dclink.model.RouteType;
import io.dclink.spi.ErrorCategory;
import io.dclink.spi.Page;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The rules of a VPC route table whose next hop is a border gateway ({@code nextHopType: bgw}): they
 * carry the VPC's traffic for an IDC segment to the line. The add answers no rule id, so the rule is
 * read back by its prefix and next hop; adding one that is there already changes nothing.
 */
final class VpcRules {

    private static final String BGW = "bgw";

    private final JdCloudApi api;
    private final Listing listing;

    VpcRules(JdCloudApi api, Listing listing) {
        this.api = api;
        this.listing = listing;
    }

    CompletableFuture<Page<Route>> list(Vpcs.Table table, String token) {
        return listing.page(Api.DESCRIBE_ROUTE_TABLE_RULES, table.id(), Query.empty().filter("nextHopTypes", List.of(BGW)),
                token, rule -> BGW.equals(rule.text("nextHopType")) ? NetworkMapping.vpcRule(rule, table.id(), table.vpcId())
                        : null, rule -> rule != null);
    }

    /**
     * Adds the rule unless the table has it; a repetition JD Cloud refuses as {@code ALREADY_EXISTS}
     * finds the rule the first made.
     *
     * @param table the route table
     * @param destination the IDC segment
     * @param bgwId the border gateway
     * @param description a description, or {@code null}
     * @return the rule
     */
    CompletableFuture<Route> add(Vpcs.Table table, String destination, String bgwId, String description) {
        ArrayNode specs = Json.array();
        ObjectNode spec = specs.addObject().put("nextHopType", BGW).put("nextHopId", bgwId).put("addressPrefix", destination);
        Connections.putIfPresent(spec, "description", description);
        return find(table, destination, bgwId).thenCompose(existing -> existing.isPresent()
                ? CompletableFuture.completedFuture(existing.get())
                : api.repeatableWrite(Api.ADD_ROUTE_TABLE_RULES, table.id(), specs).handle((answer, failure) -> {
                    if (failure != null && !Calls.hasCode(failure, "ALREADY_EXISTS")) {
                        throw Calls.rethrow(failure);
                    }
                    return table;
                }).thenCompose(done -> find(table, destination, bgwId)).thenApply(found -> found.orElseThrow(() ->
                        new ProtocolException(ErrorCategory.PROTOCOL.remedy() + ": route table " + table.id()
                                + " does not list the rule to " + destination + " it added", api.errors(), null))));
    }

    /** The table's static rule for a prefix through a gateway, if any (filters addressPrefix and nextHopId). */
    private CompletableFuture<Optional<Route>> find(Vpcs.Table table, String destination, String bgwId) {
        Query filters = Query.empty().filter("addressPrefix", List.of(destination)).filter("nextHopId", List.of(bgwId));
        return listing.all(Api.DESCRIBE_ROUTE_TABLE_RULES, table.id(), filters, rule -> rule, "rules of " + table.id())
                .thenApply(rules -> rules.stream()
                        .filter(rule -> BGW.equals(rule.text("nextHopType")) && bgwId.equals(rule.text("nextHopId"))
                                && destination.equals(rule.text("addressPrefix")))
                        .map(rule -> NetworkMapping.vpcRule(rule, table.id(), table.vpcId()))
                        .filter(route -> route.routeType() == RouteType.STATIC).findFirst());
    }

    /** Removes a rule; one already gone is done. */
    CompletableFuture<Void> delete(String tableId, String ruleId) {
        return api.delete(Api.REMOVE_ROUTE_TABLE_RULES, tableId, Query.empty(), Json.array().add(ruleId));
    }
}
