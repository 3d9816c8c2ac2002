package io.dclink.provider.consoleconnect;

import io.dclink.error.ResourceNotFoundException;
import io.dclink.error.ValidationException;
import io.dclink.kit.json.JsonRecord;
import io.dclink.kit.validation.Problems;
import io.dclink.model.CreateVirtualInterfaceRequest;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

/**
 * Resolves where a requested Layer 2 connection lands, from the destination company
 * ({@code ownerAccount}) and the request's {@link Layer2Options}: a port of that company
 * ({@code destPortId}, whose metro and facility follow), or one of its metros ({@code destMetroId},
 * by default the source port's) with a facility there ({@code destDcf}, by default the metro's
 * {@code firstDataCenterFacilityIdInMetro}, as the Tencent guide says). A destination that does not
 * exist, takes no Layer 2 connections or does not have the metro, facility or port named is a
 * {@link ValidationException}, and nothing is ordered or priced. The destination's headroom is its
 * port's {@code capacity.remaining}, or for a facility the most any of its ports there has left
 * (UNVERIFIED: which port Console Connect lands on).
 */
final class Destinations {

    private final Metros metros;
    private final Ports ports;

    Destinations(Metros metros, Ports ports) {
        this.metros = metros;
        this.ports = ports;
    }

    /**
     * The destination of a request.
     *
     * @param request the request
     * @param sourcePort the source port, as Console Connect answers it
     * @return the destination; fails with a {@link ValidationException} naming the field
     */
    CompletableFuture<Destination> resolve(CreateVirtualInterfaceRequest request, JsonRecord sourcePort) {
        String company = request.ownerAccount();
        return metros.capabilities(company)
                .exceptionally(failure -> {
                    if (Failures.cause(failure) instanceof ResourceNotFoundException) {
                        throw refused("ownerAccount", "names no Console Connect company: " + company);
                    }
                    throw Failures.rethrown(failure);
                })
                .thenCombine(ports.ofCompany(company), (capabilities, destinationPorts) -> {
                    if (capabilities.isEmpty()) {
                        throw refused("ownerAccount", company + " takes no Layer 2 connections (it lists no metro "
                                + "capabilities)");
                    }
                    Map<String, String> options = request.providerOptions();
                    return options.containsKey(Layer2Options.DEST_PORT)
                            ? atPort(company, options, destinationPorts)
                            : inMetro(company, options, sourcePort.text("metroId"), capabilities, destinationPorts);
                });
    }

    private Destination atPort(String company, Map<String, String> options, List<JsonRecord> destinationPorts) {
        String portId = options.get(Layer2Options.DEST_PORT);
        JsonRecord port = destinationPorts.stream().filter(p -> Answers.id(p).equals(portId)).findFirst()
                .orElseThrow(() -> refused(Layer2Options.FIELD + Layer2Options.DEST_PORT, "names no port of " + company
                        + ": " + portId + "; its ports: " + destinationPorts.stream().map(Answers::id).toList()));
        String metroId = Answers.objectId(port, "metroId");
        String dcfId = Answers.objectId(port, "dataCenterFacilityId");
        agrees(options, Layer2Options.DEST_METRO, metroId, "port " + portId + " is in metro " + metroId);
        agrees(options, Layer2Options.DEST_DCF, dcfId, "port " + portId + " is in facility " + dcfId);
        return new Destination(company, metroId, dcfId, portId, port.record("capacity").integer("remaining"));
    }

    private Destination inMetro(String company, Map<String, String> options, String sourceMetroId,
            List<JsonRecord> capabilities, List<JsonRecord> destinationPorts) {
        String named = options.get(Layer2Options.DEST_METRO);
        String metroId = named != null ? named : sourceMetroId;
        Optional<JsonRecord> metro = capabilities.stream().filter(m -> Objects.equals(Answers.id(m), metroId)).findFirst();
        if (metro.isEmpty()) {
            List<String> offered = capabilities.stream().map(m -> Answers.id(m) + " (" + m.text("name") + ")").toList();
            throw refused(Layer2Options.FIELD + Layer2Options.DEST_METRO, named != null
                    ? "is not a metro of " + company + "'s capabilities " + offered + ": " + named
                    : "is required: " + company + " takes no Layer 2 connections in the source port's metro " + metroId
                            + "; its metros: " + offered);
        }
        List<JsonRecord> portsThere = destinationPorts.stream().filter(p -> metroId.equals(p.text("metroId"))).toList();
        String dcfId = options.get(Layer2Options.DEST_DCF);
        if (dcfId == null) {
            dcfId = Answers.objectId(metro.get(), MetroMapping.FIRST_DCF);
        } else if (!portsThere.isEmpty() && portsThere.stream().noneMatch(inFacility(dcfId))) {
            throw refused(Layer2Options.FIELD + Layer2Options.DEST_DCF, "names no facility where " + company + " has a "
                    + "port in metro " + metroId + ": " + dcfId);
        }
        Integer remaining = portsThere.stream().filter(inFacility(dcfId))
                .map(p -> p.record("capacity").integer("remaining")).filter(Objects::nonNull)
                .max(Integer::compare).orElse(null);
        return new Destination(company, metroId, dcfId, null, remaining);
    }

    private static Predicate<JsonRecord> inFacility(String dcfId) {
        return port -> dcfId.equals(port.text("dataCenterFacilityId"));
    }

    private void agrees(Map<String, String> options, String option, String actual, String why) {
        String named = options.get(option);
        if (named != null && !named.equals(actual)) {
            throw refused(Layer2Options.FIELD + option, why + ", not " + named + ": leave it out or name the same");
        }
    }

    private ValidationException refused(String field, String problem) {
        return new ValidationException(metros.errors(), new Problems().add(field, problem).list());
    }
}
