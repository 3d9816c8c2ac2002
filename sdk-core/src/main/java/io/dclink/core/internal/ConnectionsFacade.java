package io.dclink.core.internal;

import static java.util.Objects.requireNonNull;

import io.dclink.Connections;
import io.dclink.Paginated;
import io.dclink.lifecycle.ConnectionState;
import io.dclink.model.Connection;
import io.dclink.model.ConnectionQuery;
import io.dclink.model.CreateConnectionRequest;
import io.dclink.model.PaymentOptions;
import io.dclink.model.UpdateConnectionRequest;
import io.dclink.spi.Change;
import io.dclink.spi.ProviderOperation;

final class ConnectionsFacade extends WaitingFacade<Connection, ConnectionState> implements Connections {

    private final OperationPipeline pipeline;
    private final RuntimeServices services;

    ConnectionsFacade(OperationPipeline pipeline, RuntimeServices services) {
        super(pipeline, services, ProviderOperation.CONNECTION_GET, pipeline.lifecycles().connection());
        this.pipeline = pipeline;
        this.services = services;
    }

    /** The pipeline, for the parts of the runtime that work on a client this runtime built ({@link PairAccess}). */
    OperationPipeline pipeline() {
        return pipeline;
    }

    /** The client's scheduler and clock, for the same ({@link PairAccess}). */
    RuntimeServices services() {
        return services;
    }

    @Override
    public Paginated<Connection> list() {
        return list(ConnectionQuery.all());
    }

    @Override
    public Paginated<Connection> list(ConnectionQuery query) {
        return pipeline.list(ProviderOperation.CONNECTION_LIST, requireNonNull(query, "query"));
    }

    @Override
    public Connection get(String id) {
        return pipeline.run(ProviderOperation.CONNECTION_GET, requireNonNull(id, "id"));
    }

    @Override
    public Connection create(CreateConnectionRequest request) {
        return pipeline.run(ProviderOperation.CONNECTION_CREATE, requireNonNull(request, "request"));
    }

    @Override
    public Connection update(String id, UpdateConnectionRequest request) {
        return pipeline.run(ProviderOperation.CONNECTION_UPDATE, new Change<>(requireNonNull(id, "id"), requireNonNull(request, "request")));
    }

    @Override
    public void delete(String id) {
        pipeline.run(ProviderOperation.CONNECTION_DELETE, requireNonNull(id, "id"));
    }

    @Override
    public Connection cancel(String id) {
        return pipeline.run(ProviderOperation.CONNECTION_CANCEL, requireNonNull(id, "id"));
    }

    @Override
    public Connection confirm(String id) {
        return pipeline.run(ProviderOperation.CONNECTION_CONFIRM, requireNonNull(id, "id"));
    }

    @Override
    public Connection pay(String id, PaymentOptions options) {
        return pipeline.run(ProviderOperation.CONNECTION_PAY, new Change<>(requireNonNull(id, "id"), requireNonNull(options, "options")));
    }

    @Override
    public Connection terminate(String id) {
        return pipeline.run(ProviderOperation.CONNECTION_TERMINATE, requireNonNull(id, "id"));
    }
}
