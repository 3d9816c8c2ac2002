package io.dclink;

import io.dclink.lifecycle.ConnectionState;
import io.dclink.model.Connection;
import io.dclink.model.ConnectionQuery;
import io.dclink.model.ConnectionQueryBuilder;
import io.dclink.model.CreateConnectionRequest;
import io.dclink.model.CreateConnectionRequestBuilder;
import io.dclink.model.PaymentOptions;
import io.dclink.model.PaymentOptionsBuilder;
import io.dclink.model.UpdateConnectionRequest;
import io.dclink.model.UpdateConnectionRequestBuilder;
import io.dclink.wait.Waitable;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Connections: the physical lines. Operations that change a connection are checked against its
 * lifecycle state before any remote call.
 */
public interface Connections extends Waitable<Connection, ConnectionState> {

    /** {@return every connection, fetched lazily} */
    Paginated<Connection> list();

    /**
     * {@return the connections matching a query, fetched lazily}
     *
     * @param query the criteria
     */
    Paginated<Connection> list(ConnectionQuery query);

    /**
     * {@link #list(ConnectionQuery)} with the query filled in place,
     * as in {@code list(q -> q.states(List.of(ConnectionState.ACTIVE)))}.
     *
     * @param query fills a new {@link ConnectionQuery#builder()}
     * @return as there
     */
    default Paginated<Connection> list(Consumer<ConnectionQueryBuilder> query) {
        return list(Filled.in(ConnectionQuery.builder(), query, "query").build());
    }

    /**
     * {@return one connection}
     *
     * @param id the connection id
     * @throws io.dclink.error.ResourceNotFoundException if it does not exist
     */
    Connection get(String id);

    /**
     * Applies for a new connection.
     *
     * @param request the application
     * @return the new connection, usually waiting for approval
     */
    Connection create(CreateConnectionRequest request);

    /**
     * {@link #create(CreateConnectionRequest)} with the request filled in place,
     * as in {@code create(r -> r.name("dc-1").accessPointId("ap-1").bandwidthMbps(1000))}.
     *
     * @param request fills a new {@link CreateConnectionRequest#builder()}
     * @return as there
     */
    default Connection create(Consumer<CreateConnectionRequestBuilder> request) {
        return create(Filled.in(CreateConnectionRequest.builder(), request, "request").build());
    }

    /**
     * Changes a connection; on a rejected application this resubmits it where the provider allows.
     *
     * @param id the connection id
     * @param request the changes
     * @return the connection after the change
     */
    Connection update(String id, UpdateConnectionRequest request);

    /**
     * {@link #update(String, UpdateConnectionRequest)} with the request filled in place,
     * as in {@code update(id, r -> r.name("dc-1b"))}.
     *
     * @param id as there
     * @param request fills a new {@link UpdateConnectionRequest#builder()}
     * @return as there
     */
    default Connection update(String id, Consumer<UpdateConnectionRequestBuilder> request) {
        Objects.requireNonNull(id, "id");
        return update(id, Filled.in(UpdateConnectionRequest.builder(), request, "request").build());
    }

    /**
     * Deletes a connection. Its virtual interfaces must be deleted first.
     *
     * @param id the connection id
     */
    void delete(String id);

    /**
     * Withdraws an application that is not yet in service.
     *
     * @param id the connection id
     * @return the connection after the call
     */
    Connection cancel(String id);

    /**
     * Confirms that a built line works.
     *
     * @param id the connection id
     * @return the connection after the call
     */
    Connection confirm(String id);

    /**
     * Pays the outstanding order of a connection and, where the provider ties them, enables it.
     *
     * @param id the connection id
     * @param options how to pay
     * @return the connection after the call
     */
    Connection pay(String id, PaymentOptions options);

    /**
     * {@link #pay(String, PaymentOptions)} with the options filled in place.
     *
     * @param id as there
     * @param options fills a new {@link PaymentOptions#builder()}
     * @return as there
     */
    default Connection pay(String id, Consumer<PaymentOptionsBuilder> options) {
        Objects.requireNonNull(id, "id");
        return pay(id, Filled.in(PaymentOptions.builder(), options, "options").build());
    }

    /**
     * Takes a connection out of service without deleting it.
     *
     * @param id the connection id
     * @return the connection after the call
     */
    Connection terminate(String id);
}
