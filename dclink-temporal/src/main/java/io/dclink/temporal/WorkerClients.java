package io.dclink.temporal;

import io.dclink.DirectConnect;
import io.temporal.failure.ApplicationFailure;
import java.util.Map;

/** The worker's dclink clients, one per provider id the workflows name. */
@FunctionalInterface
public interface WorkerClients {

    /**
     * The clients of a map.
     *
     * @param clients the clients by provider id
     * @return the clients
     */
    static WorkerClients of(Map<String, DirectConnect> clients) {
        Map<String, DirectConnect> copy = Map.copyOf(clients);
        return copy::get;
    }

    /**
     * The client of a provider, or {@code null} when the worker has none.
     *
     * @param provider the provider id
     * @return the client
     */
    DirectConnect clientOf(String provider);

    /**
     * The client of a provider; a workflow naming a provider the worker has no client for fails.
     *
     * @param provider the provider id
     * @return the client
     */
    default DirectConnect of(String provider) {
        DirectConnect client = clientOf(provider);
        if (client == null) {
            throw ApplicationFailure.newNonRetryableFailure("this worker has no dclink client for provider '"
                    + provider + "'", "UnknownProvider");
        }
        return client;
    }
}
