package io.dclink.core.internal;

import io.dclink.Capability;
import io.dclink.Gateways;
import io.dclink.Paginated;
import io.dclink.lifecycle.GatewayState;
import io.dclink.lifecycle.Operation;
import io.dclink.lifecycle.ResourceType;
import io.dclink.model.CreateGatewayRequest;
import io.dclink.model.Gateway;
import io.dclink.model.GatewayQuery;
import java.util.Objects;

final class GatewaysFacade extends WaitingFacade<Gateway, GatewayState> implements Gateways {

    private final ClientCore core;

    GatewaysFacade(ClientCore core) {
        super(core.waitSupport(ResourceType.GATEWAY, core.lifecycles().gateway(), id -> core.client().gateways().get(id)));
        this.core = core;
    }

    @Override
    public Paginated<Gateway> list(GatewayQuery query) {
        core.require(Capability.GATEWAY_LIST);
        Objects.requireNonNull(query, "query");
        return new LazyPaginated<>(token -> core.client().gateways().list(query, token), core.context());
    }

    @Override
    public Gateway get(String id) {
        core.require(Capability.GATEWAY_LIST);
        return core.call(core.client().gateways().get(Objects.requireNonNull(id, "id")));
    }

    @Override
    public Gateway create(CreateGatewayRequest request) {
        core.require(Capability.GATEWAY_CREATE);
        core.validate(RequestRules.check(request), core.client().gateways().validate(request));
        CreateGatewayRequest keyed = request.idempotencyKey() != null
                ? request : request.toBuilder().idempotencyKey(IdempotentCreate.newKey()).build();
        return IdempotentCreate.run(core, "gateway", () -> core.client().gateways().create(keyed),
                () -> core.client().gateways().findCreated(keyed));
    }

    @Override
    public void delete(String id) {
        core.require(Capability.GATEWAY_DELETE);
        core.gate(core.lifecycles().gateway(), get(id), Operation.DELETE);
        core.call(core.client().gateways().delete(id));
    }
}
