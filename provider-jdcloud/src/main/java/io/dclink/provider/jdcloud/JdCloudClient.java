package io.dclink.provider.jdcloud;

import io.dclink.spi.ProviderContext;

/** The JD Cloud plugin's client for one account and region: the API, and one driver per resource. */
final class JdCloudClient {

    private final AccessPoints accessPoints;
    private final Connections connections;
    private final BorderGateways gateways;
    private final PrivateVifs vifs;
    private final Routes routes;

    JdCloudClient(ProviderContext context) {
        JdCloudApi api = new JdCloudApi(context);
        Listing listing = new Listing(api);
        VpcAttachments attachments = new VpcAttachments(api, listing);
        Vpcs vpcs = new Vpcs(api, listing);
        this.accessPoints = new AccessPoints(api, listing);
        this.connections = new Connections(api, listing);
        this.gateways = new BorderGateways(api, listing, attachments, vpcs);
        this.vifs = new PrivateVifs(api, listing);
        this.routes = new Routes(api, vifs, attachments, vpcs, new BgwRoutes(api, listing), new VpcRules(api, listing));
    }

    AccessPoints accessPoints() {
        return accessPoints;
    }

    Connections connections() {
        return connections;
    }

    BorderGateways gateways() {
        return gateways;
    }

    PrivateVifs vifs() {
        return vifs;
    }

    Routes routes() {
        return routes;
    }
}
