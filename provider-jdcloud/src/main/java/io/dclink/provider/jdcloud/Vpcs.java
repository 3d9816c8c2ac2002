package io.dclink.provider.jdcloud;

import io.dclink.error.InvalidRequestException;
import io.dclink.kit.json.JsonRecord;
import io.dclink.kit.validation.Cidr;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * What the plugin reads of the {@code vpc} service: a VPC's CIDR (the IDC's segments must not
 * overlap it) and the route table its rules to a border gateway go in.
 */
final class Vpcs {

    /** A route table and the VPC it belongs to. */
    record Table(String id, String vpcId) {
    }

    private final JdCloudApi api;
    private final Listing listing;

    Vpcs(JdCloudApi api, Listing listing) {
        this.api = api;
        this.listing = listing;
    }

    /** The VPC's CIDR ({@code result.vpc.addressPrefix}); UNVERIFIED: secondary CIDRs, if any, are not read. */
    CompletableFuture<String> cidr(String vpcId) {
        return api.read(Api.DESCRIBE_VPC, vpcId, Query.empty()).thenApply(answer -> {
            JsonRecord vpc = answer.one(Api.DESCRIBE_VPC.resultField(), "vpcId", vpcId);
            String cidr = vpc.requiredText("addressPrefix");
            if (Cidr.parse(cidr).isEmpty()) {
                throw vpc.error("the field addressPrefix is not a CIDR");
            }
            return cidr;
        });
    }

    /**
     * The route table a rule goes in: the one named, or the VPC's only one. A VPC with several
     * tables (subnets associated with different ones) is refused: name the table instead.
     *
     * @param id a route table's id ({@code rtb-…}) or a VPC's ({@code vpc-…})
     * @return the table
     */
    CompletableFuture<Table> table(String id) {
        if (id.startsWith(NextHops.ROUTE_TABLE_PREFIX)) {
            return api.read(Api.DESCRIBE_ROUTE_TABLE, id, Query.empty()).thenApply(answer -> {
                JsonRecord table = answer.one(Api.DESCRIBE_ROUTE_TABLE.resultField(), "routeTableId", id);
                return new Table(id, table.requiredText("vpcId"));
            });
        }
        return listing.all(Api.DESCRIBE_ROUTE_TABLES, null, Query.empty().filter("vpcId", List.of(id)),
                table -> new Table(table.requiredText("routeTableId"), table.requiredText("vpcId")), "route tables of " + id)
                .thenApply(tables -> {
                    List<Table> own = tables.stream().filter(table -> table.vpcId().equals(id)).toList();
                    if (own.size() != 1) {
                        throw new InvalidRequestException("Give the route table's id (rtb-…) as the gateway: VPC " + id
                                + " has " + (own.isEmpty() ? "no route table" : own.size() + " route tables "
                                + own.stream().map(Table::id).toList()), api.errors(), null);
                    }
                    return own.get(0);
                });
    }
}
