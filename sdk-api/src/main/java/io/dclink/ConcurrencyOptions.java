package io.dclink;

/**
 * How many requests one client has on the wire at once. Requests beyond either bound queue, without
 * holding a thread, until one of the client's requests ends. Each request in flight is sent by one of
 * the client's own threads, created on demand; the HTTP client keeps at most one connection per
 * request in flight to an endpoint open.
 *
 * @param maxRequestsInFlight requests in flight at once over all endpoints, at least 1
 * @param maxConnectionsPerEndpoint requests in flight at once to one endpoint (scheme, host and
 *     port), and so the connections kept open to it, at least 1
 */
public record ConcurrencyOptions(int maxRequestsInFlight, int maxConnectionsPerEndpoint) {

    /**
     * Validates the components.
     *
     * @param maxRequestsInFlight requests in flight at once
     * @param maxConnectionsPerEndpoint requests in flight at once to one endpoint
     */
    public ConcurrencyOptions {
        if (maxRequestsInFlight < 1 || maxConnectionsPerEndpoint < 1) {
            throw new IllegalArgumentException("maxRequestsInFlight and maxConnectionsPerEndpoint must be at least 1, were "
                    + maxRequestsInFlight + " and " + maxConnectionsPerEndpoint);
        }
    }

    /**
     * {@return the defaults: twelve requests in flight, at most eight of them to one endpoint} With the client's own
     * two threads of the HTTP client, that is at most fourteen threads per client.
     */
    public static ConcurrencyOptions defaults() {
        return new ConcurrencyOptions(12, 8);
    }
}
