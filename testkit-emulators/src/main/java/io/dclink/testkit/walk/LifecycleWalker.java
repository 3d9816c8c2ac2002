package io.dclink.testkit.walk;

import io.dclink.Capability;
import io.dclink.DirectConnect;
import io.dclink.lifecycle.ConnectionState;
import io.dclink.lifecycle.LifecycleState;
import io.dclink.lifecycle.RequiredAction;
import io.dclink.lifecycle.ResourceType;
import io.dclink.lifecycle.VirtualInterfaceState;
import io.dclink.model.Connection;
import io.dclink.model.ConstructionReport;
import io.dclink.model.LifecycleResource;
import io.dclink.model.LoaApplication;
import io.dclink.model.PaymentOptions;
import io.dclink.model.UpdateConnectionRequest;
import io.dclink.model.VirtualInterface;
import io.dclink.testkit.emulator.Operator;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Walks a resource through its lifecycle by doing what its required action says: the provider's
 * steps through the emulator's operator, the customer's through the public API. Every action must
 * change what the provider reports; a resource that does not move fails the walk with the steps
 * taken so far.
 */
public final class LifecycleWalker {

    private static final int MAX_STEPS = 40;

    private final DirectConnect client;
    private final Operator operator;
    private final LoaApplication loaApplication;
    private final ConstructionReport constructionReport;
    private final UpdateConnectionRequest resubmission;
    private final PaymentOptions payment;
    private final Consumer<Step> listener;

    /**
     * Creates a walker.
     *
     * @param client the client under test
     * @param operator the emulator's operator
     * @param loaApplication what to apply for an LOA with
     * @param constructionReport what to report construction with
     * @param resubmission what to resubmit a rejected application with
     * @param payment how to pay
     */
    public LifecycleWalker(DirectConnect client, Operator operator, LoaApplication loaApplication,
            ConstructionReport constructionReport, UpdateConnectionRequest resubmission, PaymentOptions payment) {
        this.client = client;
        this.operator = operator;
        this.loaApplication = loaApplication;
        this.constructionReport = constructionReport;
        this.resubmission = resubmission;
        this.payment = payment;
        this.listener = step -> { };
    }

    private LifecycleWalker(LifecycleWalker walker, Consumer<Step> listener) {
        this.client = walker.client;
        this.operator = walker.operator;
        this.loaApplication = walker.loaApplication;
        this.constructionReport = walker.constructionReport;
        this.resubmission = walker.resubmission;
        this.payment = walker.payment;
        this.listener = listener;
    }

    /**
     * A walker that also reports each step as it is taken (a progress display).
     *
     * @param stepListener called with every step, the final one included
     * @return the walker
     */
    public LifecycleWalker onStep(Consumer<Step> stepListener) {
        return new LifecycleWalker(this, Objects.requireNonNull(stepListener, "stepListener"));
    }

    /**
     * Walks a connection until a condition holds.
     *
     * @param id the connection
     * @param done when to stop
     * @return the steps taken, the last one being the state that satisfied the condition
     */
    public List<Step> walkConnection(String id, Predicate<Connection> done) {
        return walk(() -> client.connections().get(id), done::test, connection -> actOnConnection(connection));
    }

    /**
     * Walks a connection to {@link ConnectionState#ACTIVE}.
     *
     * @param id the connection
     * @return the steps taken
     */
    public List<Step> connectionToActive(String id) {
        return walkConnection(id, c -> c.state() == ConnectionState.ACTIVE);
    }

    /**
     * Walks a virtual interface to {@link VirtualInterfaceState#ACTIVE}.
     *
     * @param id the virtual interface
     * @return the steps taken
     */
    public List<Step> virtualInterfaceToActive(String id) {
        return walk(() -> client.virtualInterfaces().get(id), v -> v.state() == VirtualInterfaceState.ACTIVE,
                vif -> actOnVirtualInterface(vif));
    }

