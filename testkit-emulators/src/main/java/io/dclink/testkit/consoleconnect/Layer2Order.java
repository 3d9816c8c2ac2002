package io.dclink.testkit.consoleconnect;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The body of {@code PUT /api/v2/company/{company}/connections/layer2}, checked field by field and
 * then against the world: the source port is the caller's and takes connections, the destination
 * company exists and takes Layer 2, {@code destMetroId}/{@code destDcf}/{@code destPortId} are
 * among its capabilities and ports, the speed fits both ports' {@code capacity.remaining}, and
 * requested VLANs are free. Required fields per the docs text: {@code type}, {@code name},
 * {@code portId}, {@code speed}, {@code destCompany}, and {@code destMetroId} unless
 * {@code destPortId} names the destination port (the doc sample does that).
 *
 * @param name the connection's name
 * @param speed Mbps
 * @param srcPort the caller's port
 * @param dest the destination company
 * @param destMetro the destination metro
 * @param destPort the destination's port the connection lands on
 * @param srcVlan the source VLAN requested, or {@code null} to have one allocated
 * @param destVlan the destination VLAN requested, or {@code null}
 * @param paymentType the payment type
 * @param paymentTransactionId the card payment's transaction, or {@code null}
 * @param duration the term, or {@code null}
 * @param durationUnit the term's unit, or {@code null}
 * @param evergreen whether the term renews month to month, or {@code null}
 * @param classOfService the class of service
 */
