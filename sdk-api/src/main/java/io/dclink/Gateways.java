package io.dclink;

import io.dclink.lifecycle.GatewayState;
import io.dclink.model.CreateGatewayRequest;
import io.dclink.model.CreateGatewayRequestBuilder;
import io.dclink.model.Gateway;
import io.dclink.model.GatewayQuery;
import io.dclink.model.GatewayQueryBuilder;
import io.dclink.wait.Waitable;
import java.util.function.Consumer;

/** Gateways: the cloud-side routers virtual interfaces attach to. */
public interface Gateways extends Waitable<Gateway, GatewayState> {

    /**
     * {@return the gateways matching a query, fetched lazily}
     *
     * @param query the criteria
     */
    Paginated<Gateway> list(GatewayQuery query);

    /**
     * {@link #list(GatewayQuery)} with the query filled in place.
     *
     * @param query fills a new {@link GatewayQuery#builder()}
     * @return as there
     */
    default Paginated<Gateway> list(Consumer<GatewayQueryBuilder> query) {
        return list(Filled.in(GatewayQuery.builder(), query, "query").build());
    }

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
     * {@link #create(CreateGatewayRequest)} with the request filled in place.
     *
     * @param request fills a new {@link CreateGatewayRequest#builder()}
     * @return as there
     */
    default Gateway create(Consumer<CreateGatewayRequestBuilder> request) {
        return create(Filled.in(CreateGatewayRequest.builder(), request, "request").build());
    }

    /**
     * Deletes a gateway. Its virtual interfaces must be deleted first.
     *
     * @param id the gateway id
     */
    void delete(String id);
}
