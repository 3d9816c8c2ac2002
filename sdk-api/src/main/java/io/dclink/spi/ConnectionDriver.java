package io.dclink.spi;

import io.dclink.Capability;
import io.dclink.error.Problem;
import io.dclink.model.Connection;
import io.dclink.model.ConnectionQuery;
import io.dclink.model.CreateConnectionRequest;
import io.dclink.model.PaymentOptions;
import io.dclink.model.UpdateConnectionRequest;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The provider side of connection operations. Operations a provider lacks keep their default
 * implementation, which fails with {@link io.dclink.error.UnsupportedCapabilityException}; the
 * plugin's capabilities must not list them.
 */
public interface ConnectionDriver {

    /**
     * Fetches one page of connections.
     *
     * @param query the criteria
     * @param pageToken the token of the page to fetch, or {@code null} for the first
     * @return the page
     */
    CompletableFuture<Page<Connection>> list(ConnectionQuery query, String pageToken);

    /**
     * Reads one connection.
     *
     * @param id the connection id
     * @return the connection; fails with {@link io.dclink.error.ResourceNotFoundException} when absent
     */
    CompletableFuture<Connection> get(String id);

    /**
     * The keys this provider accepts in {@link CreateConnectionRequest#providerOptions()}; any other
     * key is a validation error.
     *
     * @return the keys; none by default
     */
    default Set<String> providerOptionKeys() {
        return Set.of();
    }

    /**
     * Provider-specific problems with a create request (ranges, allowed values), found without any
     * network call. The runtime has already checked the common rules.
     *
     * @param request the request
     * @return every problem found; empty when valid
     */
    default List<Problem> validate(CreateConnectionRequest request) {
        return List.of();
    }

    /**
     * Applies for a connection.
     *
     * @param request the validated application
     * @return the new connection
     */
    default CompletableFuture<Connection> create(CreateConnectionRequest request) {
        return Unsupported.operation(Capability.CONNECTION_CREATE);
    }

    /**
     * Looks for a connection an earlier, ambiguous attempt of the same request may have created
     * (by idempotency key tag, or by name). Called only when the provider has no client token. The
     * default cannot tell, and then the runtime reports the ambiguous failure instead of ordering again.
     *
     * @param request the request whose earlier attempt failed ambiguously
     * @return the connection it created, or empty if there is none
     */
    default CompletableFuture<Optional<Connection>> findCreated(CreateConnectionRequest request) {
        return CompletableFuture.failedFuture(new UnsupportedOperationException("findCreated"));
    }

    /**
     * Provider-specific problems with an update (fields the provider cannot change), found without
     * any network call.
     *
     * @param request the changes
     * @return every problem found; empty when valid
     */
    default List<Problem> validate(UpdateConnectionRequest request) {
        return List.of();
    }

    /**
     * Changes a connection.
     *
     * @param id the connection id
     * @param request the changes
     * @return the connection after the change
     */
    default CompletableFuture<Connection> update(String id, UpdateConnectionRequest request) {
        return Unsupported.operation(Capability.CONNECTION_UPDATE);
    }

    /**
     * Deletes a connection.
     *
     * @param id the connection id
     * @return completion
     */
    default CompletableFuture<Void> delete(String id) {
        return Unsupported.operation(Capability.CONNECTION_DELETE);
    }

    /**
     * Withdraws an application.
     *
     * @param id the connection id
     * @return the connection after the call
     */
    default CompletableFuture<Connection> cancel(String id) {
        return Unsupported.operation(Capability.CONNECTION_CANCEL);
    }

    /**
     * Confirms a built line.
     *
     * @param id the connection id
     * @return the connection after the call
     */
    default CompletableFuture<Connection> confirm(String id) {
        return Unsupported.operation(Capability.CONNECTION_CONFIRM);
    }

    /**
     * Pays for (and enables) a connection.
     *
     * @param id the connection id
     * @param options how to pay
     * @return the connection after the call
     */
    default CompletableFuture<Connection> pay(String id, PaymentOptions options) {
        return Unsupported.operation(Capability.CONNECTION_PAY);
    }

    /**
     * Takes a connection out of service.
     *
     * @param id the connection id
     * @return the connection after the call
     */
    default CompletableFuture<Connection> terminate(String id) {
        return Unsupported.operation(Capability.CONNECTION_TERMINATE);
    }
}
