package io.dclink;

import io.dclink.lifecycle.GatewayState;
import io.dclink.model.CreateGatewayRequest;
import io.dclink.model.Gateway;
import io.dclink.model.GatewayQuery;
import io.dclink.wait.Waitable;

/** Gateways: the cloud-side routers virtual interfaces attach to. */
public interface Gateways extends Waitable<Gateway, GatewayState> {

    /**
     * The gateways matching a query.
     *
     * @param query the criteria
     * @return the gateways, fetched lazily
     */
    Paginated<Gateway> list(GatewayQuery query);

    /**
     * One gateway.
     *
     * @param id the gateway id
     * @return the gateway
     * @throws io.dclink.error.ResourceNotFoundException if it does not exist
     */
    Gateway get(String id);

    /**
     * Creates a gateway.
     *
     * @param request the request
     * @return the new gateway
     */
    Gateway create(CreateGatewayRequest request);

    /**
     * Deletes a gateway. Its virtual interfaces must be deleted first.
     *
     * @param id the gateway id
     */
    void delete(String id);
}
