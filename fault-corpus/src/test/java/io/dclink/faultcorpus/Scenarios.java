package io.dclink.faultcorpus;

import static io.dclink.faultcorpus.Checks.both;
import static io.dclink.faultcorpus.Checks.expect;
import static io.dclink.faultcorpus.Checks.sameId;
import static io.dclink.faultcorpus.Checks.sameListing;

import io.dclink.DirectConnect;
import io.dclink.lifecycle.RequiredAction;
import io.dclink.lifecycle.ResourceType;
import io.dclink.model.Connection;
import io.dclink.model.ConnectionQuery;
import io.dclink.model.CreateConnectionRequest;
import io.dclink.model.CreateGatewayRequest;
import io.dclink.model.CreateRouteRequest;
import io.dclink.model.CreateVirtualInterfaceRequest;
import io.dclink.model.Gateway;
import io.dclink.model.GatewayQuery;
import io.dclink.model.Loa;
import io.dclink.model.Route;
import io.dclink.model.RouteQuery;
import io.dclink.model.UpdateConnectionRequest;
import io.dclink.model.UpdateVirtualInterfaceRequest;
import io.dclink.model.VirtualInterface;
import io.dclink.model.VirtualInterfaceQuery;
import io.dclink.pair.PairRequest;
import io.dclink.pair.RedundantPair;
import io.dclink.pair.RedundantPairs;
import io.dclink.pair.Resilience;
import io.dclink.spi.ProviderOperation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/** The scenario of every public operation. A provider's bench prepares what differs between providers. */
final class Scenarios {

    private Scenarios() {
    }

