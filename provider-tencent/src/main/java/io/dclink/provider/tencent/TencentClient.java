package io.dclink.provider.tencent;

import io.dclink.spi.AccessPointDriver;
import io.dclink.spi.ConnectionDriver;
import io.dclink.spi.GatewayDriver;
import io.dclink.spi.ProviderClient;
import io.dclink.spi.ProviderContext;
import io.dclink.spi.RouteDriver;
import io.dclink.spi.VirtualInterfaceDriver;

/** The Tencent plugin's client for one account and region. */
final class TencentClient implements ProviderClient {

    private final AccessPointDriver accessPoints;
    private final TencentConnections connections;
    private final TencentGateways gateways;
    private final TencentTunnels tunnels;
    private final TencentRoutes routes;

    TencentClient(ProviderContext context) {
        TencentApi api = new TencentApi(context);
        this.accessPoints = token -> api.read(TencentApi.DC, "DescribeAccessPoints",
                        Pages.window(api.params().put("RegionId", api.region()), token))
                .thenApply(response -> Pages.page(response, "AccessPointSet", token, TencentMapping::accessPoint, p -> true));
        this.connections = new TencentConnections(api);
        this.gateways = new TencentGateways(api);
        this.tunnels = new TencentTunnels(api);
        this.routes = new TencentRoutes(api, tunnels);
    }

    @Override
    public AccessPointDriver accessPoints() {
        return accessPoints;
    }

    @Override
    public ConnectionDriver connections() {
        return connections;
    }

    @Override
    public GatewayDriver gateways() {
        return gateways;
    }

    @Override
    public VirtualInterfaceDriver virtualInterfaces() {
        return tunnels;
    }

    @Override
    public RouteDriver routes() {
        return routes;
    }
}
