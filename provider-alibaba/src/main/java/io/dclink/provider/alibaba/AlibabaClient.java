package io.dclink.provider.alibaba;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.dclink.model.AccessPoint;
import io.dclink.spi.AccessPointDriver;
import io.dclink.spi.ConnectionDriver;
import io.dclink.spi.LoaDriver;
import io.dclink.spi.Page;
import io.dclink.spi.ProviderClient;
import io.dclink.spi.ProviderContext;
import io.dclink.spi.RouteDriver;
import io.dclink.spi.VirtualInterfaceDriver;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** The Alibaba plugin's client for one account and region. */
final class AlibabaClient implements ProviderClient {

    private final AlibabaApi api;
    private final AlibabaConnections connections;
    private final AlibabaLoas loas;
    private final BorderRouters vbrs;
    private final AlibabaRoutes routes;

    AlibabaClient(ProviderContext context) {
        this.api = new AlibabaApi(context);
        this.connections = new AlibabaConnections(api);
        this.loas = new AlibabaLoas(api, connections);
        this.vbrs = new BorderRouters(api, context.scheduler());
        this.routes = new AlibabaRoutes(api, vbrs);
    }

    /** DescribeAccessPoints, completed with ListBusinessAccessPoints' carriers, port types and coordinates. */
    @Override
    public AccessPointDriver accessPoints() {
        return this::accessPoints;
    }

    private CompletableFuture<Page<AccessPoint>> accessPoints(String token) {
        return api.read("ListBusinessAccessPoints", api.params()).thenCompose(business -> {
            Map<String, JsonNode> byId = new HashMap<>();
            business.path("BusinessAccessPoints").forEach(point -> byId.put(point.path("AccessPointId").asText(), point));
            return api.read("DescribeAccessPoints", Pages.window(api.params(), token)).thenApply(response -> Pages.page(
                    response, "AccessPointSet", "AccessPointType", token, node -> AlibabaMapping.accessPoint(node,
                            byId.getOrDefault(node.path("AccessPointId").asText(), MissingNode.getInstance())),
                    point -> true));
        });
    }

    @Override
    public ConnectionDriver connections() {
        return connections;
    }

    @Override
    public LoaDriver loas() {
        return loas;
    }

    @Override
    public VirtualInterfaceDriver virtualInterfaces() {
        return vbrs;
    }

    @Override
    public RouteDriver routes() {
        return routes;
    }
}
