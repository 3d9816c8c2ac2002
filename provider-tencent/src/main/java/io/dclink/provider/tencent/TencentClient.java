package io.dclink.provider.tencent;

import io.dclink.model.AccessPoint;
import io.dclink.spi.Page;
import io.dclink.spi.ProviderContext;
import java.util.concurrent.CompletableFuture;

/** The Tencent plugin's client for one account and region: one driver per resource. */
final class TencentClient {

    private final TencentApi api;
    private final TencentConnections connections;
    private final TencentGateways gateways;
    private final TencentTunnels tunnels;
    private final TencentRoutes routes;

    TencentClient(ProviderContext context) {
        this.api = new TencentApi(context);
        this.connections = new TencentConnections(api);
        this.gateways = new TencentGateways(api);
        this.tunnels = new TencentTunnels(api);
        this.routes = new TencentRoutes(api, tunnels);
    }

    CompletableFuture<Page<AccessPoint>> accessPoints(String token) {
        return api.dc().read("DescribeAccessPoints", api.window(token).put("RegionId", api.region()))
                .thenApply(response -> api.page(response, "AccessPointSet", token, TencentMapping::accessPoint, p -> true));
    }

    TencentConnections connections() {
        return connections;
    }

    TencentGateways gateways() {
        return gateways;
    }

    TencentTunnels tunnels() {
        return tunnels;
    }

    TencentRoutes routes() {
        return routes;
    }
}
