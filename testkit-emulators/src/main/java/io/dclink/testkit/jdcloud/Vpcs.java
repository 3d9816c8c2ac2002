package io.dclink.testkit.jdcloud;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code vpc} service's VPCs, read-only: every account finds two VPCs in each region the first
 * time it calls there, each with two subnets and a default route table holding the {@code local}
 * rule of its CIDR. Only what Direct Connect needs is emulated: the CIDR
 * ({@code result.vpc.addressPrefix}), the subnets an attachment propagates, and the route table.
 * UNVERIFIED: the {@code Vpc} and {@code Subnet} fields beyond {@code vpcId}, {@code vpcName} and
 * {@code addressPrefix}.
 */
final class Vpcs {

    /** The seeded VPCs: name, CIDR, two subnet CIDRs. */
    static final String[][] SEEDS = {{"default-vpc", "192.168.0.0/16", "192.168.0.0/24", "192.168.1.0/24"},
        {"prod-vpc", "172.16.0.0/16", "172.16.1.0/24", "172.16.2.0/24"}};

    private final JdCloud cloud;
    final Map<String, ObjectNode> store = new LinkedHashMap<>();
    private final Set<String> seeded = new HashSet<>();

    Vpcs(JdCloud cloud) {
        this.cloud = cloud;
    }

    /** Gives an account its VPCs in a region, once. */
    void seed(String account, String region) {
        if (!seeded.add(account + "/" + region)) {
            return;
        }
        for (String[] seed : SEEDS) {
            String vpcId = cloud.ids.newId("vpc-");
            String tableId = cloud.ids.newId("rtb-");
            ObjectNode vpc = JdJson.object().put("vpcId", vpcId).put("vpcName", seed[0]).put("addressPrefix", seed[1])
                    .put("description", "seeded by the emulator");
            vpc.putArray("aclIds");
            vpc.putArray("routeTableIds").add(tableId);
            ArrayNode subnets = vpc.putArray("subnets");
            for (int i = 2; i < seed.length; i++) {
                subnets.addObject().put("subnetId", cloud.ids.newId("subnet-")).put("subnetName", seed[0] + "-subnet-" + (i - 1))
                        .put("addressPrefix", seed[i]).put("vpcId", vpcId).put("routeTableId", tableId);
            }
            vpc.put("createdTime", JdJson.time(cloud.now())).put("_account", account).put("_region", region);
            store.put(vpcId, vpc);
            cloud.routeTables.seed(vpc, tableId);
        }
    }

    /** Filters {@code vpcIds} and {@code vpcNames}. */
    ObjectNode describeAll(Call call) {
        Map<String, List<String>> f = Listing.filters(call.query(), Set.of("vpcIds", "vpcNames"), Set.of());
        List<ObjectNode> matching = Scoped.all(store, call).stream()
                .filter(v -> Listing.matches(f, "vpcIds", v.get("vpcId").asText()))
                .filter(v -> Listing.matches(f, "vpcNames", v.get("vpcName").asText())).toList();
        return Listing.page(call.query(), matching, "vpcs");
    }

    ObjectNode describe(Call call) {
        return Scoped.one("vpc", find(call, call.path("vpcId")));
    }

    ObjectNode find(Call call, String id) {
        return Scoped.find(store, call, id, "vpc");
    }
}