    /** Every operation's scenario, in the order of {@link ProviderOperation#all()}. */
    static Map<ProviderOperation<?, ?>, Scenario> all() {
        Map<ProviderOperation<?, ?>, Scenario> scenarios = new LinkedHashMap<>();
        for (Scenario scenario : List.of(
                // access points
                list(ProviderOperation.ACCESS_POINT_LIST, bench -> new Prepared(),
                        (client, p) -> client.accessPoints().list().stream().toList(),
                        bench -> bench.helper().accessPoints().list().stream().toList()),
                // connections
                list(ProviderOperation.CONNECTION_LIST, bench -> {
                    bench.ensureManyLines();
                    String line = bench.newLine().id();
                    return new Prepared().target(ResourceType.CONNECTION, line).state(ResourceType.CONNECTION, line, false);
                }, (client, p) -> client.connections().list(ConnectionQuery.all()).stream().toList(),
                        bench -> bench.helper().connections().list(ConnectionQuery.all()).stream().toList()),
                get(ProviderOperation.CONNECTION_GET, bench -> line(bench.newLine()),
                        (client, p) -> client.connections().get(p.id)),
                new Scenario(ProviderOperation.CONNECTION_CREATE, bench -> {
                    Prepared p = new Prepared();
                    CreateConnectionRequest request = bench.lineRequest(bench.name("new"));
                    p.request = request;
                    p.expectedName = request.name();
                    return p;
                }, (client, p) -> client.connections().create((CreateConnectionRequest) p.request),
                        (bench, p, result) -> created(result, p, id -> bench.helper().connections().get(id).name()),
                        ResourceType.CONNECTION, false),
                new Scenario(ProviderOperation.CONNECTION_REDUNDANT_ORDER, bench -> {
                    Prepared p = new Prepared();
                    CreateConnectionRequest line = bench.lineRequest(bench.name("pair"));
                    p.request = PairRequest.builder().resilience(Resilience.TWO_ACCESS_POINTS)
                            .line(line.toBuilder().accessPointId(null).circuitCode(null).build()).build();
                    p.expectedName = line.name();
                    return p;
                }, (client, p) -> RedundantPairs.of(client).create((PairRequest) p.request),
                        (bench, p, result) -> pairCreated(result, p, id -> bench.helper().connections().get(id).name()),
                        ResourceType.CONNECTION, false, 2),
                change(ProviderOperation.CONNECTION_UPDATE, bench -> renamed(line(bench.newLine()), bench),
                        (client, p) -> client.connections().update(p.id, (UpdateConnectionRequest) p.request),
                        (bench, p, result) -> both(sameId(result, p.id),
                                named(p, bench.helper().connections().get(p.id).name()))),
                change(ProviderOperation.CONNECTION_RESUBMIT, bench -> {
                    Connection line = bench.newLine();
                    bench.emulator().operator().reject(line.id(), "the corpus resubmits it");
                    return renamed(line(line), bench);
                }, (client, p) -> client.connections().update(p.id, (UpdateConnectionRequest) p.request),
                        (bench, p, result) -> both(sameId(result, p.id),
                                named(p, bench.helper().connections().get(p.id).name()))),
                change(ProviderOperation.CONNECTION_DELETE, bench -> line(bench.deletableLine()),
                        (client, p) -> {
                            client.connections().delete(p.id);
                            return null;
                        }, (bench, p, result) -> List.of()),
                change(ProviderOperation.CONNECTION_CANCEL, bench -> line(bench.newLine()),
                        (client, p) -> client.connections().cancel(p.id), Scenarios::sameTarget),
                change(ProviderOperation.CONNECTION_CONFIRM,
                        bench -> line(bench.lineWalkedTo(bench.quickLineRequest(bench.name("confirm")),
                                c -> c.requiredAction() == RequiredAction.CONFIRM)),
                        (client, p) -> client.connections().confirm(p.id), Scenarios::sameTarget),
                change(ProviderOperation.CONNECTION_PAY,
                        bench -> line(bench.lineWalkedTo(bench.quickLineRequest(bench.name("pay")),
                                c -> c.requiredAction() == RequiredAction.PAY)),
                        (client, p) -> client.connections().pay(p.id, io.dclink.model.PaymentOptions.defaults()),
                        Scenarios::sameTarget),
                change(ProviderOperation.CONNECTION_TERMINATE, bench -> line(bench.activeLine()),
                        (client, p) -> client.connections().terminate(p.id), Scenarios::sameTarget),
                // letters of authorisation
                get(ProviderOperation.LOA_GET, bench -> loa(bench, false), (client, p) -> client.loas().get(p.id)),
                change(ProviderOperation.LOA_APPLY, bench -> loa(bench, false),
                        (client, p) -> client.loas().apply(p.id, bench(p).loaApplication()), Scenarios::sameTarget),
                change(ProviderOperation.LOA_REAPPLY, bench -> loa(bench, true),
                        (client, p) -> client.loas().apply(p.id, bench(p).loaApplication()), Scenarios::sameTarget),
                change(ProviderOperation.LOA_COMPLETE, bench -> {
                    Connection line = bench.lineWalkedTo(bench.lineRequest(bench.name("report")),
                            c -> c.requiredAction() == RequiredAction.SUBMIT_CONSTRUCTION_REPORT);
                    return new Prepared().target(ResourceType.LOA, line.id()).state(ResourceType.LOA, line.id(), false)
                            .state(ResourceType.CONNECTION, line.id(), false);
                }, (client, p) -> client.loas().complete(p.id, bench(p).constructionReport()), Scenarios::sameTarget),
                // gateways
                list(ProviderOperation.GATEWAY_LIST, bench -> gateway(bench.newGateway()),
                        (client, p) -> client.gateways().list(GatewayQuery.all()).stream().toList(),
                        bench -> bench.helper().gateways().list(GatewayQuery.all()).stream().toList()),
                get(ProviderOperation.GATEWAY_GET, bench -> gateway(bench.newGateway()),
                        (client, p) -> client.gateways().get(p.id)),
                new Scenario(ProviderOperation.GATEWAY_CREATE, bench -> {
                    Prepared p = new Prepared();
                    CreateGatewayRequest request = bench.gatewayRequest(bench.name("newgw"));
                    p.request = request;
                    p.expectedName = request.name();
                    return p;
                }, (client, p) -> client.gateways().create((CreateGatewayRequest) p.request),
                        (bench, p, result) -> created(result, p, id -> bench.helper().gateways().get(id).name()),
                        ResourceType.GATEWAY, false),
                change(ProviderOperation.GATEWAY_DELETE, bench -> gateway(bench.newGateway()), (client, p) -> {
                    client.gateways().delete(p.id);
                    return null;
                }, (bench, p, result) -> List.of()),
                // virtual interfaces
                list(ProviderOperation.VIRTUAL_INTERFACE_LIST, bench -> vif(bench.helper().virtualInterfaces()
                        .create(bench.newInterfaceRequest(false))),
                        (client, p) -> client.virtualInterfaces().list(VirtualInterfaceQuery.all()).stream().toList(),
                        bench -> bench.helper().virtualInterfaces().list(VirtualInterfaceQuery.all()).stream().toList()),
                get(ProviderOperation.VIRTUAL_INTERFACE_GET, bench -> vif(bench.helper().virtualInterfaces()
                        .create(bench.newInterfaceRequest(false))), (client, p) -> client.virtualInterfaces().get(p.id)),
                new Scenario(ProviderOperation.VIRTUAL_INTERFACE_CREATE, bench -> {
                    Prepared p = new Prepared();
                    CreateVirtualInterfaceRequest request = bench.newInterfaceRequest(bench.nextNumber() % 2 == 0);
                    p.request = request;
                    p.expectedName = request.name();
                    return p.state(ResourceType.CONNECTION, request.connectionId(), true);
                }, (client, p) -> client.virtualInterfaces().create((CreateVirtualInterfaceRequest) p.request),
                        (bench, p, result) -> created(result, p, id -> bench.helper().virtualInterfaces().get(id).name()),
                        ResourceType.VIRTUAL_INTERFACE, false),
                change(ProviderOperation.VIRTUAL_INTERFACE_UPDATE, bench -> {
                    Prepared p = vif(bench.activeInterface(false));
                    p.expectedName = bench.name("renamed");
                    p.request = UpdateVirtualInterfaceRequest.builder().name(p.expectedName).build();
                    return p;
                }, (client, p) -> client.virtualInterfaces().update(p.id, (UpdateVirtualInterfaceRequest) p.request),
                        (bench, p, result) -> both(sameId(result, p.id),
                                named(p, bench.helper().virtualInterfaces().get(p.id).name()))),
                change(ProviderOperation.VIRTUAL_INTERFACE_DELETE, bench -> vif(bench.activeInterface(true)),
                        (client, p) -> {
                            client.virtualInterfaces().delete(p.id);
                            return null;
                        }, (bench, p, result) -> List.of()),
                change(ProviderOperation.VIRTUAL_INTERFACE_ACCEPT, bench -> vif(bench.foreignInterface()),
                        (client, p) -> client.virtualInterfaces().accept(p.id), Scenarios::sameTarget),
                change(ProviderOperation.VIRTUAL_INTERFACE_REJECT, bench -> vif(bench.foreignInterface()),
                        (client, p) -> client.virtualInterfaces().reject(p.id), Scenarios::sameTarget),
                change(ProviderOperation.VIRTUAL_INTERFACE_TERMINATE, bench -> vif(bench.activeInterface(true)),
                        (client, p) -> client.virtualInterfaces().terminate(p.id), Scenarios::sameTarget),
                change(ProviderOperation.VIRTUAL_INTERFACE_RECOVER, bench -> {
                    VirtualInterface vif = bench.activeInterface(true);
                    VirtualInterface terminated = bench.helper().virtualInterfaces().terminate(vif.id());
                    for (int i = 0; i < 5 && terminated.requiredAction() == RequiredAction.WAIT_FOR_PROVIDER; i++) {
                        bench.emulator().operator().advance(ResourceType.VIRTUAL_INTERFACE, vif.id());
                        terminated = bench.helper().virtualInterfaces().get(vif.id());
                    }
                    return vif(terminated);
                }, (client, p) -> client.virtualInterfaces().recover(p.id), Scenarios::sameTarget),
                // routes
                list(ProviderOperation.ROUTE_LIST, bench -> {
                    VirtualInterface vif = bench.activeInterface(true);
                    Route route = bench.newRoute(vif);
                    Prepared p = vif(vif);
                    p.interfaceId = vif.id();
                    if (route.id() != null) {
                        p.state(ResourceType.ROUTE, route.id(), false);
                    }
                    return p;
                }, (client, p) -> client.routes().list(RouteQuery.ofVirtualInterface(p.interfaceId)).stream().toList(),
                        null),
                new Scenario(ProviderOperation.ROUTE_CREATE, bench -> {
                    VirtualInterface vif = bench.activeInterface(true);
                    Prepared p = vif(vif);
                    p.interfaceId = vif.id();
                    p.destination = bench.newDestination();
                    p.request = bench.routeRequest(vif.id(), p.destination);
                    return p;
                }, (client, p) -> client.routes().create((CreateRouteRequest) p.request), (bench, p, result) -> {
                    Route route = (Route) result;
                    return both(expect(route != null && p.destination.equals(route.destination()),
                            "created a route to " + p.destination + " but answered " + Checks.describe(route)),
                            expect(route == null || p.interfaceId.equals(route.virtualInterfaceId()),
                                    "created a route on " + p.interfaceId + " but answered one on "
                                            + (route == null ? null : route.virtualInterfaceId())));
                }, ResourceType.ROUTE, false),
                change(ProviderOperation.ROUTE_DELETE, bench -> {
                    VirtualInterface vif = bench.activeInterface(true);
                    Route route = bench.newRoute(vif);
                    Prepared p = new Prepared().target(ResourceType.ROUTE, route.id());
                    p.interfaceId = vif.id();
                    p.destination = route.destination();
                    p.route = route;
                    p.state(ResourceType.VIRTUAL_INTERFACE, vif.id(), false);
                    if (route.id() != null) {
                        p.state(ResourceType.ROUTE, route.id(), false);
                    }
                    return p;
                }, (client, p) -> {
                    client.routes().delete(p.route);
                    return null;
                }, (bench, p, result) -> List.of()))) {
            scenarios.put(scenario.operation(), scenario);
        }
        return scenarios;
    }

