package io.dclink.cli;

import io.dclink.Capability;
import io.dclink.DirectConnect;
import io.dclink.ProviderInfo;
import io.dclink.RateLimitOptions;
import io.dclink.error.InvalidStateException;
import io.dclink.error.ResourceNotFoundException;
import io.dclink.lifecycle.LifecycleState;
import io.dclink.lifecycle.OperationalStatus;
import io.dclink.lifecycle.RequiredAction;
import io.dclink.lifecycle.ResourceType;
import io.dclink.lifecycle.RouteState;
import io.dclink.model.AccessPoint;
import io.dclink.model.Connection;
import io.dclink.model.CreateConnectionRequest;
import io.dclink.model.CreateRouteRequest;
import io.dclink.model.CreateVirtualInterfaceRequest;
import io.dclink.model.Gateway;
import io.dclink.model.LifecycleResource;
import io.dclink.model.Loa;
import io.dclink.model.Quote;
import io.dclink.model.Route;
import io.dclink.model.RouteQuery;
import io.dclink.model.VirtualInterface;
import io.dclink.testkit.emulator.Emulator;
import io.dclink.testkit.emulator.EmulatorOptions;
import io.dclink.testkit.emulator.Emulators;
import io.dclink.testkit.emulator.SampleOrder;
import io.dclink.testkit.walk.LifecycleWalker;
import io.dclink.testkit.walk.Step;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One provider's walk in the demo: the customer's steps through the public API, the provider's
 * people played by the emulator's operator, every state and required action shown as it happens.
 */
final class DemoRun {

    /** What the walk did. */
    record Summary(String provider, String result, String connectionId, int lineSteps, int virtualInterfaces, int routes,
            int requests, double seconds) {
    }

    /** The emulators do not throttle (unless told to), so the client-side limit need not pace the demo. */
    private static final RateLimitOptions EMULATOR_RATE = new RateLimitOptions(500);
    /** The customer's network the demo routes to. */
    private static final String CUSTOMER_NETWORK = "10.201.0.0/16";

    private final ProviderInfo provider;
    private final Output out;
    private final List<String> interfaces = new ArrayList<>();
    private int lineSteps;
    private int routes;

    DemoRun(ProviderInfo provider, Output out) {
        this.provider = provider;
        this.out = out;
    }

    Summary run() {
        Instant started = Instant.now();
        try (Emulator emulator = Emulators.forProvider(provider.id()).create(EmulatorOptions.defaults()).start();
                DirectConnect client = emulator.clientBuilder().rateLimit(EMULATOR_RATE).build()) {
            out.note("");
            out.note("== " + provider.displayName() + " (" + provider.id() + "), emulated at " + emulator.baseUri()
                    + (emulator.regional() ? ", region " + emulator.region() : ""));
            String lineId = null;
            try {
                lineId = walk(client, emulator);
                return summary("OK", lineId, emulator, started);
            } catch (RuntimeException | AssertionError failure) {
                out.note("   FAILED: " + failure.getMessage());
                return summary("FAILED", lineId, emulator, started);
            }
        }
    }

    private Summary summary(String result, String lineId, Emulator emulator, Instant started) {
        return new Summary(provider.id(), result, lineId == null ? "" : lineId, lineSteps, interfaces.size(), routes,
                emulator.requests().size(), Duration.between(started, Instant.now()).toMillis() / 1000.0);
    }

