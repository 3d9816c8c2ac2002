package io.dclink.temporal;

import io.dclink.model.ConstructionReport;
import io.dclink.model.CreateConnectionRequest;
import io.dclink.model.CreateGatewayRequest;
import io.dclink.model.CreateRouteRequest;
import io.dclink.model.CreateVirtualInterfaceRequest;
import io.dclink.model.PaymentOptions;
import io.temporal.activity.ActivityInterface;

/**
 * The SDK's operations as Temporal activities. Every create carries an idempotency key derived
 * from the workflow id and the step, so a retried activity finds what its first attempt made
 * instead of ordering again. A failure is retryable exactly when dclink says it is.
 */
@ActivityInterface
public interface LineActivities {

    /**
     * Orders the line.
     *
     * @param provider the provider id
     * @param request the application
     * @return the line as ordered
     */
    ResourceView orderLine(String provider, CreateConnectionRequest request);

    /**
     * Reads the line.
     *
     * @param provider the provider id
     * @param id the line
     * @return the line
     */
    ResourceView readLine(String provider, String id);

    /**
     * Pays for the line.
     *
     * @param provider the provider id
     * @param id the line
     * @param options how to pay
     * @return the line
     */
    ResourceView pay(String provider, String id, PaymentOptions options);

    /**
     * Applies for the line's letter of authorisation, with the worker's application for it.
     *
     * @param provider the provider id
     * @param id the line
     * @return the line
     */
    ResourceView applyLoa(String provider, String id);

    /**
     * Reports the carrier's construction.
     *
     * @param provider the provider id
     * @param id the line
     * @param report the report
     * @return the line
     */
    ResourceView reportConstruction(String provider, String id, ConstructionReport report);

    /**
     * Confirms the tested line.
     *
     * @param provider the provider id
     * @param id the line
     * @return the line
     */
    ResourceView confirm(String provider, String id);

    /**
     * Creates the gateway.
     *
     * @param provider the provider id
     * @param request the gateway
     * @return its id
     */
    String createGateway(String provider, CreateGatewayRequest request);

    /**
     * Creates the interface.
     *
     * @param provider the provider id
     * @param request the interface, its line and gateway filled in
     * @return the interface
     */
    ResourceView createInterface(String provider, CreateVirtualInterfaceRequest request);

    /**
     * Reads the interface.
     *
     * @param provider the provider id
     * @param id the interface
     * @return the interface
     */
    ResourceView readInterface(String provider, String id);

    /**
     * Adds a route.
     *
     * @param provider the provider id
     * @param request the route, its interface filled in
     * @return its id
     */
    String addRoute(String provider, CreateRouteRequest request);

    /**
     * Removes every route of an interface.
     *
     * @param provider the provider id
     * @param interfaceId the interface
     */
    void removeRoutes(String provider, String interfaceId);

    /**
     * Deletes the interface; done when it is gone.
     *
     * @param provider the provider id
     * @param id the interface
     */
    void deleteInterface(String provider, String id);

    /**
     * Deletes the gateway; done when it is gone.
     *
     * @param provider the provider id
     * @param id the gateway
     */
    void deleteGateway(String provider, String id);

    /**
     * Deletes the line; done when it is gone.
     *
     * @param provider the provider id
     * @param id the line
     */
    void deleteLine(String provider, String id);
}
