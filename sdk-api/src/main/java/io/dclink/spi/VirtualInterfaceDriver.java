package io.dclink.spi;

import io.dclink.Capability;
import io.dclink.error.Problem;
import io.dclink.model.CreateVirtualInterfaceRequest;
import io.dclink.model.UpdateVirtualInterfaceRequest;
import io.dclink.model.VirtualInterface;
import io.dclink.model.VirtualInterfaceQuery;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** The provider side of virtual interface operations. */
public interface VirtualInterfaceDriver {

    /**
     * Fetches one page of virtual interfaces.
     *
     * @param query the criteria
     * @param pageToken the token of the page to fetch, or {@code null} for the first
     * @return the page
     */
    CompletableFuture<Page<VirtualInterface>> list(VirtualInterfaceQuery query, String pageToken);

    /**
     * Reads one virtual interface.
     *
     * @param id the interface id
     * @return the interface; fails with {@link io.dclink.error.ResourceNotFoundException} when absent
     */
    CompletableFuture<VirtualInterface> get(String id);

    /**
     * Provider-specific problems with a create request (VLAN range, address rules, ASN range),
     * found without any network call.
     *
     * @param request the request
     * @return every problem found; empty when valid
     */
    default List<Problem> validate(CreateVirtualInterfaceRequest request) {
        return List.of();
    }

    /**
     * Creates a virtual interface.
     *
     * @param request the validated request
     * @return the new interface
     */
    default CompletableFuture<VirtualInterface> create(CreateVirtualInterfaceRequest request) {
        return Unsupported.operation(Capability.VIRTUAL_INTERFACE_CREATE);
    }

    /**
     * Looks for an interface an earlier, ambiguous attempt of the same request may have created. The
     * default cannot tell, and then the runtime reports the ambiguous failure instead of ordering again.
     *
     * @param request the request whose earlier attempt failed ambiguously
     * @return the interface it created, or empty if there is none
     */
    default CompletableFuture<Optional<VirtualInterface>> findCreated(CreateVirtualInterfaceRequest request) {
        return CompletableFuture.failedFuture(new UnsupportedOperationException("findCreated"));
    }

    /**
     * Changes a virtual interface.
     *
     * @param id the interface id
     * @param request the changes
     * @return the interface after the change
     */
    default CompletableFuture<VirtualInterface> update(String id, UpdateVirtualInterfaceRequest request) {
        return Unsupported.operation(Capability.VIRTUAL_INTERFACE_UPDATE);
    }

    /**
     * Deletes a virtual interface.
     *
     * @param id the interface id
     * @return completion
     */
    default CompletableFuture<Void> delete(String id) {
        return Unsupported.operation(Capability.VIRTUAL_INTERFACE_DELETE);
    }

    /**
     * Accepts an interface created on a line the caller owns.
     *
     * @param id the interface id
     * @return the interface after the call
     */
    default CompletableFuture<VirtualInterface> accept(String id) {
        return Unsupported.operation(Capability.VIRTUAL_INTERFACE_ACCEPT);
    }

    /**
     * Rejects an interface created on a line the caller owns.
     *
     * @param id the interface id
     * @return the interface after the call
     */
    default CompletableFuture<VirtualInterface> reject(String id) {
        return Unsupported.operation(Capability.VIRTUAL_INTERFACE_ACCEPT);
    }

    /**
     * Takes an interface out of service.
     *
     * @param id the interface id
     * @return the interface after the call
     */
    default CompletableFuture<VirtualInterface> terminate(String id) {
        return Unsupported.operation(Capability.VIRTUAL_INTERFACE_TERMINATE);
    }

    /**
     * Puts a terminated interface back into service.
     *
     * @param id the interface id
     * @return the interface after the call
     */
    default CompletableFuture<VirtualInterface> recover(String id) {
        return Unsupported.operation(Capability.VIRTUAL_INTERFACE_TERMINATE);
    }
}
