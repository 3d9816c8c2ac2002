package io.dclink.provider.consoleconnect;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dclink.error.ValidationException;
import io.dclink.kit.json.Json;
import io.dclink.kit.json.JsonRecord;
import io.dclink.kit.validation.Problems;
import io.dclink.model.CreateVirtualInterfaceRequest;
import java.util.concurrent.CompletableFuture;

/**
 * The body of {@code PUT /api/v2/company/{company}/connections/layer2}, checked against Console
 * Connect before it is sent: the destination resolved ({@link Destinations}), the speed within what
 * both ends can still carry ({@code capacity.remaining}), a single-service port not already used.
 * A problem is a {@link ValidationException} naming the field, and nothing is ordered. The order's
 * terms are its provider options', completed with the client's (see {@link Terms}); its VLAN is
 * requested only when the request names one, and Console Connect allocates one otherwise.
 */
final class Layer2Orders {

    private final Ports ports;
    private final Destinations destinations;
    private final Terms defaults;

    Layer2Orders(Ports ports, Destinations destinations, Terms defaults) {
        this.ports = ports;
        this.destinations = destinations;
        this.defaults = defaults;
    }

    /** The checked order. */
    CompletableFuture<ObjectNode> body(CreateVirtualInterfaceRequest request) {
        return ports.record(request.connectionId()).thenCompose(source -> destinations.resolve(request, source)
                .thenApply(destination -> {
                    checkHeadroom(request, source, destination);
                    return body(request, destination);
                }));
    }

    private void checkHeadroom(CreateVirtualInterfaceRequest request, JsonRecord source, Destination destination) {
        int speed = request.bandwidthMbps();
        Problems problems = new Problems();
        Integer sourceRemaining = source.record("capacity").integer("remaining");
        problems.check(sourceRemaining == null || speed <= sourceRemaining, "bandwidthMbps", speed + " Mbps exceeds the "
                + sourceRemaining + " Mbps the source port " + request.connectionId() + " can still carry");
        Integer destinationRemaining = destination.remainingMbps();
        problems.check(destinationRemaining == null || speed <= destinationRemaining, "bandwidthMbps", speed
                + " Mbps exceeds the " + destinationRemaining + " Mbps " + destination.company() + " can still take at "
                + (destination.portId() != null ? "port " + destination.portId() : "facility " + destination.dcfId()));
        problems.check(!Boolean.TRUE.equals(source.bool("singleService")) || source.records("connections").isEmpty(),
                "connectionId", "port " + request.connectionId() + " is single-service and already carries a connection");
        if (!problems.isEmpty()) {
            throw new ValidationException(ports.errors(), problems.list());
        }
    }

    private ObjectNode body(CreateVirtualInterfaceRequest request, Destination destination) {
        ObjectNode order = Json.object().put("type", "LAYER2").put("name", request.name())
                .put("portId", request.connectionId()).put("speed", request.bandwidthMbps())
                .put("destCompany", destination.company()).put("destMetroId", destination.metroId());
        if (destination.portId() != null) {
            order.put("destPortId", destination.portId());
        } else {
            order.put("destDcf", destination.dcfId());
        }
        if (request.vlan() != null) {
            order.put("srcVlanRequest", request.vlan()); // UNVERIFIED: the generic endpoint's VLAN field (the partner ones')
        }
        Terms.ofOrder(request.providerOptions()).orElse(defaults).addTo(order);
        String discount = request.providerOptions().get(Layer2Options.DISCOUNT_CODE);
        if (discount != null) {
            order.put(Layer2Options.DISCOUNT_CODE, discount);
        }
        return order;
    }
}