    private String walk(DirectConnect client, Emulator emulator) {
        SampleOrder sample = emulator.sampleOrder();
        LifecycleWalker walker = new LifecycleWalker(client, emulator.operator(), sample.loaApplication(),
                sample.constructionReport(), sample.resubmission(), sample.payment()).onStep(this::show);
        Connection line = line(client, sample, walker);
        if (provider.capabilities().contains(Capability.LOA_GET)) {
            Loa loa = client.loas().get(line.id());
            String document = loa.documentUrl() == null ? "none" : loa.documentUrl().getScheme() + "://"
                    + loa.documentUrl().getRawAuthority() + loa.documentUrl().getRawPath();
            out.note("-- LOA " + loa.state() + " [" + loa.providerState() + "], line code " + loa.lineCode()
                    + ", document " + document);
        }

        Gateway gateway = null;
        if (provider.capabilities().contains(Capability.GATEWAY_CREATE)) {
            gateway = sample.gateway("demo-gateway").map(client.gateways()::create).orElse(null);
        }
        if (gateway != null) {
            out.note("-- gateway " + gateway.id() + " " + gateway.state() + " on " + gateway.networkId());
        }

        CreateVirtualInterfaceRequest interfaceOrder = sample.virtualInterface(line.id(), gateway, 100);
        if (provider.capabilities().contains(Capability.VIRTUAL_INTERFACE_QUOTE)) {
            Quote quote = client.virtualInterfaces().quote(interfaceOrder);
            out.note("-- quote: " + (quote.priced() ? quote.total().orElseThrow() + " " + quote.currency() : "no price"));
        }
        VirtualInterface bgp = client.virtualInterfaces().create(interfaceOrder);
        interfaces.add(bgp.id());
        out.note(bgp.bgp() == null
                ? "-- Layer 2 interface " + bgp.id() + " to " + bgp.ownerAccount() + " (" + bgp.bandwidthMbps() + " Mbit/s)"
                : "-- BGP interface " + bgp.id() + " (VLAN 100, " + bgp.customerAddress() + " to " + bgp.providerAddress()
                        + ", ASN " + bgp.bgp().customerAsn() + ")");
        walker.virtualInterfaceToActive(bgp.id());
        if (client.virtualInterfaces().get(bgp.id()).operationalStatus() != OperationalStatus.UP) {
            act(() -> emulator.operator().linkUp(ResourceType.VIRTUAL_INTERFACE, bgp.id()));
        }
        out.note((bgp.bgp() == null ? "   link " : "   session ") + client.virtualInterfaces().get(bgp.id()).operationalStatus());

        VirtualInterface routed = bgp;
        Optional<CreateVirtualInterfaceRequest> staticOrder = sample.staticInterface(line.id(), gateway, 200);
        if (staticOrder.isPresent()) {
            routed = client.virtualInterfaces().create(staticOrder.get());
            interfaces.add(routed.id());
            out.note("-- static interface " + routed.id() + " (VLAN 200, " + routed.staticPrefixes() + ")");
            walker.virtualInterfaceToActive(routed.id());
        }
        List<Route> created = new ArrayList<>();
        if (provider.capabilities().contains(Capability.ROUTE_CREATE)) {
            created.add(route(client, emulator, sample.route(routed, CUSTOMER_NETWORK)));
            if (gateway != null) {
                for (CreateRouteRequest networkRoute : sample.networkRoutes(gateway, CUSTOMER_NETWORK)) {
                    created.add(route(client, emulator, networkRoute));
                }
            }
            routes = created.size();
            String routedId = routed.id();
            out.note("-- routes of " + routedId + ": " + client.routes().list(RouteQuery.ofVirtualInterface(routedId))
                    .stream().map(r -> r.destination() + " " + r.state()).toList());
            for (Route route : created.subList(1, created.size())) {
                out.note("   and " + route.destination() + " in " + route.gatewayId() + " via " + route.nextHop());
            }
        }

        out.note("-- tearing down: routes, interfaces, gateway, line");
        if (provider.capabilities().contains(Capability.ROUTE_DELETE)) {
            for (Route route : created) {
                client.routes().delete(route);
            }
        }
        for (String vif : interfaces) {
            client.virtualInterfaces().delete(vif);
            gone(() -> client.virtualInterfaces().get(vif), ResourceType.VIRTUAL_INTERFACE, vif, emulator);
        }
        if (gateway != null) {
            client.gateways().delete(gateway.id());
        }
        removeLine(client, emulator, walker, line.id());
        out.note("   done: " + lineSteps + " line steps, " + interfaces.size() + " interfaces, " + routes + " routes, "
                + emulator.requests().size() + " requests");
        return line.id();
    }

