package io.dclink;

import io.dclink.lifecycle.GatewayState;
import io.dclink.model.CreateGatewayRequest;
import io.dclink.model.Gateway;
import io.dclink.model.GatewayQuery;
import io.dclink.wait.Waitable;

/** Gateways: the cloud-side routers virtual interfaces attach to. */
public interface Gateways extends Waitable<Gateway, GatewayState> {

    /**
     * {@return the gateways matching a query, fetched lazily}
     *
     * @param query the criteria
     */
    Paginated<Gateway> list(GatewayQuery query);

    /**
     * {@return one gateway}
     *
     * @param id the gateway id
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
