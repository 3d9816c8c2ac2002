package io.dclink.spi;

import io.dclink.Capability;
import io.dclink.error.Problem;
import io.dclink.model.CreateGatewayRequest;
import io.dclink.model.Gateway;
import io.dclink.model.GatewayQuery;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** The provider side of gateway operations. */
public interface GatewayDriver {

    /**
     * Fetches one page of gateways.
     *
     * @param query the criteria
     * @param pageToken the token of the page to fetch, or {@code null} for the first
     * @return the page
     */
    CompletableFuture<Page<Gateway>> list(GatewayQuery query, String pageToken);

    /**
     * Reads one gateway.
     *
     * @param id the gateway id
     * @return the gateway; fails with {@link io.dclink.error.ResourceNotFoundException} when absent
     */
    CompletableFuture<Gateway> get(String id);

    /**
     * Provider-specific problems with a create request, found without any network call.
     *
     * @param request the request
     * @return every problem found; empty when valid
     */
    default List<Problem> validate(CreateGatewayRequest request) {
        return List.of();
    }

    /**
     * Creates a gateway.
     *
     * @param request the validated request
     * @return the new gateway
     */
    default CompletableFuture<Gateway> create(CreateGatewayRequest request) {
        return Unsupported.operation(Capability.GATEWAY_CREATE);
    }

    /**
     * Looks for a gateway an earlier, ambiguous attempt of the same request may have created. The
     * default cannot tell, and then the runtime reports the ambiguous failure instead of ordering again.
     *
     * @param request the request whose earlier attempt failed ambiguously
     * @return the gateway it created, or empty if there is none
     */
    default CompletableFuture<Optional<Gateway>> findCreated(CreateGatewayRequest request) {
        return CompletableFuture.failedFuture(new UnsupportedOperationException("findCreated"));
    }

    /**
     * Deletes a gateway.
     *
     * @param id the gateway id
     * @return completion
     */
    default CompletableFuture<Void> delete(String id) {
        return Unsupported.operation(Capability.GATEWAY_DELETE);
    }
}
