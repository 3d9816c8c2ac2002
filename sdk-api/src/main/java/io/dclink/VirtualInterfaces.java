package io.dclink;

import io.dclink.lifecycle.VirtualInterfaceState;
import io.dclink.model.CreateVirtualInterfaceRequest;
import io.dclink.model.Quote;
import io.dclink.model.UpdateVirtualInterfaceRequest;
import io.dclink.model.VirtualInterface;
import io.dclink.model.VirtualInterfaceQuery;
import io.dclink.wait.Waitable;

/** Virtual interfaces: VLANs with addressing and routing over a connection. */
public interface VirtualInterfaces extends Waitable<VirtualInterface, VirtualInterfaceState> {

    /**
     * {@return the virtual interfaces matching a query, fetched lazily}
     *
     * @param query the criteria
     */
    Paginated<VirtualInterface> list(VirtualInterfaceQuery query);

    /**
     * {@return one virtual interface}
     *
     * @param id the interface id
     * @throws io.dclink.error.ResourceNotFoundException if it does not exist
     */
    VirtualInterface get(String id);

    /**
     * Creates a virtual interface; its connection must be active.
     *
     * @param request the request
     * @return the new interface
     */
    VirtualInterface create(CreateVirtualInterfaceRequest request);

    /**
     * Asks what a virtual interface would cost, before ordering it. The request is checked as a
     * create would be; nothing is ordered.
     *
     * @param request what would be ordered
     * @return the provider's price, or {@link Quote#noPrice(String) no price} for a combination the
     *     provider does not price
     * @throws io.dclink.error.UnsupportedCapabilityException where the provider quotes nothing
     *     ({@link io.dclink.Capability#VIRTUAL_INTERFACE_QUOTE})
     */
    Quote quote(CreateVirtualInterfaceRequest request);

    /**
     * Changes a virtual interface.
     *
     * @param id the interface id
     * @param request the changes
     * @return the interface after the change
     */
    VirtualInterface update(String id, UpdateVirtualInterfaceRequest request);

    /**
     * Deletes a virtual interface. Its routes go with it.
     *
     * @param id the interface id
     */
    void delete(String id);

    /**
     * Accepts a virtual interface another account created on a line you own.
     *
     * @param id the interface id
     * @return the interface after the call
     */
    VirtualInterface accept(String id);

    /**
     * Rejects a virtual interface another account created on a line you own.
     *
     * @param id the interface id
     * @return the interface after the call
     */
    VirtualInterface reject(String id);

    /**
     * Takes a virtual interface out of service without deleting it.
     *
     * @param id the interface id
     * @return the interface after the call
     */
    VirtualInterface terminate(String id);

    /**
     * Puts a terminated virtual interface back into service.
     *
     * @param id the interface id
     * @return the interface after the call
     */
    VirtualInterface recover(String id);
}
