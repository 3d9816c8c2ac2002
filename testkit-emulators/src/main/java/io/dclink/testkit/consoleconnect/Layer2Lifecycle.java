package io.dclink.testkit.consoleconnect;

import static io.dclink.testkit.emulator.LifecycleTrigger.action;
import static io.dclink.testkit.emulator.LifecycleTrigger.after;
import static io.dclink.testkit.emulator.LifecycleTrigger.nextRead;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dclink.testkit.emulator.RawLifecycle;
import io.dclink.testkit.emulator.UnknownResourceException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The statuses of Layer 2 connections as two {@link RawLifecycle} tables over one store, chosen
 * per connection by its destination:
 * <ul>
 *   <li><b>by the destination</b> (a business-to-business company): {@code CREATING} → (next read)
 *       the awaiting status ({@code PENDING}, or {@code PENDING_ACCEPTANCE} for an emulator built
 *       so) → the destination accepts ({@code ACCEPTED}) or denies ({@code DENIED});</li>
 *   <li><b>by support</b> (a cloud such as {@code tencent-cloud}): {@code CREATING} → (next read)
 *       {@code MANUAL}, as long as Console Connect's support team takes → it completes the stage
 *       ({@code ACTIVATING}) with the hand-off values, or refuses ({@code DENIED}).</li>
 * </ul>
 * Then both: {@code ACCEPTED} → {@code ACTIVATING} a minute after both ports are up (a port still
 * {@code READY} holds it there) → {@code ACTIVE} 2 minutes later; disable → {@code DISABLING} →
 * {@code DISABLED}; delete → {@code DELETING} → {@code DELETED} a minute later (kept, with
 * {@code deleted: true}); the operator's fail → {@code ERROR} with {@code errorReason} (support's
 * advance repairs it); the operator's cancel → {@code CANCELLED}. Every duration is UNVERIFIED.
 */
final class Layer2Lifecycle {

    static final String CREATING = "CREATING";
    static final String MANUAL = "MANUAL";
    static final String ACCEPTED = "ACCEPTED";
    static final String ACTIVATING = "ACTIVATING";
    static final String ACTIVE = "ACTIVE";
    static final String DELETED = "DELETED";
    /** Every status the API documents or was seen to send. */
    static final List<String> STATUSES = List.of(CREATING, "PENDING", "PENDING_ACCEPTANCE", ACCEPTED, MANUAL, ACTIVATING,
            ACTIVE, "DISABLING", "DISABLED", "DENIED", "ERROR", "CANCELLED", "DELETING", DELETED);
    /** Statuses in which a connection no longer holds port capacity or a VLAN. */
    static final List<String> RELEASED = List.of("DENIED", "CANCELLED", DELETED);
    /** UNVERIFIED: how long after both ports are up an accepted connection starts activating. */
    static final Duration PORTS_UP_TO_ACTIVATING = Duration.ofMinutes(1);

    private final ConsoleConnect cc;
    private final Map<String, ObjectNode> store;
    /** The status a B2B connection waits for the destination in. */
    final String awaiting;
    final RawLifecycle byDestination;
    final RawLifecycle bySupport;

    Layer2Lifecycle(ConsoleConnect cc, Map<String, ObjectNode> store, String awaiting) {
        this.cc = cc;
        this.store = store;
        this.awaiting = awaiting;
        this.byDestination = common(RawLifecycle.of("connection")
                .row(CREATING, nextRead(), awaiting)
                .row(awaiting, action("accept"), ACCEPTED)
                .row(awaiting, action(RawLifecycle.ADVANCE), ACCEPTED) // the walker's WAIT_FOR_PARTNER: the destination acts
                .row(awaiting, action("deny"), "DENIED")
                .onEntering(awaiting, entered -> acceptOwnRequest(entered.resourceId())), List.of(awaiting))
                .build(store, "status", cc.clock(), cc);
        this.bySupport = common(RawLifecycle.of("connection")
                .row(CREATING, nextRead(), MANUAL) // UNVERIFIED: the reference says "likely PENDING/MANUAL"
                .row(MANUAL, action("completeManual"), ACTIVATING)
                .row(MANUAL, action(RawLifecycle.ADVANCE), ACTIVATING)
                .row(MANUAL, action("deny"), "DENIED"), List.of(MANUAL)) // UNVERIFIED: support refusing for the cloud
                .build(store, "status", cc.clock(), cc);
    }

