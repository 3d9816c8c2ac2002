package io.dclink.core.internal;

import io.dclink.Capability;
import io.dclink.Connections;
import io.dclink.Paginated;
import io.dclink.lifecycle.ConnectionState;
import io.dclink.lifecycle.Operation;
import io.dclink.lifecycle.ResourceType;
import io.dclink.model.Connection;
import io.dclink.model.ConnectionQuery;
import io.dclink.model.CreateConnectionRequest;
import io.dclink.model.PaymentOptions;
import io.dclink.model.UpdateConnectionRequest;
import io.dclink.spi.ConnectionDriver;
import java.util.Objects;

final class ConnectionsFacade extends WaitingFacade<Connection, ConnectionState> implements Connections {

    private final ClientCore core;

    ConnectionsFacade(ClientCore core) {
        super(core.waitSupport(ResourceType.CONNECTION, core.lifecycles().connection(), id -> core.client().connections().get(id)));
        this.core = core;
    }

    private ConnectionDriver driver() {
        return core.client().connections();
    }

    @Override
    public Paginated<Connection> list() {
        return list(ConnectionQuery.all());
    }

    @Override
    public Paginated<Connection> list(ConnectionQuery query) {
        core.require(Capability.CONNECTION_LIST);
        Objects.requireNonNull(query, "query");
        return new LazyPaginated<>(token -> driver().list(query, token), core.context());
    }

    @Override
    public Connection get(String id) {
        core.require(Capability.CONNECTION_LIST);
        return core.call(driver().get(Objects.requireNonNull(id, "id")));
    }

    @Override
    public Connection create(CreateConnectionRequest request) {
        core.require(Capability.CONNECTION_CREATE);
        core.validate(RequestRules.check(request, driver().providerOptionKeys()), driver().validate(request));
        CreateConnectionRequest keyed = request.idempotencyKey() != null
                ? request : request.toBuilder().idempotencyKey(IdempotentCreate.newKey()).build();
        return IdempotentCreate.run(core, "connection", () -> driver().create(keyed), () -> driver().findCreated(keyed));
    }

    @Override
    public Connection update(String id, UpdateConnectionRequest request) {
        core.require(Capability.CONNECTION_UPDATE);
        core.validate(RequestRules.check(request), driver().validate(request));
        Connection current = gated(id, Operation.UPDATE);
        if (current.state() == ConnectionState.REJECTED) {
            core.require(Capability.CONNECTION_RESUBMIT);
        }
        return core.call(driver().update(id, request));
    }

    @Override
    public void delete(String id) {
        core.require(Capability.CONNECTION_DELETE);
        gated(id, Operation.DELETE);
        core.call(driver().delete(id));
    }

    @Override
    public Connection cancel(String id) {
        core.require(Capability.CONNECTION_CANCEL);
        gated(id, Operation.CANCEL);
        return core.call(driver().cancel(id));
    }

    @Override
    public Connection confirm(String id) {
        core.require(Capability.CONNECTION_CONFIRM);
        gated(id, Operation.CONFIRM);
        return core.call(driver().confirm(id));
    }

    @Override
    public Connection pay(String id, PaymentOptions options) {
        core.require(Capability.CONNECTION_PAY);
        Objects.requireNonNull(options, "options");
        gated(id, Operation.PAY);
        return core.call(driver().pay(id, options));
    }

    @Override
    public Connection terminate(String id) {
        core.require(Capability.CONNECTION_TERMINATE);
        gated(id, Operation.TERMINATE);
        return core.call(driver().terminate(id));
    }

    private Connection gated(String id, Operation operation) {
        Connection current = get(id);
        core.gate(core.lifecycles().connection(), current, operation);
        return current;
    }
}