    /**
     * Terminates a connection (ends its service without deleting it) and lets the provider finish, for lines
     * whose lifecycle refuses to delete them while active.
     *
     * @param id the connection
     * @return the connection once the provider has nothing left to do, normally {@link ConnectionState#SUSPENDED}
     */
    public Connection terminateConnection(String id) {
        Connection terminated = client.connections().terminate(id);
        for (int i = 0; i < MAX_STEPS && terminated.requiredAction() == RequiredAction.WAIT_FOR_PROVIDER; i++) {
            operator.advance(ResourceType.CONNECTION, id);
            terminated = client.connections().get(id);
        }
        return terminated;
    }

    private <R extends LifecycleResource<?>> List<Step> walk(Supplier<R> read, Predicate<R> done,
            Function<R, String> act) {
        List<Step> steps = new ArrayList<>();
        R current = read.get();
        for (int i = 0; i < MAX_STEPS; i++) {
            if (done.test(current)) {
                steps.add(new Step(current.state(), current.requiredAction(), current.providerState(), "done"));
                listener.accept(steps.get(steps.size() - 1));
                return steps;
            }
            String did = act.apply(current);
            steps.add(new Step(current.state(), current.requiredAction(), current.providerState(), did));
            listener.accept(steps.get(steps.size() - 1));
            R next = read.get();
            if (Objects.equals(next.state(), current.state()) && next.providerState().equals(current.providerState())
                    && next.requiredAction() == current.requiredAction()) {
                throw stuck(current.type() + " " + current.id() + " did not move after '" + did + "' in " + current.state()
                        + "/" + current.requiredAction() + " (provider state " + current.providerState()
                        + "): the required action does not match what the provider needs. Steps: " + steps);
            }
            current = next;
        }
        throw stuck(current.type() + " " + current.id() + " did not finish in " + MAX_STEPS + " steps: " + steps);
    }

    private String actOnConnection(Connection connection) {
        String id = connection.id();
        RequiredAction action = connection.requiredAction();
        switch (action) {
            case WAIT_FOR_PROVIDER, WAIT_FOR_PARTNER -> {
                operator.advance(ResourceType.CONNECTION, id);
                return "operator advanced it";
            }
            case PAY -> {
                if (client.provider().supports(Capability.CONNECTION_PAY)) {
                    client.connections().pay(id, payment);
                    return "paid through the API";
                }
                operator.markPaid(id);
                return "paid in the console (operator)";
            }
            case APPLY_LOA -> {
                client.loas().apply(id, loaApplication);
                return "applied for the LOA";
            }
            case RESUBMIT -> {
                if (connection.state() == ConnectionState.REJECTED) {
                    client.connections().update(id, resubmission);
                    return "resubmitted the application";
                }
                client.loas().apply(id, loaApplication);
                return "applied for the LOA again";
            }
            case CONTACT_CARRIER -> {
                operator.completeConstruction(id);
                return "the carrier built the line (operator)";
            }
            case SUBMIT_CONSTRUCTION_REPORT -> {
                client.loas().complete(id, constructionReport);
                return "submitted the construction report";
            }
            case CONFIRM -> {
                client.connections().confirm(id);
                return "confirmed the line";
            }
            default -> {
                return unexpected(connection);
            }
        }
    }

    private String actOnVirtualInterface(VirtualInterface vif) {
        String id = vif.id();
        switch (vif.requiredAction()) {
            case WAIT_FOR_PROVIDER, WAIT_FOR_PARTNER -> {
                operator.advance(ResourceType.VIRTUAL_INTERFACE, id);
                return "operator advanced it";
            }
            case CONFIGURE_ROUTER -> {
                operator.linkUp(ResourceType.VIRTUAL_INTERFACE, id);
                return "the customer router came up (operator)";
            }
            case ACCEPT -> {
                client.virtualInterfaces().accept(id);
                return "accepted it";
            }
            default -> {
                return unexpected(vif);
            }
        }
    }

    private static String unexpected(LifecycleResource<? extends LifecycleState> resource) {
        throw stuck("unexpected required action " + resource.requiredAction() + " for " + resource.type() + " "
                + resource.id() + " in " + resource.state() + " (provider state " + resource.providerState() + ")");
    }

    /** The walk cannot go on: the plugin's mapping and the emulator's process disagree. */
    private static IllegalStateException stuck(String message) {
        return new IllegalStateException(message);
    }
}