    private RawLifecycle.Builder common(RawLifecycle.Builder table, List<String> waiting) {
        List<String> inFlight = new ArrayList<>(List.of(CREATING, ACCEPTED, ACTIVATING, ACTIVE, "DISABLING", "DELETING"));
        inFlight.addAll(waiting);
        List<String> cancellable = new ArrayList<>(List.of(CREATING));
        cancellable.addAll(waiting);
        List<String> deletable = new ArrayList<>(STATUSES);
        deletable.removeAll(List.of("DELETING", DELETED));
        table.row(ACCEPTED, action("activate"), ACTIVATING)
                .row(ACTIVATING, after(Duration.ofMinutes(2)), ACTIVE)
                .row(ACTIVE, action("disable"), "DISABLING")
                .row("DISABLING", after(Duration.ofMinutes(1)), "DISABLED")
                .rows(inFlight, action("fail"), "ERROR")
                .row("ERROR", action(RawLifecycle.ADVANCE), ACTIVATING) // UNVERIFIED: support repairs the connection
                .rows(cancellable, action("cancel"), "CANCELLED") // UNVERIFIED: when Console Connect cancels an order
                .rows(deletable, action("delete"), "DELETING") // UNVERIFIED: that no status refuses a delete but these two
                .row("DELETING", after(Duration.ofMinutes(1)), DELETED)
                .onEntering(ACCEPTED, entered -> scheduleActivation(entered.resourceId()))
                .onEntering(ACTIVATING, entered -> {
                    if (store.get(entered.resourceId()).path("_bySupport").asBoolean()) {
                        cc.connections.ensureHandOff(entered.resourceId());
                    }
                })
                .onEntering(ACTIVE, entered -> activated(entered.resourceId()))
                .onEntering(DELETED, entered -> store.get(entered.resourceId()).put("deleted", true)
                        .put("deletedAt", CcJson.time(cc.now())));
        for (String status : STATUSES) {
            table.onEntering(status, stamp());
        }
        return table;
    }

    private Consumer<RawLifecycle.Transition> stamp() {
        return entered -> {
            ObjectNode connection = store.get(entered.resourceId());
            String now = CcJson.time(cc.now());
            connection.put("statusChangedAt", now).put("updatedAt", now);
            if (!entered.to().equals("ERROR")) {
                connection.putNull("errorReason");
            }
        };
    }

    /** The table a connection follows. */
    RawLifecycle of(String id) {
        ObjectNode connection = store.get(id);
        if (connection == null) {
            throw new UnknownResourceException("Layer 2 connection", id);
        }
        return connection.path("_bySupport").asBoolean() ? bySupport : byDestination;
    }

    String state(String id) {
        return of(id).state(id);
    }

    /** A connection to one's own port needs nobody's acceptance. UNVERIFIED. */
    private void acceptOwnRequest(String id) {
        ObjectNode connection = store.get(id);
        if (connection.get("srcCompanyId").asText().equals(connection.get("destCompanyId").asText())) {
            byDestination.fire(id, "accept");
        }
    }

    private void scheduleActivation(String id) {
        if (!cc.connections.portsUp(store.get(id))) {
            return;
        }
        cc.clock().after(PORTS_UP_TO_ACTIVATING, () -> {
            synchronized (cc) {
                ObjectNode connection = store.get(id);
                if (connection != null && connection.get("status").asText().equals(ACCEPTED)
                        && cc.connections.portsUp(connection)) {
                    of(id).fire(id, "activate");
                }
            }
        });
    }

    /** A port came up: the accepted connections on it may go on. */
    void portCameUp(String portId) {
        for (ObjectNode connection : store.values()) {
            boolean onPort = connection.get("srcPortId").asText().equals(portId)
                    || connection.get("destPortId").asText().equals(portId);
            if (onPort && connection.get("status").asText().equals(ACCEPTED)) {
                scheduleActivation(connection.get("id").asText());
            }
        }
    }

    /**
     * The provider's (or the destination's) next step now, as the operator's advance takes it.
     *
     * @throws IllegalStateException if the connection waits for a port's link, or no step is due
     */
    void advance(String id) {
        ObjectNode connection = store.get(id);
        String status = state(id);
        if (status.equals(ACCEPTED)) {
            if (!cc.connections.portsUp(connection)) {
                throw new IllegalStateException("Layer 2 connection " + id + " is ACCEPTED and waits for its ports' links: "
                        + "bring the READY port up first (completeConstruction or linkUp on the port)");
            }
            of(id).fire(id, "activate");
            return;
        }
        if (!of(id).advance(id)) {
            throw new IllegalStateException("Layer 2 connection " + id + " is " + status
                    + ": Console Connect has no step of its own to take there");
        }
    }

    /**
     * The destination's decision on a connection waiting for it.
     *
     * @param id the connection
     * @param action {@code accept} or {@code deny}
     * @param requestStatus what its {@code request.status} records
     */
    void decide(String id, String action, String requestStatus) {
        of(id).fire(id, action);
        ObjectNode connection = store.get(id);
        Company dest = cc.companies.byId(connection.get("destCompanyId").asText()).orElseThrow();
        // UNVERIFIED: what the request block records of the decision
        ((ObjectNode) connection.get("request")).put("destApproval", dest.userId() != null ? dest.userId() : dest.id())
                .put("status", requestStatus).put("updatedAt", CcJson.time(cc.now()));
    }

    private void activated(String id) {
        ObjectNode connection = store.get(id);
        String now = CcJson.time(cc.now());
        connection.put("activeChangedAt", now);
        if (connection.get("firstActiveAt").isNull()) {
            connection.put("firstActiveAt", now);
        }
    }
}
