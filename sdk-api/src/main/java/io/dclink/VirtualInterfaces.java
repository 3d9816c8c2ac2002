package io.dclink;

import io.dclink.lifecycle.VirtualInterfaceState;
import io.dclink.model.CreateVirtualInterfaceRequest;
import io.dclink.model.CreateVirtualInterfaceRequestBuilder;
import io.dclink.model.CreateVirtualInterfaceRequestBuilder;
import io.dclink.model.Quote;
import io.dclink.model.UpdateVirtualInterfaceRequest;
import io.dclink.model.UpdateVirtualInterfaceRequestBuilder;
import io.dclink.model.VirtualInterface;
import io.dclink.model.VirtualInterfaceQuery;
import io.dclink.model.VirtualInterfaceQueryBuilder;
import io.dclink.wait.Waitable;
import java.util.Objects;
import java.util.function.Consumer;

/** Virtual interfaces: VLANs with addressing and routing over a connection. */
public interface VirtualInterfaces extends Waitable<VirtualInterface, VirtualInterfaceState> {

    /**
     * {@return the virtual interfaces matching a query, fetched lazily}
     *
     * @param query the criteria
     */
    Paginated<VirtualInterface> list(VirtualInterfaceQuery query);

    /**
     * {@link #list(VirtualInterfaceQuery)} with the query filled in place.
     *
     * @param query fills a new {@link VirtualInterfaceQuery#builder()}
     * @return as there
     */
    default Paginated<VirtualInterface> list(Consumer<VirtualInterfaceQueryBuilder> query) {
        return list(Filled.in(VirtualInterfaceQuery.builder(), query, "query").build());
    }

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
     * {@link #create(CreateVirtualInterfaceRequest)} with the request filled in place,
     * as in {@code create(r -> r.connectionId("dc-1").vlan(100))}.
     *
     * @param request fills a new {@link CreateVirtualInterfaceRequest#builder()}
     * @return as there
     */
    default VirtualInterface create(Consumer<CreateVirtualInterfaceRequestBuilder> request) {
        return create(Filled.in(CreateVirtualInterfaceRequest.builder(), request, "request").build());
    }

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
     * {@link #quote(CreateVirtualInterfaceRequest)} with the request filled in place.
     *
     * @param request fills a new {@link CreateVirtualInterfaceRequest#builder()}
     * @return as there
     */
    default Quote quote(Consumer<CreateVirtualInterfaceRequestBuilder> request) {
        return quote(Filled.in(CreateVirtualInterfaceRequest.builder(), request, "request").build());
    }

    /**
     * Changes a virtual interface.
     *
     * @param id the interface id
     * @param request the changes
     * @return the interface after the change
     */
    VirtualInterface update(String id, UpdateVirtualInterfaceRequest request);

    /**
     * {@link #update(String, UpdateVirtualInterfaceRequest)} with the request filled in place.
     *
     * @param id as there
     * @param request fills a new {@link UpdateVirtualInterfaceRequest#builder()}
     * @return as there
     */
    default VirtualInterface update(String id, Consumer<UpdateVirtualInterfaceRequestBuilder> request) {
        Objects.requireNonNull(id, "id");
        return update(id, Filled.in(UpdateVirtualInterfaceRequest.builder(), request, "request").build());
    }

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
