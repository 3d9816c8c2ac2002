package io.dclink.testkit.consoleconnect;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dclink.lifecycle.ResourceType;
import io.dclink.testkit.emulator.Operator;
import io.dclink.testkit.emulator.UnknownResourceException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Console Connect's people and the other side of a connection, as a test drives them. A
 * {@link ResourceType#CONNECTION} is a port; a {@link ResourceType#VIRTUAL_INTERFACE} is a Layer 2
 * connection.
 * <ul>
 *   <li>the <b>destination company</b> accepts ({@link #accept}, {@link #approve}) or denies
 *       ({@link #deny}, {@link #reject}) a business-to-business connection waiting for it;</li>
 *   <li><b>support</b> completes the {@code MANUAL} stage of a connection to a cloud
 *       ({@link #completeManual(String, HandOff)}, {@link #approve}, {@link #advance}) and hands over
 *       the values the customer needs on the cloud's side ({@link #handOff});
 *       it fails ({@link #fail}) or cancels ({@link #cancel}) connections;</li>
 *   <li>the <b>carrier</b> finishes a {@code READY} port's cross-connect
 *       ({@link #completeConstruction}, {@link #linkUp}); {@link #linkDown} takes its link down.</li>
 * </ul>
 * They act holding the API's lock, as requests do.
 */
public final class ConsoleConnectOperator implements Operator {

    private final ConsoleConnect cc;

    ConsoleConnectOperator(ConsoleConnect cc) {
        this.cc = cc;
    }

    /**
     * The destination company accepts a connection waiting for it.
     *
     * @param connectionId the Layer 2 connection
     */
    public void accept(String connectionId) {
        locked(() -> cc.connections.lifecycle.decide(connectionId, "accept", "ACCEPTED"));
    }

    /**
     * The destination company (or, for a cloud, support) denies a connection: {@code DENIED}.
     *
     * @param connectionId the Layer 2 connection
     * @param reason why, kept by the emulator only (the API shows no reason for a denial)
     */
    public void deny(String connectionId, String reason) {
        locked(() -> {
            cc.connections.lifecycle.decide(connectionId, "deny", "DENIED");
            cc.connections.store.get(connectionId).put("_deniedReason", reason == null ? "" : reason);
        });
    }

    /**
     * Support completes the {@code MANUAL} stage and hands over the values the customer needs on the
     * cloud's side; the connection goes on to {@code ACTIVATING}.
     *
     * @param connectionId the Layer 2 connection
     * @param handOff the provider's account, the shared connection and the VLAN
     */
    public void completeManual(String connectionId, HandOff handOff) {
        locked(() -> {
            requireState(connectionId, Layer2Lifecycle.MANUAL, "completeManual");
            cc.connections.recordHandOff(connectionId, handOff);
            cc.connections.lifecycle.of(connectionId).fire(connectionId, "completeManual");
        });
    }

    /**
     * Support completes the {@code MANUAL} stage with values of its own choosing.
     *
     * @param connectionId the Layer 2 connection
     * @return the values handed over
     */
    public HandOff completeManual(String connectionId) {
        return lockedValue(() -> {
            requireState(connectionId, Layer2Lifecycle.MANUAL, "completeManual");
            cc.connections.lifecycle.of(connectionId).fire(connectionId, "completeManual");
            return cc.connections.handOff(connectionId).orElseThrow();
        });
    }

    /**
     * The values support handed over for a connection, as its e-mail to the customer holds them.
     *
     * @param connectionId the Layer 2 connection
     * @return the values, once the {@code MANUAL} stage is complete
     */
    public Optional<HandOff> handOff(String connectionId) {
        return lockedValue(() -> cc.connections.handOff(connectionId));
    }

    /**
     * The connection fails: {@code ERROR}, with the reason in {@code errorReason}.
     *
     * @param connectionId the Layer 2 connection
     * @param reason the error reason shown
     */
    public void fail(String connectionId, String reason) {
        locked(() -> {
            cc.connections.lifecycle.of(connectionId).fire(connectionId, "fail");
            cc.connections.store.get(connectionId).put("errorReason", reason);
        });
    }

    /**
     * Console Connect cancels a connection not yet accepted or provisioned: {@code CANCELLED}.
     *
     * @param connectionId the Layer 2 connection
     */
    public void cancel(String connectionId) {
        locked(() -> cc.connections.lifecycle.of(connectionId).fire(connectionId, "cancel"));
    }

    /** For a Layer 2 connection: the destination accepts it, or support completes its {@code MANUAL} stage. */
    @Override
    public void approve(String connectionId) {
        locked(() -> {
            if (cc.ports.store.containsKey(connectionId)) {
                throw new UnsupportedOperationException("the Console Connect emulator does not emulate port orders, "
                        + "which Console Connect's admins approve; " + connectionId + " is a port");
            }
            if (cc.connections.lifecycle.state(connectionId).equals(Layer2Lifecycle.MANUAL)) {
                cc.connections.lifecycle.of(connectionId).fire(connectionId, "completeManual");
            } else {
                cc.connections.lifecycle.decide(connectionId, "accept", "ACCEPTED");
            }
        });
    }

    /** For a Layer 2 connection: it is denied. */
    @Override
    public void reject(String connectionId, String reason) {
        deny(connectionId, reason);
    }

    /** A {@code READY} port's cross-connect is done: {@code ACTIVE}, link {@code UP}. */
    @Override
    public void completeConstruction(String connectionId) {
        locked(() -> {
            port(connectionId);
            cc.ports.lifecycle.fire(connectionId, "completeConstruction");
        });
    }

    @Override
    public void advance(ResourceType type, String id) {
        locked(() -> {
            if (type == ResourceType.CONNECTION) {
                port(id);
                if (!cc.ports.lifecycle.advance(id)) {
                    throw new IllegalStateException("port " + id + " is " + cc.ports.lifecycle.state(id)
                            + ": Console Connect has no step of its own to take there");
                }
            } else if (type == ResourceType.VIRTUAL_INTERFACE) {
                cc.connections.lifecycle.advance(id);
            } else {
                throw new UnsupportedOperationException("the Console Connect emulator has no " + type);
            }
        });
    }

    /** A port's link comes up (a {@code READY} port becomes {@code ACTIVE}). */
    @Override
    public void linkUp(ResourceType type, String id) {
        locked(() -> {
            requirePortType(type);
            ObjectNode port = port(id);
            if (port.get("status").asText().equals("READY")) {
                cc.ports.lifecycle.fire(id, "linkUp");
            } else {
                cc.ports.setLink(id, true);
            }
        });
    }

    /** A port's link goes down; its status stays. */
    @Override
    public void linkDown(ResourceType type, String id) {
        locked(() -> {
            requirePortType(type);
            port(id);
            cc.ports.setLink(id, false);
        });
    }

    /** {@code acme-exchange} orders a 100 Mbps connection from its Hong Kong port to the port given, waiting for its owner. */
    @Override
    public String requestForeignVirtualInterface(String connectionId) {
        return lockedValue(() -> ForeignRequest.place(cc, port(connectionId)));
    }

    @Override
    public void setRawState(ResourceType type, String id, String rawState) {
        locked(() -> {
            ObjectNode resource = type == ResourceType.CONNECTION ? port(id) : connection(id);
            resource.put("status", rawState);
        });
    }

    /** Ports of the key-holding companies and Layer 2 connections, deleted ones excluded; metros as access points. */
    @Override
    public int count(ResourceType type) {
        return lockedValue(() -> switch (type) {
            case CONNECTION -> (int) cc.ports.store.values().stream().filter(p -> !p.get("deleted").asBoolean())
                    .filter(p -> cc.companies.byId(p.get("companyId").asText()).orElseThrow().isCustomer()).count();
            case VIRTUAL_INTERFACE -> (int) cc.connections.store.values().stream()
                    .filter(c -> !c.get("deleted").asBoolean()).count();
            case ACCESS_POINT -> Place.METROS.size();
            default -> 0;
        });
    }

    private void requireState(String connectionId, String state, String action) {
        String current = cc.connections.lifecycle.state(connectionId);
        if (!current.equals(state)) {
            throw new IllegalStateException("Layer 2 connection " + connectionId + " is " + current + ": '" + action
                    + "' applies to " + state + " only");
        }
    }

    private ObjectNode port(String id) {
        ObjectNode port = cc.ports.store.get(id);
        if (port == null) {
            throw new UnknownResourceException(cc.connections.store.containsKey(id)
                    ? "port (a Layer 2 connection has this id: use VIRTUAL_INTERFACE)" : "port", id);
        }
        return port;
    }

    private ObjectNode connection(String id) {
        ObjectNode connection = cc.connections.store.get(id);
        if (connection == null) {
            throw new UnknownResourceException("Layer 2 connection", id);
        }
        return connection;
    }

    private static void requirePortType(ResourceType type) {
        if (type != ResourceType.CONNECTION) {
            throw new UnsupportedOperationException("Console Connect shows a link state for ports only, not for a " + type);
        }
    }

    private void locked(Runnable action) {
        synchronized (cc) {
            action.run();
        }
    }

    private <T> T lockedValue(Supplier<T> action) {
        synchronized (cc) {
            return action.get();
        }
    }
}
