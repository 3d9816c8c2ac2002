package io.dclink.provider.alibaba;

import io.dclink.kit.json.JsonRecord;
import io.dclink.model.AccessPoint;
import io.dclink.spi.Page;
import io.dclink.spi.ProviderContext;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** The Alibaba plugin's client for one account and region: one driver per resource. */
final class AlibabaClient {

    private final AlibabaApi api;
    private final AlibabaConnections connections;
    private final AlibabaLoas loas;
    private final BorderRouters vbrs;
    private final AlibabaRoutes routes;
    private final HighReliableOrders highReliableOrders;

    AlibabaClient(ProviderContext context) {
        this.api = new AlibabaApi(context);
        this.connections = new AlibabaConnections(api);
        this.loas = new AlibabaLoas(api, connections);
        this.vbrs = new BorderRouters(api, context.scheduler());
        this.routes = new AlibabaRoutes(api, vbrs);
        this.highReliableOrders = new HighReliableOrders(api, connections);
    }

    /** DescribeAccessPoints, completed with ListBusinessAccessPoints' carriers, port types and coordinates. */
    CompletableFuture<Page<AccessPoint>> accessPoints(String token) {
        return api.read("ListBusinessAccessPoints", api.params()).thenCompose(business -> {
            Map<String, JsonRecord> byId = new HashMap<>();
            business.records("BusinessAccessPoints").forEach(point -> byId.put(point.requiredText("AccessPointId"), point));
            return api.read("DescribeAccessPoints", api.window(token)).thenApply(response -> api.page(
                    response, "AccessPointSet", "AccessPointType", token, node -> AlibabaMapping.accessPoint(node,
                            byId.getOrDefault(node.text("AccessPointId"), JsonRecord.empty(api.errors()))),
                    point -> true));
        });
    }

    AlibabaConnections connections() {
        return connections;
    }

    HighReliableOrders highReliableOrders() {
        return highReliableOrders;
    }

    AlibabaLoas loas() {
        return loas;
    }

    BorderRouters vbrs() {
        return vbrs;
    }

    AlibabaRoutes routes() {
        return routes;
    }
}