    // ---- shapes --------------------------------------------------------------------------------------------

    private static Scenario list(ProviderOperation<?, ?> operation, Function<Bench, Prepared> prepare,
            BiFunction<DirectConnect, Prepared, Object> invoke, Function<Bench, List<?>> reference) {
        Scenario.Verifier verify = reference != null
                ? (bench, p, result) -> sameListing(result, reference.apply(bench))
                : (bench, p, result) -> sameListing(result, bench.routes(p.interfaceId));
        return new Scenario(operation, prepare, invoke, verify, null, false);
    }

    private static Scenario get(ProviderOperation<?, ?> operation, Function<Bench, Prepared> prepare,
            BiFunction<DirectConnect, Prepared, Object> invoke) {
        return new Scenario(operation, prepare, invoke, (bench, p, result) -> sameId(result, p.id), null, false);
    }

    private static Scenario change(ProviderOperation<?, ?> operation, Function<Bench, Prepared> prepare,
            BiFunction<DirectConnect, Prepared, Object> invoke, Scenario.Verifier verify) {
        return new Scenario(operation, prepare, invoke, verify, null, true);
    }

    private static List<String> sameTarget(Bench bench, Prepared p, Object result) {
        return sameId(result, p.id);
    }

    private static List<String> named(Prepared p, String name) {
        return expect(p.expectedName.equals(name), "the call succeeded but the resource is named '" + name
                + "', not '" + p.expectedName + "'");
    }