record Layer2Order(String name, int speed, ObjectNode srcPort, Company dest, Place.Metro destMetro, ObjectNode destPort,
        Integer srcVlan, Integer destVlan, String paymentType, String paymentTransactionId, Integer duration,
        String durationUnit, Boolean evergreen, String classOfService) {

    /** UNVERIFIED: the documented enums of the partner endpoints (§3), assumed for the generic one. */
    static final List<String> PAYMENT_TYPES = List.of("invoice", "plan", "creditcard", "payg");
    /** {@code y} and {@code m} are documented; {@code d} worked for customers in 2020 (UNVERIFIED today). */
    static final List<String> DURATION_UNITS = List.of("y", "m", "d");
    /** The Azure enum plus the ports' {@code SILVERPLUS} mapping. UNVERIFIED for this endpoint. */
    static final List<String> CLASSES_OF_SERVICE = List.of("BRONZE", "SILVER", "SILVERPLUS", "GOLD");
    /** UNVERIFIED: the usable 802.1Q range. */
    static final int MIN_VLAN = 2;
    static final int MAX_VLAN = 4094;

    /**
     * Reads and checks a create body.
     *
     * @param body the body
     * @param caller the key's company
     * @param cc the emulated world
     * @return the order
     * @throws CcError naming the first problem found
     */
    static Layer2Order read(ObjectNode body, Company caller, ConsoleConnect cc) {
        Fields.oneOf(body, "type", "type", true, List.of("LAYER2"));
        String name = Fields.name(body);
        String portId = Fields.objectId(body, "portId", "portId", true);
        int speed = Fields.integer(body, "speed", "speed", true, 1, Integer.MAX_VALUE);
        String destCompany = Fields.text(body, "destCompany", "destCompany", true);
        String destPortId = Fields.objectId(body, "destPortId", "destPortId", false);
        String destMetroId = Fields.objectId(body, "destMetroId", "destMetroId", destPortId == null);
        String destDcf = Fields.objectId(body, "destDcf", "destDcf", false);
        Integer srcVlan = Fields.integer(body, "srcVlanRequest", "srcVlanRequest", false, MIN_VLAN, MAX_VLAN);
        Integer destVlan = Fields.integer(body, "destVlanRequest", "destVlanRequest", false, MIN_VLAN, MAX_VLAN);
        String paymentType = Fields.oneOf(body, "paymentType", "paymentType", false, PAYMENT_TYPES);
        String transaction = Fields.text(body, "paymentTransactionId", "paymentTransactionId", false);
        Integer duration = Fields.integer(body, "duration", "duration", false, 1, 120); // UNVERIFIED: the bounds
        String unit = Fields.oneOf(body, "durationUnit", "durationUnit", false, DURATION_UNITS);
        Boolean evergreen = Fields.bool(body, "evergreen", "evergreen");
        String cos = Fields.oneOf(body, "classOfService", "classOfService", false, CLASSES_OF_SERVICE);
        if (duration != null && unit == null) {
            throw CcError.required("durationUnit"); // UNVERIFIED: that a duration needs its unit
        }
        if (unit != null && duration == null) {
            throw CcError.required("duration");
        }
        if ("creditcard".equals(paymentType)) {
            // UNVERIFIED: the docs' condition before "paymentTransactionId, duration and evergreen ... must be provided"
            for (String needed : List.of("paymentTransactionId", "duration", "evergreen")) {
                if (!Fields.given(body, needed)) {
                    throw CcError.invalid(needed, "is required when paymentType is creditcard");
                }
            }
        }
        ObjectNode srcPort = sourcePort(cc, caller, portId);
        Company dest = cc.companies.byUsername(destCompany)
                .orElseThrow(() -> CcError.invalid("destCompany", "names no company with username " + destCompany));
        if (!dest.layer2()) {
            throw CcError.invalid("destCompany", dest.username() + " does not take Layer 2 connections");
        }
        if (portId.equals(destPortId)) {
            throw CcError.invalid("destPortId", "must not be the source port " + portId);
        }
        ObjectNode destPort = destinationPort(cc, dest, destMetroId, destDcf, destPortId, portId);
        Place.Metro metro = Place.metro(destPort.get("metroId").asText()).orElseThrow();
        checkCapacity(cc, srcPort, speed, "portId");
        checkCapacity(cc, destPort, speed, destPortId != null ? "destPortId" : "destCompany");
        checkVlan(cc, srcPort, srcVlan, "srcVlanRequest");
        checkVlan(cc, destPort, destVlan, "destVlanRequest");
        return new Layer2Order(name, speed, srcPort, dest, metro, destPort, srcVlan, destVlan,
                paymentType == null ? "invoice" : paymentType, transaction, duration, unit, evergreen,
                cos == null ? "BRONZE" : cos); // UNVERIFIED defaults: invoice as in the samples, BRONZE as observed
    }

    private static ObjectNode sourcePort(ConsoleConnect cc, Company caller, String portId) {
        ObjectNode port = cc.ports.store.get(portId);
        if (port == null || !port.get("companyId").asText().equals(caller.id())) {
            throw CcError.invalid("portId", "names no port of company " + caller.username() + ": " + portId);
        }
        String status = port.get("status").asText();
        if (!Ports.CONNECTABLE.contains(status)) {
            throw CcError.invalid("portId", "port " + portId + " is " + status + " and takes no connections");
        }
        if (port.get("singleService").asBoolean() && !cc.connections.holding(portId).isEmpty()) {
            throw CcError.invalid("portId", "port " + portId + " is single-service and already has a connection");
        }
        return port;
    }

    /** The destination's port the connection lands on: the one named, or its first in the DCF or metro. */
    private static ObjectNode destinationPort(ConsoleConnect cc, Company dest, String metroId, String dcfId,
            String portId, String srcPortId) {
        List<Place.Metro> metros = cc.ports.metrosOf(dest);
        if (metroId != null && metros.stream().noneMatch(m -> m.id().equals(metroId))) {
            throw CcError.invalid("destMetroId", "is not among the metro capabilities of " + dest.username() + ": "
                    + metros.stream().map(m -> m.id() + " (" + m.code() + ")").toList());
        }
        List<ObjectNode> candidates = cc.ports.connectable(dest).stream()
                .filter(p -> !p.get("id").asText().equals(srcPortId))
                .filter(p -> metroId == null || p.get("metroId").asText().equals(metroId)).toList();
        if (dcfId != null) {
            candidates = candidates.stream().filter(p -> p.get("dataCenterFacilityId").asText().equals(dcfId)).toList();
            if (candidates.isEmpty()) {
                throw CcError.invalid("destDcf", "names no data-centre facility of " + dest.username()
                        + (metroId == null ? "" : " in metro " + metroId) + ": " + dcfId);
            }
        }
        if (portId == null) {
            if (candidates.isEmpty()) {
                throw CcError.invalid("destMetroId", "has no other port of " + dest.username() + " to land on: " + metroId);
            }
            return candidates.get(0);
        }
        return candidates.stream().filter(p -> p.get("id").asText().equals(portId)).findFirst()
                .orElseThrow(() -> CcError.invalid("destPortId", "names no port of " + dest.username()
                        + " that takes connections there: " + portId));
    }

    private static void checkCapacity(ConsoleConnect cc, ObjectNode port, int speed, String field) {
        int remaining = cc.ports.remaining(port);
        if (speed > remaining) {
            throw CcError.invalid("speed", speed + " Mbps exceeds the remaining capacity of port " + port.get("id").asText()
                    + " (" + field + "): " + remaining + " Mbps");
        }
    }

    private static void checkVlan(ConsoleConnect cc, ObjectNode port, Integer vlan, String field) {
        if (vlan != null && cc.connections.vlansIn(port.get("id").asText()).contains(vlan)) {
            throw CcError.invalid(field, "VLAN " + vlan + " is already used on port " + port.get("id").asText());
        }
    }
}
