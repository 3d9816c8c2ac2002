package io.dclink.core.internal;

import static java.util.Objects.requireNonNull;

import io.dclink.Gateways;
import io.dclink.Paginated;
import io.dclink.lifecycle.GatewayState;
import io.dclink.model.CreateGatewayRequest;
import io.dclink.model.Gateway;
import io.dclink.model.GatewayQuery;
import io.dclink.spi.ProviderOperation;

final class GatewaysFacade extends WaitingFacade<Gateway, GatewayState> implements Gateways {

    private final OperationPipeline pipeline;

    GatewaysFacade(OperationPipeline pipeline, RuntimeServices services) {
        super(pipeline, services, ProviderOperation.GATEWAY_GET, pipeline.lifecycles().gateway());
        this.pipeline = pipeline;
    }

    @Override
    public Paginated<Gateway> list(GatewayQuery query) {
        return pipeline.list(ProviderOperation.GATEWAY_LIST, requireNonNull(query, "query"));
    }

    @Override
    public Gateway get(String id) {
        return pipeline.run(ProviderOperation.GATEWAY_GET, requireNonNull(id, "id"));
    }

    @Override
    public Gateway create(CreateGatewayRequest request) {
        return pipeline.run(ProviderOperation.GATEWAY_CREATE, requireNonNull(request, "request"));
    }

    @Override
    public void delete(String id) {
        pipeline.run(ProviderOperation.GATEWAY_DELETE, requireNonNull(id, "id"));
    }
}
