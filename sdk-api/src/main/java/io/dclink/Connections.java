package io.dclink;

import io.dclink.lifecycle.ConnectionState;
import io.dclink.model.Connection;
import io.dclink.model.ConnectionQuery;
import io.dclink.model.CreateConnectionRequest;
import io.dclink.model.PaymentOptions;
import io.dclink.model.UpdateConnectionRequest;
import io.dclink.wait.Waitable;

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
     * Changes a connection; on a rejected application this resubmits it where the provider allows.
     *
     * @param id the connection id
     * @param request the changes
     * @return the connection after the change
     */
    Connection update(String id, UpdateConnectionRequest request);

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
     * Takes a connection out of service without deleting it.
     *
     * @param id the connection id
     * @return the connection after the call
     */
    Connection terminate(String id);
}
