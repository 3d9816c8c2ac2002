package io.dclink.core.internal;

import io.dclink.AccessPoints;
import io.dclink.Connections;
import io.dclink.DirectConnect;
import io.dclink.Gateways;
import io.dclink.Loas;
import io.dclink.ProviderInfo;
import io.dclink.Routes;
import io.dclink.VirtualInterfaces;

/** The client users hold: one facade per resource type over one plugin client. */
final class DefaultDirectConnect implements DirectConnect {

    private final ClientCore core;
    private final String region;
    private final AccessPoints accessPoints;
    private final Connections connections;
    private final Loas loas;
    private final Gateways gateways;
    private final VirtualInterfaces virtualInterfaces;
    private final Routes routes;

    DefaultDirectConnect(ClientCore core, String region) {
        this.core = core;
        this.region = region;
        this.accessPoints = new AccessPointsFacade(core);
        this.connections = new ConnectionsFacade(core);
        this.loas = new LoasFacade(core);
        this.gateways = new GatewaysFacade(core);
        this.virtualInterfaces = new VirtualInterfacesFacade(core);
        this.routes = new RoutesFacade(core);
    }

    @Override
    public ProviderInfo provider() {
        return core.provider();
    }

    @Override
    public String region() {
        return region;
    }

    @Override
    public AccessPoints accessPoints() {
        return accessPoints;
    }

    @Override
    public Connections connections() {
        return connections;
    }

    @Override
    public Loas loas() {
        return loas;
    }

    @Override
    public Gateways gateways() {
        return gateways;
    }

    @Override
    public VirtualInterfaces virtualInterfaces() {
        return virtualInterfaces;
    }

    @Override
    public Routes routes() {
        return routes;
    }

    @Override
    public void close() {
        core.services().closeAll();
        try {
            core.client().close();
        } catch (Exception e) {
            throw Calls.unwrap(e, core.context());
        }
    }

    @Override
    public String toString() {
        return "DirectConnect[provider=" + core.provider().id() + ", region=" + region + "]";
    }
}
