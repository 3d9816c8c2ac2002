package io.dclink.cli;

import io.dclink.Capability;
import io.dclink.DirectConnect;
import io.dclink.ProviderInfo;
import io.dclink.RateLimitOptions;
import io.dclink.auth.Secret;
import io.dclink.error.InvalidStateException;
import io.dclink.error.ResourceNotFoundException;
import io.dclink.lifecycle.AccessPointState;
import io.dclink.lifecycle.LifecycleState;
import io.dclink.lifecycle.OperationalStatus;
import io.dclink.lifecycle.ResourceType;
import io.dclink.lifecycle.RouteState;
import io.dclink.model.AccessPoint;
import io.dclink.model.BgpPeering;
import io.dclink.model.Connection;
import io.dclink.model.ConstructionReport;
import io.dclink.model.ConstructionType;
import io.dclink.model.CreateConnectionRequest;
import io.dclink.model.CreateGatewayRequest;
import io.dclink.model.CreateRouteRequest;
import io.dclink.model.CreateVirtualInterfaceRequest;
import io.dclink.model.FieldEngineer;
import io.dclink.model.Gateway;
import io.dclink.model.Gender;
import io.dclink.model.IdDocumentType;
import io.dclink.model.LifecycleResource;
import io.dclink.model.Loa;
import io.dclink.model.LoaApplication;
import io.dclink.model.PaymentOptions;
import io.dclink.model.Route;
import io.dclink.model.RouteQuery;
import io.dclink.model.RoutingType;
import io.dclink.model.UpdateConnectionRequest;
import io.dclink.model.VirtualInterface;
import io.dclink.testkit.emulator.Emulator;
import io.dclink.testkit.emulator.EmulatorOptions;
import io.dclink.testkit.emulator.Emulators;
import io.dclink.testkit.walk.LifecycleWalker;
import io.dclink.testkit.walk.Step;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
                DirectConnect client = DirectConnect.builder().provider(provider.id()).region(emulator.region())
                        .credentials(emulator.testCredentials()).endpoint(emulator.baseUri()).clock(emulator.clock())
                        .rateLimit(EMULATOR_RATE).build()) {
            out.note("");
            out.note("== " + provider.displayName() + " (" + provider.id() + "), emulated at " + emulator.baseUri()
                    + ", region " + emulator.region());
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
        AccessPoint point = client.accessPoints().list().stream()
                .filter(ap -> ap.state() == AccessPointState.AVAILABLE).findFirst()
                .orElseThrow(() -> new IllegalStateException("no available access point"));
        out.note("-- access point " + point.id() + " (" + point.name() + "): carriers " + point.carriers() + ", ports "
                + point.portTypes());

        Connection line = client.connections().create(CreateConnectionRequest.builder().name("demo-line")
                .accessPointId(point.id()).carrier(point.carriers().isEmpty() ? null : point.carriers().get(0))
                .portType(portType(point)).bandwidthMbps(1000).customerAddress("Room 301, 3rd floor, 1 Demo Road")
                .circuitCode("DEMO-0001").build());
        out.note("-- ordered line " + line.id() + "; each step: state / required action [provider state] -> who acted");
        LifecycleWalker walker = new LifecycleWalker(client, emulator.operator(), loaApplication(), constructionReport(),
                UpdateConnectionRequest.builder().name("demo-line").build(), PaymentOptions.builder().termMonths(12).build())
                .onStep(this::show);
        lineSteps = walker.connectionToActive(line.id()).size();
        if (provider.capabilities().contains(Capability.LOA_GET)) {
            Loa loa = client.loas().get(line.id());
            String document = loa.documentUrl() == null ? "none" : loa.documentUrl().getScheme() + "://"
                    + loa.documentUrl().getRawAuthority() + loa.documentUrl().getRawPath();
            out.note("-- LOA " + loa.state() + " [" + loa.providerState() + "], line code " + loa.lineCode()
                    + ", document " + document);
        }

        Gateway gateway = null;
        if (provider.capabilities().contains(Capability.GATEWAY_CREATE)) {
            gateway = client.gateways().create(CreateGatewayRequest.builder().name("demo-gateway").networkType("VPC")
                    .networkId("vpc-demo0001").build());
            out.note("-- gateway " + gateway.id() + " " + gateway.state());
        }
        String gatewayId = gateway == null ? null : gateway.id();
        String networkId = gateway == null ? null : gateway.networkId();

        VirtualInterface bgp = client.virtualInterfaces().create(CreateVirtualInterfaceRequest.builder().name("demo-bgp")
                .connectionId(line.id()).gatewayId(gatewayId).networkId(networkId).vlan(100)
                .providerAddress("169.254.100.1/30").customerAddress("169.254.100.2/30").routing(RoutingType.BGP)
                .bgp(BgpPeering.customer(65_010L, "demo-bgp-key")).build());
        interfaces.add(bgp.id());
        out.note("-- BGP interface " + bgp.id() + " (VLAN 100, ASN 65010)");
        walker.virtualInterfaceToActive(bgp.id());
        if (client.virtualInterfaces().get(bgp.id()).operationalStatus() != OperationalStatus.UP) {
            act(() -> emulator.operator().linkUp(ResourceType.VIRTUAL_INTERFACE, bgp.id()));
        }
        out.note("   session " + client.virtualInterfaces().get(bgp.id()).operationalStatus());

        VirtualInterface routed = client.virtualInterfaces().create(CreateVirtualInterfaceRequest.builder()
                .name("demo-static").connectionId(line.id()).gatewayId(gatewayId).networkId(networkId).vlan(200)
                .providerAddress("169.254.200.1/30").customerAddress("169.254.200.2/30").routing(RoutingType.STATIC)
                .staticPrefixes(List.of("10.200.0.0/16")).build());
        interfaces.add(routed.id());
        out.note("-- static interface " + routed.id() + " (VLAN 200, 10.200.0.0/16)");
        walker.virtualInterfaceToActive(routed.id());
        Route route = null;
        if (provider.capabilities().contains(Capability.ROUTE_CREATE)) {
            route = client.routes().create(CreateRouteRequest.builder().virtualInterfaceId(routed.id())
                    .destination("10.201.0.0/16").build());
            if (route.state() == RouteState.PENDING) {
                String routeId = route.id();
                act(() -> emulator.operator().advance(ResourceType.ROUTE, routeId));
            }
            List<Route> listed = client.routes().list(RouteQuery.ofVirtualInterface(routed.id())).stream().toList();
            routes = listed.size();
            out.note("-- routes of " + routed.id() + ": " + listed.stream().map(r -> r.destination() + " " + r.state())
                    .toList());
        }

        out.note("-- tearing down: routes, interfaces, gateway, line");
        if (route != null && provider.capabilities().contains(Capability.ROUTE_DELETE)) {
            client.routes().delete(route);
        }
        for (String vif : interfaces) {
            client.virtualInterfaces().delete(vif);
            gone(() -> client.virtualInterfaces().get(vif), ResourceType.VIRTUAL_INTERFACE, vif, emulator);
        }
        if (gateway != null) {
            client.gateways().delete(gateway.id());
        }
        removeLine(client, emulator, walker, line.id());
        out.note("   done: " + lineSteps + " line steps, " + interfaces.size() + " interfaces, " + emulator.requests().size()
                + " requests");
        return line.id();
    }

    private void removeLine(DirectConnect client, Emulator emulator, LifecycleWalker walker, String id) {
        try {
            client.connections().delete(id);
        } catch (InvalidStateException activeLinesStay) {
            out.note("   the lifecycle refuses to delete an ACTIVE " + provider.id() + " line (nothing was sent): "
                    + "terminating it first");
            walker.terminateConnection(id);
            client.connections().delete(id);
        }
        gone(() -> client.connections().get(id), ResourceType.CONNECTION, id, emulator);
        out.note("   line " + id + " deleted");
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

    private static String portType(AccessPoint point) {
        return point.portTypes().stream().filter(type -> type.toUpperCase(Locale.ROOT).startsWith("10GBASE")).findFirst()
                .orElse(point.portTypes().isEmpty() ? null : point.portTypes().get(0));
    }

    private static LoaApplication loaApplication() {
        return LoaApplication.builder().companyName("Demo Networks Ltd").constructionCompany("Demo Installers")
                .constructionType(ConstructionType.FIBRE).constructionTime(Instant.parse("2030-01-15T02:00:00Z"))
                .customerLocation("Rack 12, Hall B").engineers(List.of(new FieldEngineer("Li Lei", "13800000000",
                        IdDocumentType.ID_CARD, Secret.of("110101199001011234"), Gender.MALE)))
                .build();
    }

    private static ConstructionReport constructionReport() {
        return ConstructionReport.builder().lineCode("DEMO-LINE-001").cableLabel("HALL-B-12-03")
                .lineServiceProvider("China Telecom").lineServiceContact("13900000000").build();
    }
}
