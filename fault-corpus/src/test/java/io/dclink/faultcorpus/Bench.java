package io.dclink.faultcorpus;

import io.dclink.CircuitBreakerOptions;
import io.dclink.DirectConnect;
import io.dclink.RateLimitOptions;
import io.dclink.RetryOptions;
import io.dclink.error.ResourceNotFoundException;
import io.dclink.lifecycle.ConnectionState;
import io.dclink.lifecycle.ResourceType;
import io.dclink.lifecycle.RouteState;
import io.dclink.model.Connection;
import io.dclink.model.ConstructionReport;
import io.dclink.model.CreateConnectionRequest;
import io.dclink.model.CreateGatewayRequest;
import io.dclink.model.CreateRouteRequest;
import io.dclink.model.CreateVirtualInterfaceRequest;
import io.dclink.model.Gateway;
import io.dclink.model.LoaApplication;
import io.dclink.model.PaymentOptions;
import io.dclink.model.Route;
import io.dclink.model.RouteQuery;
import io.dclink.model.UpdateConnectionRequest;
import io.dclink.model.VirtualInterface;
import io.dclink.testkit.emulator.Emulator;
import io.dclink.testkit.walk.LifecycleWalker;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * One running emulator of one provider with two clients: the <em>subject</em>, configured as the
 * corpus demands (small timeouts, few quick retries, no effective rate limit or circuit breaker),
 * which makes the calls under test; and a <em>helper</em> with patient settings, which prepares
 * cases and checks them without faults. Holds the resources cases share (an active line to hang
 * virtual interfaces on, a gateway) and makes fresh ones.
 */
abstract class Bench implements AutoCloseable {

    /** Lines a bench holds before it is replaced by a fresh emulator. */
    private static final int MAX_LINES = 300;
    /** Virtual interfaces on one shared line before another line is made. */
    private static final int MAX_INTERFACES_PER_LINE = 30;

    final CorpusSettings settings;
    final String worker;
    private Emulator emulator;
    private DirectConnect subject;
    private DirectConnect helper;
    private LifecycleWalker walker;
    private int sequence;
    private int generation;

    private String sharedLine;
    private int sharedLineInterfaces;
    private String sharedGateway;
    private boolean manyLines;

    Bench(CorpusSettings settings, String worker) {
        this.settings = settings;
        this.worker = worker;
    }

    // ---- what each provider says ------------------------------------------------------------------------

    abstract String provider();

    abstract Emulator newEmulator();

    /** A valid application for a line at the access point cases use. */
    abstract CreateConnectionRequest lineRequest(String name);

    /** A valid virtual interface on a line, with a VLAN and a /30 of its own. */
    abstract CreateVirtualInterfaceRequest interfaceRequest(String name, String lineId, String gatewayId, int vlan,
            int subnet, boolean staticRouting);

    /** Whether the provider's virtual interfaces hang off a gateway the customer creates. */
    abstract boolean needsGateway();

    CreateGatewayRequest gatewayRequest(String name) {
        throw new UnsupportedOperationException(provider() + " has no gateways");
    }

    /** The resource types whose raw state the emulator's operator can set. */
    abstract Set<ResourceType> settableStates();

    /** A line in a state the provider lets the customer delete. */
    abstract Connection deletableLine();

    /** How many lines make a connection listing take more than one page. */
    abstract int linesForSeveralPages();

    /** A line the operator may walk quickly to ACTIVE. */
    CreateConnectionRequest quickLineRequest(String name) {
        return lineRequest(name);
    }

    CreateRouteRequest routeRequest(String interfaceId, String destination) {
        return CreateRouteRequest.builder().virtualInterfaceId(interfaceId).destination(destination).build();
    }

    LoaApplication loaApplication() {
        return Requests.loa();
    }

    ConstructionReport constructionReport() {
        return Requests.report();
    }

    UpdateConnectionRequest resubmission() {
        return UpdateConnectionRequest.builder().name(name("resubmitted")).build();
    }

    PaymentOptions payment() {
        return PaymentOptions.defaults();
    }

    // ---- the running emulator and its clients -----------------------------------------------------------------

