package io.dclink.core.internal;

import io.dclink.AccessPoints;
import io.dclink.Connections;
import io.dclink.DirectConnect;
import io.dclink.Gateways;
import io.dclink.Loas;
import io.dclink.ProviderInfo;
import io.dclink.Routes;
import io.dclink.VirtualInterfaces;
import java.util.Optional;

/** The client users hold: one facade per resource type over one plugin client. */
final class DefaultDirectConnect implements DirectConnect {

    private final OperationPipeline pipeline;
    private final RuntimeServices services;
    private final Optional<String> region;
    private final AccessPoints accessPoints;
    private final Connections connections;
    private final Loas loas;
    private final Gateways gateways;
    private final VirtualInterfaces virtualInterfaces;
    private final Routes routes;
    private final AutoCloseable transport;

    DefaultDirectConnect(OperationPipeline pipeline, RuntimeServices services, Optional<String> region,
            AutoCloseable transport) {
        this.pipeline = pipeline;
        this.services = services;
        this.region = region;
        this.transport = transport;
        this.accessPoints = new AccessPointsFacade(pipeline);
        this.connections = new ConnectionsFacade(pipeline, services);
        this.loas = new LoasFacade(pipeline, services);
        this.gateways = new GatewaysFacade(pipeline, services);
        this.virtualInterfaces = new VirtualInterfacesFacade(pipeline, services);
        this.routes = new RoutesFacade(pipeline);
    }

    @Override
    public ProviderInfo provider() {
        return pipeline.provider();
    }

    @Override
    public Optional<String> region() {
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

    /**
     * Ends the client's waits and watches, closes the plugin's client, then fails what still waits
     * for a permit and ends the threads and the HTTP client the runtime made for this client (never
     * a scheduler, executor or HTTP client the builder was given).
     */
    @Override
    public void close() {
        try {
            services.closeAll();
            pipeline.client().close();
        } catch (RuntimeException e) {
            throw Calls.unwrap(e, pipeline.context());
        } finally {
            closeTransport();
        }
    }

    private void closeTransport() {
        try {
            transport.close();
        } catch (Exception e) {
            throw new IllegalStateException("closing the transport failed", e);
        }
    }

    @Override
    public String toString() {
        return "DirectConnect[provider=" + pipeline.provider().id() + ", region=" + region.orElse("(none)") + "]";
    }
}
