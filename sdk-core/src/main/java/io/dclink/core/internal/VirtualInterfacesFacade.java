package io.dclink.core.internal;

import static java.util.Objects.requireNonNull;

import io.dclink.Paginated;
import io.dclink.VirtualInterfaces;
import io.dclink.lifecycle.VirtualInterfaceState;
import io.dclink.model.CreateVirtualInterfaceRequest;
import io.dclink.model.Quote;
import io.dclink.model.UpdateVirtualInterfaceRequest;
import io.dclink.model.VirtualInterface;
import io.dclink.model.VirtualInterfaceQuery;
import io.dclink.spi.Change;
import io.dclink.spi.ProviderOperation;

final class VirtualInterfacesFacade extends WaitingFacade<VirtualInterface, VirtualInterfaceState>
        implements VirtualInterfaces {

    private final OperationPipeline pipeline;

    VirtualInterfacesFacade(OperationPipeline pipeline, RuntimeServices services) {
        super(pipeline, services, ProviderOperation.VIRTUAL_INTERFACE_GET, pipeline.lifecycles().virtualInterface());
        this.pipeline = pipeline;
    }

    @Override
    public Paginated<VirtualInterface> list(VirtualInterfaceQuery query) {
        return pipeline.list(ProviderOperation.VIRTUAL_INTERFACE_LIST, requireNonNull(query, "query"));
    }

    @Override
    public VirtualInterface get(String id) {
        return pipeline.run(ProviderOperation.VIRTUAL_INTERFACE_GET, requireNonNull(id, "id"));
    }

    @Override
    public VirtualInterface create(CreateVirtualInterfaceRequest request) {
        return pipeline.run(ProviderOperation.VIRTUAL_INTERFACE_CREATE, requireNonNull(request, "request"));
    }

    @Override
    public Quote quote(CreateVirtualInterfaceRequest request) {
        return pipeline.run(ProviderOperation.VIRTUAL_INTERFACE_QUOTE, requireNonNull(request, "request"));
    }

    @Override
    public VirtualInterface update(String id, UpdateVirtualInterfaceRequest request) {
        return pipeline.run(ProviderOperation.VIRTUAL_INTERFACE_UPDATE, new Change<>(requireNonNull(id, "id"), requireNonNull(request, "request")));
    }

    @Override
    public void delete(String id) {
        pipeline.run(ProviderOperation.VIRTUAL_INTERFACE_DELETE, requireNonNull(id, "id"));
    }

    @Override
    public VirtualInterface accept(String id) {
        return pipeline.run(ProviderOperation.VIRTUAL_INTERFACE_ACCEPT, requireNonNull(id, "id"));
    }

    @Override
    public VirtualInterface reject(String id) {
        return pipeline.run(ProviderOperation.VIRTUAL_INTERFACE_REJECT, requireNonNull(id, "id"));
    }

    @Override
    public VirtualInterface terminate(String id) {
        return pipeline.run(ProviderOperation.VIRTUAL_INTERFACE_TERMINATE, requireNonNull(id, "id"));
    }

    @Override
    public VirtualInterface recover(String id) {
        return pipeline.run(ProviderOperation.VIRTUAL_INTERFACE_RECOVER, requireNonNull(id, "id"));
    }
}