    synchronized void start() {
        if (emulator != null) {
            return;
        }
        generation++;
        emulator = newEmulator().start();
        subject = DirectConnect.builder().provider(provider()).region(emulator.region())
                .credentials(emulator.testCredentials()).endpoint(emulator.baseUri()).clock(emulator.clock())
                .connectTimeout(Duration.ofMillis(500)).requestTimeout(settings.requestTimeout())
                .retry(new RetryOptions(3, Duration.ofMillis(1), Duration.ofMillis(20)))
                .rateLimit(new RateLimitOptions(1_000_000))
                .circuitBreaker(new CircuitBreakerOptions(100, 10_000, 10_000, Duration.ofMillis(1)))
                .idempotencyWindow(settings.idempotencyWindow())
                .build();
        helper = DirectConnect.builder().provider(provider()).region(emulator.region())
                .credentials(emulator.testCredentials()).endpoint(emulator.baseUri()).clock(emulator.clock())
                .requestTimeout(Duration.ofSeconds(10))
                .retry(new RetryOptions(4, Duration.ofMillis(1), Duration.ofMillis(20)))
                .rateLimit(new RateLimitOptions(1_000_000))
                .circuitBreaker(new CircuitBreakerOptions(100, 10_000, 10_000, Duration.ofMillis(1)))
                .build();
        walker = new LifecycleWalker(helper, emulator.operator(), loaApplication(), constructionReport(), resubmission(),
                payment());
        sharedLine = null;
        sharedGateway = null;
        sharedLineInterfaces = 0;
        manyLines = false;
    }

    /** Replaces the emulator and both clients with fresh ones (after a hang, or when the emulator is full). */
    synchronized void recycle() {
        close();
        start();
    }

    /** Replaces the emulator when it holds enough that listings and quotas start to weigh. */
    void recycleIfFull() {
        if (emulator.operator().count(ResourceType.CONNECTION) > MAX_LINES || emulator.requests().size() > 40_000) {
            recycle();
        }
    }

    @Override
    public synchronized void close() {
        if (subject != null) {
            subject.close();
            helper.close();
            emulator.close();
        }
        subject = null;
        helper = null;
        emulator = null;
    }

    Emulator emulator() {
        return emulator;
    }

    DirectConnect subject() {
        return subject;
    }

    DirectConnect helper() {
        return helper;
    }

    LifecycleWalker walker() {
        return walker;
    }

    int generation() {
        return generation;
    }

    // ---- fresh and shared resources (fault-free, through the helper) ----------------------------------------

    /** A name no other case of this bench uses. */
    String name(String what) {
        return "fc-" + worker + "-" + what + "-" + (++sequence);
    }

    int nextNumber() {
        return ++sequence;
    }

    /** A fresh line, just applied for. */
    Connection newLine() {
        return helper.connections().create(lineRequest(name("line")));
    }

    /** A fresh line walked until a condition holds. */
    Connection lineWalkedTo(CreateConnectionRequest request, Predicate<Connection> done) {
        Connection line = helper.connections().create(request);
        walker.walkConnection(line.id(), done);
        return helper.connections().get(line.id());
    }

    /** A fresh line walked to ACTIVE. */
    Connection activeLine() {
        return lineWalkedTo(quickLineRequest(name("active")), c -> c.state() == ConnectionState.ACTIVE);
    }

    /** The active line cases hang their virtual interfaces on; another one once it carries enough. */
    synchronized String sharedLine() {
        if (sharedLine == null || sharedLineInterfaces >= MAX_INTERFACES_PER_LINE) {
            sharedLine = activeLine().id();
            sharedLineInterfaces = 0;
        }
        return sharedLine;
    }

    /** Counts a virtual interface (to be) created on the shared line, and gives it a VLAN of its own. */
    synchronized int vlanOnSharedLine() {
        sharedLine();
        sharedLineInterfaces++;
        return 100 + sharedLineInterfaces;
    }

    /** The shared line is not to be used again (an undocumented state was set on it). */
    synchronized void retireShared(String id) {
        if (id != null && id.equals(sharedLine)) {
            sharedLine = null;
        }
        if (id != null && id.equals(sharedGateway)) {
            sharedGateway = null;
        }
    }