    /** The line to build on: ordered and walked to ACTIVE, or the ready one where lines are not ordered through the API. */
    private Connection line(DirectConnect client, SampleOrder sample, LifecycleWalker walker) {
        if (!provider.capabilities().contains(Capability.CONNECTION_CREATE)) {
            String ready = sample.readyConnection().orElseThrow(() -> new IllegalStateException(
                    provider.id() + " orders no lines and its emulator has none ready"));
            Connection line = client.connections().get(ready);
            out.note("-- line " + line.id() + " (" + line.name() + ") is " + line.state() + ": " + provider.id()
                    + "'s lines are not ordered through its API");
            return line;
        }
        CreateConnectionRequest order = sample.guidedConnection("demo-line");
        AccessPoint point = client.accessPoints().find(order.accessPointId())
                .orElseThrow(() -> new IllegalStateException("no access point " + order.accessPointId()));
        out.note("-- access point " + point.id() + " (" + point.name() + ", " + point.state() + "): carriers "
                + point.carriers() + ", ports " + point.portTypes());
        Connection line = client.connections().create(order);
        out.note("-- ordered line " + line.id() + (order.providerOptions().isEmpty() ? "" : " with "
                + order.providerOptions()) + "; each step: state / required action [provider state] -> who acted");
        lineSteps = walker.connectionToActive(line.id()).size();
        return line;
    }

    private static Route route(DirectConnect client, Emulator emulator, CreateRouteRequest request) {
        Route route = client.routes().create(request);
        if (route.state() == RouteState.PENDING) {
            act(() -> emulator.operator().advance(ResourceType.ROUTE, route.id()));
        }
        return route;
    }

    private void removeLine(DirectConnect client, Emulator emulator, LifecycleWalker walker, String id) {
        if (!provider.capabilities().contains(Capability.CONNECTION_DELETE)) {
            out.note("   line " + id + " stays: " + provider.id() + "'s lines are returned outside its API");
            return;
        }
        try {
            client.connections().delete(id);
        } catch (InvalidStateException activeLinesStay) {
            out.note("   the lifecycle refuses to delete an ACTIVE " + provider.id() + " line (nothing was sent): "
                    + "terminating it first");
            walker.terminateConnection(id);
            client.connections().delete(id);
        }
        gone(() -> client.connections().get(id), ResourceType.CONNECTION, id, emulator);
        out.note("   line " + id + " deleted" + afterwards(client, id));
    }

    /** What the customer still has to do once the line is deleted, where the provider says. */
    private static String afterwards(DirectConnect client, String id) {
        try {
            RequiredAction action = client.connections().get(id).requiredAction();
            return action == RequiredAction.NONE ? "" : "; next: " + action.description();
        } catch (ResourceNotFoundException gone) {
            return "";
        }
    }

    /** Until the resource is gone or DELETED, letting the provider finish what it is doing. */
    private void gone(Supplier<? extends LifecycleResource<?>> read, ResourceType type, String id, Emulator emulator) {
        for (int i = 0; i < 5; i++) {
            try {
                LifecycleState state = read.get().state();
                if (state.name().equals("DELETED")) {
                    return;
                }
                act(() -> emulator.operator().advance(type, id));
            } catch (ResourceNotFoundException deleted) {
                return;
            }
        }
        throw new IllegalStateException(type + " " + id + " was not removed");
    }

    private void show(Step step) {
        out.note(String.format("   %-21s %-38s [%s] -> %s", step.state(), step.action().description(),
                step.providerState(), step.did()));
    }

    /** Operator steps some emulators do not have are simply not needed there. */
    private static void act(Runnable operatorStep) {
        try {
            operatorStep.run();
        } catch (UnsupportedOperationException notThisProvider) {
            // the provider's process has no such step
        }
    }
}
