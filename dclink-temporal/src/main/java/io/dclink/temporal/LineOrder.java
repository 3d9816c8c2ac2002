package io.dclink.temporal;

import io.dclink.lifecycle.RequiredAction;
import io.dclink.model.CreateConnectionRequest;
import io.dclink.model.CreateGatewayRequest;
import io.dclink.model.CreateRouteRequest;
import io.dclink.model.CreateVirtualInterfaceRequest;
import io.dclink.model.PaymentOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Everything a provisioning workflow needs to take one line from nothing to service. It is the
 * workflow's input, so it is stored in the workflow's history: it carries no secret (BGP keys and
 * LOA applications are the worker's {@link PrivateInputs}).
 *
 * @param provider the provider id, as the worker's clients are keyed
 * @param connection the line's application; its idempotency key is the workflow's own
 * @param gateway the gateway to create, or {@code null} when the interface needs none
 * @param virtualInterface the interface to create on the line, or {@code null} for a bare line;
 *     the line's and the gateway's ids are filled in by the workflow
 * @param routes routes to add on the interface; their interface id is filled in by the workflow
 * @param selfService the customer's steps the workflow takes itself through the API ({@code PAY}
 *     with {@code payment}, {@code APPLY_LOA} with the worker's {@link PrivateInputs#loaApplication},
 *     {@code CONFIRM}); every other customer step waits for its signal
 * @param payment how to pay, or {@code null}
 * @param firstPoll the wait before the first read after a change; doubles up to {@code longestPoll}
 * @param longestPoll the longest wait between two reads of a resource nobody has changed
 */
public record LineOrder(String provider, CreateConnectionRequest connection, CreateGatewayRequest gateway,
        CreateVirtualInterfaceRequest virtualInterface, List<CreateRouteRequest> routes, Set<RequiredAction> selfService,
        PaymentOptions payment, Duration firstPoll, Duration longestPoll) {

    /**
     * Defensive copies, and the default polling pace (one minute, doubling up to six hours).
     *
     * @param provider the provider id, as the worker's clients are keyed
     * @param connection the line's application; its idempotency key is the workflow's own
     * @param gateway the gateway to create, or {@code null} when the interface needs none
     * @param virtualInterface the interface to create on the line, or {@code null} for a bare line;
     *     the line's and the gateway's ids are filled in by the workflow
     * @param routes routes to add on the interface; their interface id is filled in by the workflow
     * @param selfService the customer's steps the workflow takes itself through the API ({@code PAY}
     *     with {@code payment}, {@code APPLY_LOA} with the worker's {@link PrivateInputs#loaApplication},
     *     {@code CONFIRM}); every other customer step waits for its signal
     * @param payment how to pay, or {@code null}
     * @param firstPoll the wait before the first read after a change; doubles up to {@code longestPoll}
     * @param longestPoll the longest wait between two reads of a resource nobody has changed
     * @throws IllegalArgumentException if the interface carries a BGP key, which would be stored in
     *     the workflow's history
     */
    public LineOrder {
        if (virtualInterface != null && virtualInterface.bgp() != null && virtualInterface.bgp().authKey() != null) {
            throw new IllegalArgumentException("virtualInterface.bgp.authKey would be stored in the workflow's history: "
                    + "give BGP keys to the worker's PrivateInputs instead");
        }
        routes = routes == null ? List.of() : List.copyOf(routes);
        selfService = selfService == null ? Set.of() : Set.copyOf(selfService);
        firstPoll = firstPoll == null ? Duration.ofMinutes(1) : firstPoll;
        longestPoll = longestPoll == null ? Duration.ofHours(6) : longestPoll;
    }

    /**
     * A bare line: ordered and followed to service, nothing on it.
     *
     * @param provider the provider id
     * @param connection the application
     * @return the order
     */
    public static LineOrder line(String provider, CreateConnectionRequest connection) {
        return new LineOrder(provider, connection, null, null, List.of(), Set.of(), null, null, null);
    }

    /**
     * This order with an interface (and the gateway it needs, or {@code null}) and its routes.
     *
     * @param gatewayRequest the gateway, or {@code null}
     * @param interfaceRequest the interface
     * @param routeRequests the routes
     * @return the order
     */
    public LineOrder withInterface(CreateGatewayRequest gatewayRequest, CreateVirtualInterfaceRequest interfaceRequest,
            List<CreateRouteRequest> routeRequests) {
        return new LineOrder(provider, connection, gatewayRequest, interfaceRequest, routeRequests, selfService,
                payment, firstPoll, longestPoll);
    }

    /**
     * This order with the customer's steps the workflow takes itself.
     *
     * @param steps the steps
     * @param paymentOptions how to pay, or {@code null}
     * @return the order
     */
    public LineOrder withSelfService(Set<RequiredAction> steps, PaymentOptions paymentOptions) {
        return new LineOrder(provider, connection, gateway, virtualInterface, routes, steps, paymentOptions,
                firstPoll, longestPoll);
    }

    /**
     * This order polling at another pace.
     *
     * @param first the wait before the first read after a change
     * @param longest the longest wait between reads
     * @return the order
     */
    public LineOrder withPolling(Duration first, Duration longest) {
        return new LineOrder(provider, connection, gateway, virtualInterface, routes, selfService, payment, first,
                longest);
    }

    /**
     * What is wrong with this order, every problem at once; empty when it can be started.
     *
     * @return the problems
     */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (provider == null || provider.isBlank()) {
            problems.add("provider: is required");
        }
        if (connection == null) {
            problems.add("connection: is required");
        }
        if (virtualInterface == null && (gateway != null || !routes.isEmpty())) {
            problems.add("virtualInterface: a gateway or routes need an interface");
        }
        if (selfService.contains(RequiredAction.PAY) && payment == null) {
            problems.add("payment: is required when the workflow pays");
        }
        if (firstPoll.isNegative() || firstPoll.isZero() || longestPoll.compareTo(firstPoll) < 0) {
            problems.add("firstPoll/longestPoll: need 0 < firstPoll <= longestPoll");
        }
        return problems;
    }
}