    synchronized String sharedGateway() {
        if (!needsGateway()) {
            return null;
        }
        if (sharedGateway == null) {
            sharedGateway = newGateway().id();
        }
        return sharedGateway;
    }

    /** An id of a resource that is neither a connection nor a letter of authorisation. */
    abstract String idOfAnotherType();

    Gateway newGateway() {
        return helper.gateways().create(gatewayRequest(name("gw")));
    }

    /** A request for a fresh virtual interface on the shared line. */
    synchronized CreateVirtualInterfaceRequest newInterfaceRequest(boolean staticRouting) {
        String line = sharedLine();
        String gateway = sharedGateway();
        int vlan = vlanOnSharedLine();
        return interfaceRequest(name("vif"), line, gateway, vlan, nextNumber(), staticRouting);
    }

    /** A fresh virtual interface on the shared line, walked to ACTIVE. */
    VirtualInterface activeInterface(boolean staticRouting) {
        VirtualInterface created = helper.virtualInterfaces().create(newInterfaceRequest(staticRouting));
        walker.virtualInterfaceToActive(created.id());
        return helper.virtualInterfaces().get(created.id());
    }

    /** A foreign virtual interface on the shared line, waiting for acceptance. */
    String foreignInterface() {
        String line = sharedLine();
        vlanOnSharedLine();
        return emulator.operator().requestForeignVirtualInterface(line);
    }

    /** A destination prefix no other case of this bench uses, outside 100.64.0.0/10. */
    String newDestination() {
        int n = nextNumber();
        return "10." + (32 + n / 250 % 200) + "." + (n % 250) + ".0/24";
    }

    /** A fresh route on an interface, settled (a pending one is advanced). */
    Route newRoute(VirtualInterface vif) {
        Route route = helper.routes().create(routeRequest(vif.id(), newDestination()));
        if (route.state() == RouteState.PENDING && route.id() != null) {
            emulator.operator().advance(ResourceType.ROUTE, route.id());
        }
        return routes(vif.id()).stream().filter(r -> r.destination().equals(route.destination())).findFirst()
                .orElse(route);
    }

    List<Route> routes(String interfaceId) {
        return helper.routes().list(RouteQuery.ofVirtualInterface(interfaceId)).stream().toList();
    }

    /** Enough lines that a connection listing takes several pages. */
    synchronized void ensureManyLines() {
        if (manyLines) {
            return;
        }
        int have = emulator.operator().count(ResourceType.CONNECTION);
        for (int i = have; i < linesForSeveralPages(); i++) {
            newLine();
        }
        manyLines = true;
    }

    // ---- counting and reading back ----------------------------------------------------------------------------

    /**
     * How many resources of a type the emulator holds, by the operator's count; routes are counted
     * as the occurrences of one destination on one interface, read back without faults.
     */
    int count(ResourceType type, Prepared prepared) {
        if (type == ResourceType.ROUTE) {
            return (int) routes(prepared.interfaceId).stream()
                    .filter(route -> route.destination().equals(prepared.destination)).count();
        }
        return emulator.operator().count(type);
    }

    /** A resource's state, raw state and name read back without faults, or {@code absent}. */
    String snapshot(ResourceType type, String id, Prepared prepared) {
        try {
            return switch (type) {
                case CONNECTION -> describe(helper.connections().get(id));
                case VIRTUAL_INTERFACE -> describe(helper.virtualInterfaces().get(id));
                case GATEWAY -> describe(helper.gateways().get(id));
                case LOA -> describe(helper.loas().get(id));
                case ROUTE -> routes(prepared.interfaceId).stream()
                        .filter(route -> route.destination().equals(prepared.destination)).findFirst()
                        .map(Bench::describe).orElse("absent");
                default -> "n/a";
            };
        } catch (ResourceNotFoundException gone) {
            return "absent";
        }
    }

    static String describe(io.dclink.model.LifecycleResource<?> resource) {
        return resource.state() + "/" + resource.providerState() + "/" + resource.name();
    }

    static String describe(Route route) {
        return route.state() + "/" + route.providerState();
    }
}
