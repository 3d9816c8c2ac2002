package io.dclink.core.internal;

import io.dclink.Capability;
import io.dclink.Paginated;
import io.dclink.VirtualInterfaces;
import io.dclink.core.validation.Problems;
import io.dclink.lifecycle.Operation;
import io.dclink.lifecycle.ResourceType;
import io.dclink.lifecycle.VirtualInterfaceState;
import io.dclink.model.CreateVirtualInterfaceRequest;
import io.dclink.model.UpdateVirtualInterfaceRequest;
import io.dclink.model.VirtualInterface;
import io.dclink.model.VirtualInterfaceQuery;
import io.dclink.spi.VirtualInterfaceDriver;
import java.util.List;
import java.util.Objects;

final class VirtualInterfacesFacade extends WaitingFacade<VirtualInterface, VirtualInterfaceState> implements VirtualInterfaces {

    private final ClientCore core;

    VirtualInterfacesFacade(ClientCore core) {
        super(core.waitSupport(ResourceType.VIRTUAL_INTERFACE, core.lifecycles().virtualInterface(), id -> core.client().virtualInterfaces().get(id)));
        this.core = core;
    }

    private VirtualInterfaceDriver driver() {
        return core.client().virtualInterfaces();
    }

    @Override
    public Paginated<VirtualInterface> list(VirtualInterfaceQuery query) {
        core.require(Capability.VIRTUAL_INTERFACE_LIST);
        Objects.requireNonNull(query, "query");
        return new LazyPaginated<>(token -> driver().list(query, token), core.context());
    }

    @Override
    public VirtualInterface get(String id) {
        core.require(Capability.VIRTUAL_INTERFACE_LIST);
        return core.call(driver().get(Objects.requireNonNull(id, "id")));
    }

    @Override
    public VirtualInterface create(CreateVirtualInterfaceRequest request) {
        core.require(Capability.VIRTUAL_INTERFACE_CREATE);
        core.validate(RequestRules.check(request), driver().validate(request));
        if (core.supports(Capability.CONNECTION_LIST)) {
            core.gate(core.lifecycles().connection(),
                    core.call(core.client().connections().get(request.connectionId())),
                    Operation.CREATE_VIRTUAL_INTERFACE);
        }
        CreateVirtualInterfaceRequest keyed = request.idempotencyKey() != null
                ? request : request.toBuilder().idempotencyKey(IdempotentCreate.newKey()).build();
        return IdempotentCreate.run(core, "virtual interface", () -> driver().create(keyed), () -> driver().findCreated(keyed));
    }

    @Override
    public VirtualInterface update(String id, UpdateVirtualInterfaceRequest request) {
        core.require(Capability.VIRTUAL_INTERFACE_UPDATE);
        core.validate(new Problems().positive("bandwidthMbps", request.bandwidthMbps()).list(), List.of());
        gated(id, Operation.UPDATE);
        return core.call(driver().update(id, request));
    }

    @Override
    public void delete(String id) {
        core.require(Capability.VIRTUAL_INTERFACE_DELETE);
        gated(id, Operation.DELETE);
        core.call(driver().delete(id));
    }

    @Override
    public VirtualInterface accept(String id) {
        core.require(Capability.VIRTUAL_INTERFACE_ACCEPT);
        gated(id, Operation.ACCEPT);
        return core.call(driver().accept(id));
    }

    @Override
    public VirtualInterface reject(String id) {
        core.require(Capability.VIRTUAL_INTERFACE_ACCEPT);
        gated(id, Operation.REJECT);
        return core.call(driver().reject(id));
    }

    @Override
    public VirtualInterface terminate(String id) {
        core.require(Capability.VIRTUAL_INTERFACE_TERMINATE);
        gated(id, Operation.TERMINATE);
        return core.call(driver().terminate(id));
    }

    @Override
    public VirtualInterface recover(String id) {
        core.require(Capability.VIRTUAL_INTERFACE_TERMINATE);
        gated(id, Operation.RECOVER);
        return core.call(driver().recover(id));
    }

    private void gated(String id, Operation operation) {
        core.gate(core.lifecycles().virtualInterface(), get(id), operation);
    }
}