    /** A create's answer names a resource the emulator now holds, under the name asked for. */
    private static List<String> created(Object result, Prepared p, Function<String, String> nameOf) {
        if (!(result instanceof io.dclink.model.Resource resource) || resource.id() == null) {
            return List.of("a create answered " + Checks.describe(result) + " instead of the new resource");
        }
        String name = nameOf.apply(resource.id());
        return expect(p.expectedName.equals(name), "the create answered " + resource.id() + ", which is named '" + name
                + "', not '" + p.expectedName + "'");
    }

    /** A redundant pair's answer names both new lines, under the pair's names. */
    private static List<String> pairCreated(Object result, Prepared p, Function<String, String> nameOf) {
        if (!(result instanceof RedundantPair pair) || pair.second() == null) {
            return List.of("a pair order answered " + Checks.describe(result) + " instead of both lines");
        }
        return both(expect(nameOf.apply(pair.first().id()).equals(p.expectedName + "-1"), "the first line is not named "
                + p.expectedName + "-1"), expect(nameOf.apply(pair.second().id()).equals(p.expectedName + "-2"),
                "the second line is not named " + p.expectedName + "-2"));
    }

    private static Prepared line(Connection line) {
        return new Prepared().target(ResourceType.CONNECTION, line.id()).state(ResourceType.CONNECTION, line.id(), false);
    }

    private static Prepared renamed(Prepared p, Bench bench) {
        p.expectedName = bench.name("renamed");
        p.request = UpdateConnectionRequest.builder().name(p.expectedName).build();
        return p;
    }

    private static Prepared gateway(Gateway gateway) {
        return new Prepared().target(ResourceType.GATEWAY, gateway.id()).state(ResourceType.GATEWAY, gateway.id(), false);
    }

    private static Prepared vif(VirtualInterface vif) {
        return vif(vif.id());
    }

    private static Prepared vif(String id) {
        return new Prepared().target(ResourceType.VIRTUAL_INTERFACE, id).state(ResourceType.VIRTUAL_INTERFACE, id, false);
    }

    private static Prepared loa(Bench bench, boolean rejectedOnce) {
        Connection line = bench.lineWalkedTo(bench.lineRequest(bench.name("loa")),
                c -> c.requiredAction() == RequiredAction.APPLY_LOA);
        if (rejectedOnce) {
            Loa applied = bench.helper().loas().apply(line.id(), bench.loaApplication());
            bench.emulator().operator().rejectLoa(applied.connectionId(), "the corpus applies again");
        }
        return new Prepared().target(ResourceType.LOA, line.id()).state(ResourceType.LOA, line.id(), false)
                .state(ResourceType.CONNECTION, line.id(), false);
    }

    private static Bench bench(Prepared p) {
        return p.bench;
    }
}
