package io.dclink.testkit.consoleconnect;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Another company ordering a Layer 2 connection to a customer's port: {@code acme-exchange}, from
 * its Hong Kong port, 100 Mbps. It waits for the port's owner, who reads it with
 * {@code isReceiver: true}; the accept endpoint is not documented (UNVERIFIED), so the owner accepts
 * through the operator.
 */
final class ForeignRequest {

    static final int SPEED = 100;
    private static final String ACME_HONG_KONG_PORT = "5e0d00000000000000000003";

    private ForeignRequest() {
    }

    static String place(ConsoleConnect cc, ObjectNode port) {
        Company acme = cc.companies.require(Companies.ACME);
        Company owner = cc.companies.byId(port.get("companyId").asText()).orElseThrow();
        if (!owner.isCustomer()) {
            throw new IllegalArgumentException("port " + port.get("id").asText() + " belongs to " + owner.username()
                    + ", not to a company of the emulator's keys");
        }
        if (!Ports.CONNECTABLE.contains(port.get("status").asText()) || cc.ports.remaining(port) < SPEED) {
            throw new IllegalStateException("port " + port.get("id").asText() + " cannot take another " + SPEED
                    + " Mbps connection");
        }
        Layer2Order order = new Layer2Order("from " + acme.username(), SPEED, cc.ports.store.get(ACME_HONG_KONG_PORT),
                owner, Place.metro(port.get("metroId").asText()).orElseThrow(), port, null, null, "invoice", null, null,
                null, null, "BRONZE");
        ObjectNode connection = cc.connections.place(order, acme, cc.connections.lifecycle.awaiting);
        return connection.get("id").asText();
    }
}
