package io.dclink.testkit.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dclink.Capability;
import io.dclink.DirectConnect;
import io.dclink.DirectConnectBuilder;
import io.dclink.ProviderInfo;
import io.dclink.RateLimitOptions;
import io.dclink.RetryOptions;
import io.dclink.auth.AccessKeyCredentials;
import io.dclink.auth.ApiKeyCredentials;
import io.dclink.auth.Credentials;
import io.dclink.error.AuthenticationException;
import io.dclink.error.DirectConnectException;
import io.dclink.error.InvalidStateException;
import io.dclink.error.ResourceNotFoundException;
import io.dclink.error.UnsupportedCapabilityException;
import io.dclink.error.ValidationException;
import io.dclink.event.StateChangeEvent;
import io.dclink.event.Watch;
import io.dclink.lifecycle.AccessPointState;
import io.dclink.lifecycle.ConnectionState;
import io.dclink.lifecycle.GatewayState;
import io.dclink.lifecycle.LoaState;
import io.dclink.lifecycle.RequiredAction;
import io.dclink.lifecycle.ResourceType;
import io.dclink.lifecycle.VirtualInterfaceState;
import io.dclink.model.AccessPoint;
import io.dclink.model.BgpPeering;
import io.dclink.model.Connection;
import io.dclink.model.ConnectionQuery;
import io.dclink.model.ConstructionReport;
import io.dclink.model.ConstructionType;
import io.dclink.model.CreateConnectionRequest;
import io.dclink.model.CreateGatewayRequest;
import io.dclink.model.CreateRouteRequest;
import io.dclink.model.CreateVirtualInterfaceRequest;
import io.dclink.model.FieldEngineer;
import io.dclink.model.Gateway;
import io.dclink.model.GatewayQuery;
import io.dclink.model.IdDocumentType;
import io.dclink.model.Loa;
import io.dclink.model.LoaApplication;
import io.dclink.model.PaymentOptions;
import io.dclink.model.Route;
import io.dclink.model.RouteQuery;
import io.dclink.model.UpdateConnectionRequest;
import io.dclink.model.VirtualInterface;
import io.dclink.testkit.emulator.EmulatedOperation;
import io.dclink.testkit.emulator.Emulator;
import io.dclink.testkit.logging.LogCapture;
import io.dclink.testkit.walk.LifecycleWalker;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The provider compatibility kit. A plugin author certifies a plugin by extending this class in a
 * test, supplying the emulator of the provider's API and valid requests for it:
 *
 * <pre>{@code
 * class TencentCompatibilityTest extends ProviderCompatibilityKit {
 *     protected Emulator newEmulator() { return new TencentEmulator(EmulatorOptions.defaults()); }
 *     protected CreateConnectionRequest connectionRequest(String name) { ... }
 *     ...
 * }
 * }</pre>
 *
 * <p>Each {@code @Nested} group exercises one capability through the public API only, over real
 * HTTP against the emulator. Nothing is skipped: where the plugin does not declare a capability, the
 * group checks that the client refuses it before any request. The test class path must register
 * {@link io.dclink.testkit.logging.CapturingSlf4jProvider} so that the secret-redaction group can
 * read the logs.
 */
public abstract class ProviderCompatibilityKit {

    /** The secret of the BGP session the kit configures; it must never be logged. */
    protected static final String BGP_AUTH_KEY = "tck-Bgp-Auth-Key-3b2f1a";

    /** The emulator of the current test. */
    protected Emulator emulator;
    /** The client under test, pointed at the emulator. */
    protected DirectConnect client;
    /** Every state change the client's waiters and watches reported during the current test. */
    protected final List<StateChangeEvent> events = new CopyOnWriteArrayList<>();

    /**
     * Creates the emulator of the provider under test; the kit starts and closes it.
     *
     * @return a new, unstarted emulator
     */
    protected abstract Emulator newEmulator();

    /**
     * A valid application for a connection at one of the emulator's access points.
     *
     * @param name the connection name
     * @return the request
     */
    protected abstract CreateConnectionRequest connectionRequest(String name);

    /**
     * A valid request for a virtual interface; required when the plugin declares
     * {@link Capability#VIRTUAL_INTERFACE_CREATE}. Use BGP with {@link #BGP_AUTH_KEY} where the
     * provider supports an authentication key.
     *
     * @param connectionId the active connection
     * @param gatewayId the gateway, or {@code null} when the provider has none
     * @param vlan a VLAN id valid for the provider, distinct per call
     * @return the request
     */
    protected CreateVirtualInterfaceRequest virtualInterfaceRequest(String connectionId, String gatewayId, int vlan) {
        throw new UnsupportedOperationException("override virtualInterfaceRequest for VIRTUAL_INTERFACE_CREATE");
    }

    /**
     * A valid request for a virtual interface that routes can be added to (for example static
     * routing, where the provider's routes are the interface's static prefixes); by default
     * {@link #virtualInterfaceRequest(String, String, int)}.
     *
     * @param connectionId the active connection
     * @param gatewayId the gateway, or {@code null} when the provider has none
     * @param vlan a VLAN id valid for the provider, distinct per call
     * @return the request
     */
    protected CreateVirtualInterfaceRequest routedVirtualInterfaceRequest(String connectionId, String gatewayId, int vlan) {
        return virtualInterfaceRequest(connectionId, gatewayId, vlan);
    }

    /**
     * A valid request for a gateway; required when the plugin declares {@link Capability#GATEWAY_CREATE}.
     *
     * @param name the gateway name
     * @return the request
     */
    protected CreateGatewayRequest gatewayRequest(String name) {
        throw new UnsupportedOperationException("override gatewayRequest for GATEWAY_CREATE");
    }

    /**
     * A valid route on an active virtual interface; required when the plugin declares
     * {@link Capability#ROUTE_CREATE}.
     *
     * @param virtualInterface the interface
     * @param destination a destination prefix, distinct per call
     * @return the request
     */
    protected CreateRouteRequest routeRequest(VirtualInterface virtualInterface, String destination) {
        return CreateRouteRequest.builder().virtualInterfaceId(virtualInterface.id()).destination(destination).build();
    }

    /**
     * What the kit resubmits a rejected application with.
     *
     * @return the changes
     */
    protected UpdateConnectionRequest resubmission() {
        return UpdateConnectionRequest.builder().name("tck-resubmitted").build();
    }

    /**
     * How the kit pays.
     *
     * @return the payment options
     */
    protected PaymentOptions payment() {
        return PaymentOptions.defaults();
    }

    /**
     * What the kit applies for an LOA with.
     *
     * @return the application
     */
    protected LoaApplication loaApplication() {
        return LoaApplication.builder().companyName("TCK Networks Ltd").constructionCompany("TCK Installers")
                .constructionType(ConstructionType.FIBRE).constructionTime(Instant.parse("2030-01-15T02:00:00Z"))
                .engineers(List.of(new FieldEngineer("Li Lei", "13800000000", IdDocumentType.ID_CARD,
                        io.dclink.auth.Secret.of("110101199001011234"), null)))
                .build();
    }

    /**
     * What the kit reports construction with.
     *
     * @return the report
     */
    protected ConstructionReport constructionReport() {
        return ConstructionReport.builder().lineCode("TCK-LINE-001").cableLabel("TCK-CAB-01")
                .lineServiceProvider("China Telecom").build();
    }

    /**
     * A VLAN id the provider refuses.
     *
     * @return the VLAN id
     */
    protected int invalidVlan() {
        return 99_999;
    }

    /**
     * Adjusts the client the kit builds (provider properties, for example).
     *
     * @param builder the builder, already pointed at the emulator
     * @return the builder
     */
    protected DirectConnectBuilder configure(DirectConnectBuilder builder) {
        return builder;
    }

    @BeforeEach
    final void startKit() {
        events.clear();
        emulator = newEmulator().start();
        client = client(emulator.testCredentials());
    }

    @AfterEach
    final void stopKit() {
        if (client != null) {
            client.close();
        }
        if (emulator != null) {
            emulator.close();
        }
    }

    /**
     * A client of the emulator with other credentials.
     *
     * @param credentials the credentials
     * @return the client; the caller closes it
     */
    protected final DirectConnect client(Credentials credentials) {
        return configure(DirectConnect.builder()
                .provider(emulator.providerId())
                .region(emulator.region())
                .credentials(credentials)
                .endpoint(emulator.baseUri())
                .clock(emulator.clock())
                .retry(new RetryOptions(4, Duration.ofMillis(1), Duration.ofMillis(50)))
                .rateLimit(new RateLimitOptions(10_000))
                .listener(events::add))
                .build();
    }

    /**
     * Whether the plugin declares a capability.
     *
     * @param capability the capability
     * @return {@code true} if declared
     */
    protected final boolean supports(Capability capability) {
        return client.provider().supports(capability);
    }

    /**
     * Whether the plugin declares every given capability. Where it does not, checks instead that
     * the client refuses each undeclared one before sending anything: a test of a feature the
     * provider lacks still proves something, and the kit never skips.
     *
     * @param capabilities the capabilities
     * @return {@code true} if all are declared and the caller should go on with its test
     */
    protected final boolean declares(Capability... capabilities) {
        boolean all = true;
        for (Capability capability : capabilities) {
            if (!supports(capability)) {
                all = false;
                probes().of(capability).ifPresent(call -> assertRefusedLocally(capability, call));
            }
        }
        return all;
    }

    private CapabilityProbes probes() {
        return new CapabilityProbes(client, loaApplication(), constructionReport());
    }

    private void assertRefusedLocally(Capability capability, Runnable call) {
        int sent = emulator.requests().size();
        assertThatThrownBy(call::run).as(capability + " is not declared").isInstanceOf(UnsupportedCapabilityException.class);
        assertThat(emulator.requests().size()).as("requests sent for undeclared " + capability).isEqualTo(sent);
    }

    /**
     * A walker for the current client and emulator.
     *
     * @return the walker
     */
    protected final LifecycleWalker walker() {
        return new LifecycleWalker(client, emulator.operator(), loaApplication(), constructionReport(), resubmission(),
                payment());
    }

    /**
     * Applies for a connection and walks it to ACTIVE, watching for anomalies.
     *
     * @param name its name
     * @return the active connection
     */
    protected final Connection activeConnection(String name) {
        Connection created = client.connections().create(connectionRequest(name));
        Watch watch = client.connections().watch(created.id(), Duration.ofMillis(1), event -> { });
        try {
            walker().connectionToActive(created.id());
        } finally {
            watch.close();
        }
        assertThat(events).as("state changes while walking connection %s", created.id())
                .noneMatch(StateChangeEvent::isAnomaly);
        return client.connections().get(created.id());
    }

    /**
     * A gateway for virtual interfaces, where the provider has them.
     *
     * @return the gateway id, or {@code null}
     */
    protected final String gatewayIdIfAny() {
        return supports(Capability.GATEWAY_CREATE) ? client.gateways().create(gatewayRequest("tck-gateway")).id() : null;
    }

    /**
     * Creates a virtual interface on an active connection and walks it to ACTIVE.
     *
     * @param connection the active connection
     * @param vlan its VLAN id
     * @return the active interface
     */
    protected final VirtualInterface activeVirtualInterface(Connection connection, int vlan) {
        VirtualInterface created = client.virtualInterfaces()
                .create(virtualInterfaceRequest(connection.id(), gatewayIdIfAny(), vlan));
        walker().virtualInterfaceToActive(created.id());
        return client.virtualInterfaces().get(created.id());
    }

    private String operation(EmulatedOperation operation) {
        return emulator.operationName(operation);
    }

    /** Discovery and capabilities. */
    @Nested
    @DisplayName("discovery and capabilities")
    class Discovery {

        @Test
        @DisplayName("the plugin is discovered under the emulator's provider id")
        void discovered() {
            assertThat(DirectConnect.providers()).extracting(ProviderInfo::id).contains(emulator.providerId());
            assertThat(client.provider().id()).isEqualTo(emulator.providerId());
            assertThat(client.provider().spiVersion()).isEqualTo(io.dclink.spi.SpiVersion.CURRENT.toString());
            assertThat(client.provider().capabilities()).contains(Capability.CONNECTION_LIST);
            assertThat(client.provider().credentialVariables()).isNotEmpty();
        }

        @Test
        @DisplayName("every capability is honoured as declared: undeclared ones fail before any request")
        void capabilitiesAreHonouredAsDeclared() {
            CapabilityProbes probes = probes();
            for (Capability capability : Capability.values()) {
                Optional<Runnable> call = probes.of(capability);
                if (call.isEmpty()) {
                    continue;
                }
                if (supports(capability)) {
                    Throwable outcome = catchThrowable(call.get()::run);
                    assertThat(outcome instanceof UnsupportedCapabilityException).as(capability + " is declared, but: "
                            + outcome).isFalse();
                } else {
                    assertRefusedLocally(capability, call.get());
                }
            }
        }
    }

    /** Access points. */
    @Nested
    @DisplayName("access points")
    class AccessPoints {

        @Test
        @DisplayName("are listed with a state and their raw state")
        void listed() {
            if (!declares(Capability.ACCESS_POINT_LIST)) {
                return;
            }
            List<AccessPoint> points = client.accessPoints().list().stream().collect(Collectors.toList());

            assertThat(points).isNotEmpty();
            assertThat(points).allSatisfy(point -> {
                assertThat(point.provider()).isEqualTo(emulator.providerId());
                assertThat(point.id()).isNotBlank();
                assertThat(point.providerState()).isNotNull();
            });
            assertThat(points).anyMatch(point -> point.state() == AccessPointState.AVAILABLE);
            assertThat(client.accessPoints().find(points.get(0).id())).contains(points.get(0));
        }
    }

    /** The connection lifecycle. */
    @Nested
    @DisplayName("connection lifecycle")
    class ConnectionLifecycle {

        @Test
        @DisplayName("a new application starts waiting on someone and reaches ACTIVE by its required actions")
        void applicationToActive() {
            if (!declares(Capability.CONNECTION_CREATE)) {
                return;
            }
            Connection created = client.connections().create(connectionRequest("tck-line"));

            assertThat(created.state()).isIn(ConnectionState.PENDING_APPROVAL, ConnectionState.PENDING_PAYMENT,
                    ConnectionState.PROVISIONING, ConnectionState.PENDING_LOA);
            assertThat(created.requiredAction()).isNotIn(RequiredAction.NONE, RequiredAction.UNKNOWN);
            assertThat(created.providerState().value()).isNotBlank();

            Connection active = activeConnection("tck-line-2");
            assertThat(active.requiredAction()).isEqualTo(RequiredAction.NONE);
            assertThat(client.connections().list(ConnectionQuery.builder().ids(List.of(active.id())).build()).stream()
                    .map(Connection::id)).containsExactly(active.id());
        }

        @Test
        @DisplayName("a rejected application asks for resubmission and, resubmitted, reaches ACTIVE")
        void rejectionAndResubmission() {
            if (!declares(Capability.CONNECTION_CREATE)) {
                return;
            }
            Connection created = client.connections().create(connectionRequest("tck-rejected"));
            walker().walkConnection(created.id(), c -> c.state() == ConnectionState.PENDING_APPROVAL);
            emulator.operator().reject(created.id(), "inaccurate information");

            Connection rejected = client.connections().get(created.id());
            assertThat(rejected.state()).isEqualTo(ConnectionState.REJECTED);
            if (!supports(Capability.CONNECTION_RESUBMIT)) {
                assertThat(rejected.requiredAction()).isNotEqualTo(RequiredAction.RESUBMIT);
                assertThatThrownBy(() -> client.connections().update(created.id(), resubmission()))
                        .isInstanceOfAny(UnsupportedCapabilityException.class, InvalidStateException.class);
                return;
            }
            assertThat(rejected.requiredAction()).isEqualTo(RequiredAction.RESUBMIT);

            client.connections().update(created.id(), resubmission());
            assertThat(client.connections().get(created.id()).state()).isEqualTo(ConnectionState.PENDING_APPROVAL);
            walker().connectionToActive(created.id());
            assertThat(client.connections().get(created.id()).state()).isEqualTo(ConnectionState.ACTIVE);
        }

        @Test
        @DisplayName("an active connection is deleted (terminated first where the lifecycle says so) and ends DELETED or gone")
        void deletion() {
            if (!declares(Capability.CONNECTION_CREATE, Capability.CONNECTION_DELETE)) {
                return;
            }
            Connection active = activeConnection("tck-delete");

            String delete = operation(EmulatedOperation.DELETE_CONNECTION);
            Throwable refused = catchThrowable(() -> client.connections().delete(active.id()));
            if (refused != null) {
                assertThat(refused).as("deleting an active line may only be refused by the lifecycle, locally")
                        .isInstanceOf(InvalidStateException.class);
                assertThat(emulator.requests().count(delete)).as("deletes sent before the refusal").isZero();
                assertThat(supports(Capability.CONNECTION_TERMINATE)).as("a line that cannot be deleted while active "
                        + "must be terminable").isTrue();
                Connection terminated = walker().terminateConnection(active.id());
                assertThat(terminated.state()).isEqualTo(ConnectionState.SUSPENDED);
                client.connections().delete(active.id());
            }

            for (int i = 0; i < 5; i++) {
                try {
                    Connection after = client.connections().get(active.id());
                    if (after.state() == ConnectionState.DELETED) {
                        return;
                    }
                    assertThat(after.state()).isEqualTo(ConnectionState.DELETING);
                    emulator.operator().advance(ResourceType.CONNECTION, active.id());
                } catch (ResourceNotFoundException gone) {
                    return;
                }
            }
            throw new AssertionError("connection " + active.id() + " was not deleted");
        }
    }

    /** Letters of authorisation. */
    @Nested
    @DisplayName("letters of authorisation")
    class Loas {

        @Test
        @DisplayName("are applied for, rejected, re-applied for, issued and completed")
        void loaLifecycle() {
            if (!declares(Capability.CONNECTION_CREATE, Capability.LOA_APPLY, Capability.LOA_GET)) {
                return;
            }
            Connection created = client.connections().create(connectionRequest("tck-loa"));
            walker().walkConnection(created.id(), c -> c.requiredAction() == RequiredAction.APPLY_LOA);

            Loa none = client.loas().get(created.id());
            assertThat(none.state()).isEqualTo(LoaState.NOT_REQUESTED);
            assertThat(none.requiredAction()).isEqualTo(RequiredAction.APPLY_LOA);

            assertThat(client.loas().apply(created.id(), loaApplication()).state()).isEqualTo(LoaState.IN_REVIEW);
            emulator.operator().rejectLoa(created.id(), "engineer's document unreadable");
            Loa rejected = client.loas().get(created.id());
            assertThat(rejected.state()).isEqualTo(LoaState.REJECTED);
            assertThat(rejected.requiredAction()).isEqualTo(RequiredAction.RESUBMIT);

            assertThat(client.loas().apply(created.id(), loaApplication()).state()).isEqualTo(LoaState.IN_REVIEW);
            emulator.operator().issueLoa(created.id());
            Loa issued = client.loas().get(created.id());
            assertThat(issued.state()).isEqualTo(LoaState.ISSUED);
            assertThat(issued.documentUrl()).isNotNull();
            assertThat(issued.companyName()).isEqualTo(loaApplication().companyName());

            if (supports(Capability.LOA_COMPLETE)) {
                client.loas().complete(created.id(), constructionReport());
                assertThat(client.loas().get(created.id()).state()).isEqualTo(LoaState.COMPLETED);
            }
            walker().connectionToActive(created.id());
        }
    }

    /** Gateways. */
    @Nested
    @DisplayName("gateways")
    class Gateways {

        @Test
        @DisplayName("are created, read, listed and deleted")
        void gatewayLifecycle() {
            if (!declares(Capability.GATEWAY_CREATE, Capability.GATEWAY_LIST)) {
                return;
            }
            Gateway created = client.gateways().create(gatewayRequest("tck-gw"));

            assertThat(created.state()).isIn(GatewayState.PENDING, GatewayState.ACTIVE);
            assertThat(client.gateways().get(created.id()).id()).isEqualTo(created.id());
            assertThat(client.gateways().list(GatewayQuery.all()).stream().map(Gateway::id)).contains(created.id());

            if (supports(Capability.GATEWAY_DELETE)) {
                if (client.gateways().get(created.id()).state() == GatewayState.PENDING) {
                    emulator.operator().advance(ResourceType.GATEWAY, created.id());
                }
                client.gateways().delete(created.id());
                assertThat(client.gateways().list(GatewayQuery.all()).stream()
                        .filter(g -> g.id().equals(created.id()) && g.state() != GatewayState.DELETED
                                && g.state() != GatewayState.DELETING))
                        .isEmpty();
            }
        }
    }

    /** Virtual interfaces. */
    @Nested
    @DisplayName("virtual interfaces")
    class VirtualInterfaces {

        @Test
        @DisplayName("bad VLANs and addresses are refused before any request, naming every problem")
        void localValidation() {
            if (!declares(Capability.VIRTUAL_INTERFACE_CREATE)) {
                return;
            }
            CreateVirtualInterfaceRequest valid = virtualInterfaceRequest("tck-line", null, 101);
            int before = emulator.requests().size();

            assertThatThrownBy(() -> client.virtualInterfaces().create(valid.toBuilder().vlan(invalidVlan())
                            .providerAddress("10.10.10.1/30").customerAddress("10.10.20.2/30").build()))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                            .extracting(io.dclink.error.Problem::field).contains("vlan"))
                    .hasMessageContaining("vlan");
            assertThat(emulator.requests().size()).as("requests sent").isEqualTo(before);
        }

        @Test
        @DisplayName("cannot be created on a connection that is not active")
        void needsAnActiveConnection() {
            if (!declares(Capability.CONNECTION_CREATE, Capability.VIRTUAL_INTERFACE_CREATE)) {
                return;
            }
            Connection pending = client.connections().create(connectionRequest("tck-pending"));
            String create = operation(EmulatedOperation.CREATE_VIRTUAL_INTERFACE);

            String gateway = gatewayIdIfAny();
            assertThatThrownBy(() -> client.virtualInterfaces().create(virtualInterfaceRequest(pending.id(), gateway, 102)))
                    .isInstanceOf(InvalidStateException.class)
                    .hasMessageContaining("Nothing was sent");
            assertThat(emulator.requests().count(create)).isZero();
        }

        @Test
        @DisplayName("are created on an active connection and reach ACTIVE by their required actions")
        void createdToActive() {
            if (!declares(Capability.CONNECTION_CREATE, Capability.VIRTUAL_INTERFACE_CREATE)) {
                return;
            }
            Connection line = activeConnection("tck-vif-line");

            VirtualInterface active = activeVirtualInterface(line, 103);

            assertThat(active.state()).isEqualTo(VirtualInterfaceState.ACTIVE);
            assertThat(active.connectionId()).isEqualTo(line.id());
            assertThat(active.vlan()).isEqualTo(103);
        }

        @Test
        @DisplayName("created by another account on our line wait for acceptance, and are accepted or rejected")
        void acceptanceFlow() {
            if (!declares(Capability.CONNECTION_CREATE, Capability.VIRTUAL_INTERFACE_ACCEPT)) {
                return;
            }
            Connection line = activeConnection("tck-shared-line");

            String first = emulator.operator().requestForeignVirtualInterface(line.id());
            VirtualInterface waiting = client.virtualInterfaces().get(first);
            assertThat(waiting.state()).isEqualTo(VirtualInterfaceState.PENDING_ACCEPTANCE);
            assertThat(waiting.requiredAction()).isEqualTo(RequiredAction.ACCEPT);
            client.virtualInterfaces().accept(first);
            walker().virtualInterfaceToActive(first);

            String second = emulator.operator().requestForeignVirtualInterface(line.id());
            client.virtualInterfaces().reject(second);
            assertThat(client.virtualInterfaces().get(second).state())
                    .isIn(VirtualInterfaceState.REJECTED, VirtualInterfaceState.DELETING, VirtualInterfaceState.DELETED);
        }
    }

    /** Routes. */
    @Nested
    @DisplayName("routes")
    class Routes {

        @Test
        @DisplayName("are added to an active virtual interface, listed and removed")
        void routeLifecycle() {
            if (!declares(Capability.CONNECTION_CREATE, Capability.VIRTUAL_INTERFACE_CREATE,
                    Capability.ROUTE_CREATE, Capability.ROUTE_LIST)) {
                return;
            }
            Connection line = activeConnection("tck-route-line");
            VirtualInterface created = client.virtualInterfaces()
                    .create(routedVirtualInterfaceRequest(line.id(), gatewayIdIfAny(), 104));
            walker().virtualInterfaceToActive(created.id());
            VirtualInterface vif = client.virtualInterfaces().get(created.id());

            Route route = client.routes().create(routeRequest(vif, "172.16.10.0/24"));
            assertThat(route.destination()).isEqualTo("172.16.10.0/24");
            if (route.state() == io.dclink.lifecycle.RouteState.PENDING) {
                emulator.operator().advance(ResourceType.ROUTE, route.id());
            }
            List<Route> listed = client.routes().list(RouteQuery.ofVirtualInterface(vif.id())).stream().collect(Collectors.toList());
            assertThat(listed).extracting(Route::destination).contains("172.16.10.0/24");

            if (supports(Capability.ROUTE_DELETE)) {
                Route current = listed.stream().filter(r -> r.destination().equals("172.16.10.0/24")).findFirst().orElseThrow();
                client.routes().delete(current);
                if (client.routes().list(RouteQuery.ofVirtualInterface(vif.id())).stream()
                        .anyMatch(r -> r.destination().equals("172.16.10.0/24"))) {
                    emulator.operator().advance(ResourceType.ROUTE, current.id());
                }
                assertThat(client.routes().list(RouteQuery.ofVirtualInterface(vif.id())).stream()
                        .map(Route::destination)).doesNotContain("172.16.10.0/24");
            }
        }
    }

    /** Pagination. */
    @Nested
    @DisplayName("pagination")
    class Pagination {

        @Test
        @DisplayName("a listing longer than one page is read lazily, completely and without duplicates")
        void manyPages() {
            if (!declares(Capability.CONNECTION_CREATE, Capability.CONNECTION_LIST)) {
                return;
            }
            int count = 120;
            for (int i = 0; i < count; i++) {
                client.connections().create(connectionRequest("tck-page-" + i));
            }
            String describe = operation(EmulatedOperation.DESCRIBE_CONNECTIONS);
            emulator.requests().clear();

            var listing = client.connections().list();
            assertThat(emulator.requests().count(describe)).as("nothing fetched before iteration").isZero();
            List<String> ids = listing.stream().map(Connection::id).collect(Collectors.toList());

            assertThat(ids).hasSizeGreaterThanOrEqualTo(count);
            assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
            assertThat(emulator.requests().count(describe)).as("pages fetched").isGreaterThan(1);
        }
    }

    /** Error mapping. */
    @Nested
    @DisplayName("typed error mapping")
    class ErrorMapping {

        @Test
        @DisplayName("a missing resource is ResourceNotFoundException with the provider's code and request id")
        void notFound() {
            String missing = "tck-missing-" + System.nanoTime();

            assertThatThrownBy(() -> client.connections().get(missing))
                    .isInstanceOfSatisfying(ResourceNotFoundException.class, e -> {
                        assertThat(e.provider()).contains(emulator.providerId());
                        assertThat(e.requestId()).as("request id").isPresent();
                        assertThat(e.isRetryable()).isFalse();
                    });
        }

        @Test
        @DisplayName("a wrong secret and an unknown key are AuthenticationException, not retried")
        void authentication() {
            String describe = operation(EmulatedOperation.DESCRIBE_CONNECTIONS);
            try (DirectConnect wrongSecret = client(wrongSecret(emulator.testCredentials()));
                    DirectConnect unknownKey = client(unknownKey(emulator.testCredentials()))) {
                assertThatThrownBy(() -> wrongSecret.connections().list().stream().count())
                        .isInstanceOfSatisfying(AuthenticationException.class,
                                e -> assertThat(e.errorCode()).as("the provider's code").isPresent());
                assertThatThrownBy(() -> unknownKey.connections().list().stream().count())
                        .isInstanceOf(AuthenticationException.class);
            }
            assertThat(emulator.requests().count(describe)).as("each failure was sent once").isEqualTo(2);
        }

        @Test
        @DisplayName("an operation the provider refuses in the current state is InvalidStateException")
        void invalidState() {
            if (!declares(Capability.CONNECTION_CREATE, Capability.CONNECTION_DELETE)) {
                return;
            }
            Connection created = client.connections().create(connectionRequest("tck-state"));
            emulator.operator().setRawState(ResourceType.CONNECTION, created.id(), "TCK_UNDOCUMENTED_STATE");

            assertThatThrownBy(() -> client.connections().delete(created.id()))
                    .as("gating allows everything in UNKNOWN, so the provider itself refuses")
                    .isInstanceOfSatisfying(InvalidStateException.class,
                            e -> assertThat(e.errorCode()).as("the provider's code").isPresent());
        }
    }

    /** Retries. */
    @Nested
    @DisplayName("retries")
    class Retries {

        @Test
        @DisplayName("throttled calls are retried until they succeed")
        void throttling() {
            String describe = operation(EmulatedOperation.DESCRIBE_CONNECTIONS);
            emulator.faults().throttle(describe, 2);

            client.connections().list().stream().count();

            assertThat(emulator.requests().count(describe)).isEqualTo(3);
            assertThat(emulator.requests().of(describe)).filteredOn(r -> r.fault() != null).hasSize(2);
        }

        @Test
        @DisplayName("internal errors of reads are retried")
        void serverErrors() {
            String describe = operation(EmulatedOperation.DESCRIBE_CONNECTIONS);
            emulator.faults().serverError(describe, 503, 1);

            client.connections().list().stream().count();

            assertThat(emulator.requests().count(describe)).isEqualTo(2);
        }
    }

    /** Idempotent creation. */
    @Nested
    @DisplayName("no duplicate on ambiguous create")
    class Idempotency {

        @Test
        @DisplayName("a create whose answer is lost after it took effect orders exactly one line")
        void lostAnswer() {
            if (!declares(Capability.CONNECTION_CREATE)) {
                return;
            }
            int before = emulator.operator().count(ResourceType.CONNECTION);
            emulator.faults().reset(operation(EmulatedOperation.CREATE_CONNECTION), true, 1);

            Connection created = client.connections().create(connectionRequest("tck-ambiguous"));

            assertThat(emulator.operator().count(ResourceType.CONNECTION)).isEqualTo(before + 1);
            assertThat(client.connections().get(created.id()).id()).isEqualTo(created.id());
        }

        @Test
        @DisplayName("a create whose request was lost before it took effect is placed once")
        void lostRequest() {
            if (!declares(Capability.CONNECTION_CREATE)) {
                return;
            }
            int before = emulator.operator().count(ResourceType.CONNECTION);
            emulator.faults().reset(operation(EmulatedOperation.CREATE_CONNECTION), false, 1);

            client.connections().create(connectionRequest("tck-lost"));

            assertThat(emulator.operator().count(ResourceType.CONNECTION)).isEqualTo(before + 1);
        }
    }

    /** Secret redaction. */
    @Nested
    @DisplayName("secret redaction")
    class SecretRedaction {

        @Test
        @DisplayName("no secret appears in logs, error messages or printed objects")
        void noSecretLeaks() {
            assertTrue(LogCapture.isActive(), "register io.dclink.testkit.logging.CapturingSlf4jProvider in "
                    + "src/test/resources/META-INF/services/org.slf4j.spi.SLF4JServiceProvider so that the kit can read logs");
            Credentials good = emulator.testCredentials();
            Credentials bad = wrongSecret(good);
            List<String> secrets = new ArrayList<>();
            good.secrets().forEach(s -> secrets.add(s.reveal()));
            bad.secrets().forEach(s -> secrets.add(s.reveal()));
            secrets.add(BGP_AUTH_KEY);
            List<String> texts = new ArrayList<>();

            try (DirectConnect wrong = client(bad)) {
                try {
                    wrong.connections().list().stream().count();
                } catch (DirectConnectException e) {
                    texts.add(e.toString());
                }
                texts.add(wrong.toString());
            }
            if (supports(Capability.VIRTUAL_INTERFACE_CREATE) && supports(Capability.CONNECTION_CREATE)) {
                VirtualInterface vif = activeVirtualInterface(activeConnection("tck-secret-line"), 105);
                texts.add(vif.toString());
                texts.add(String.valueOf(vif.bgp()));
            }
            texts.add(good.toString());
            texts.add(client.toString());

            assertThat(texts).noneMatch(text -> secrets.stream().anyMatch(text::contains));
            assertThat(LogCapture.linesContaining(secrets)).isEmpty();
        }
    }

    /** Undocumented provider states. */
    @Nested
    @DisplayName("unknown states")
    class UnknownStates {

        @Test
        @DisplayName("an undocumented raw state maps to UNKNOWN, keeps the raw value and never throws")
        void undocumentedState() {
            if (!declares(Capability.CONNECTION_CREATE)) {
                return;
            }
            Connection created = client.connections().create(connectionRequest("tck-unknown"));
            emulator.operator().setRawState(ResourceType.CONNECTION, created.id(), "TCK_UNDOCUMENTED_STATE");

            Connection read = client.connections().get(created.id());
            assertThat(read.state()).isEqualTo(ConnectionState.UNKNOWN);
            assertThat(read.requiredAction()).isEqualTo(RequiredAction.UNKNOWN);
            assertThat(read.providerState().toString()).contains("TCK_UNDOCUMENTED_STATE");
            assertThat(client.connections().list().stream().filter(c -> c.id().equals(created.id())))
                    .extracting(Connection::state).containsExactly(ConnectionState.UNKNOWN);
        }

        @Test
        @DisplayName("an undocumented virtual interface state maps to UNKNOWN too")
        void undocumentedInterfaceState() {
            if (!declares(Capability.CONNECTION_CREATE, Capability.VIRTUAL_INTERFACE_CREATE)) {
                return;
            }
            VirtualInterface created = client.virtualInterfaces()
                    .create(virtualInterfaceRequest(activeConnection("tck-unknown-vif").id(), gatewayIdIfAny(), 106));
            emulator.operator().setRawState(ResourceType.VIRTUAL_INTERFACE, created.id(), "TCK_UNDOCUMENTED_STATE");

            VirtualInterface read = client.virtualInterfaces().get(created.id());
            assertThat(read.state()).isEqualTo(VirtualInterfaceState.UNKNOWN);
            assertThat(read.providerState().toString()).contains("TCK_UNDOCUMENTED_STATE");
        }
    }

    private static Credentials wrongSecret(Credentials credentials) {
        if (credentials instanceof AccessKeyCredentials keys) {
            return Credentials.accessKey(keys.accessKeyId(), "tck-wrong-secret-" + keys.secretKey().reveal().length());
        }
        return Credentials.apiKey("tck-wrong-api-key-0000");
    }

    private static Credentials unknownKey(Credentials credentials) {
        return credentials instanceof ApiKeyCredentials
                ? Credentials.apiKey("tck-unknown-api-key-0000")
                : Credentials.accessKey("TCKUNKNOWNKEYID", "tck-unknown-secret-0000");
    }

    /**
     * Customer-side BGP settings with the kit's authentication key, for
     * {@link #virtualInterfaceRequest(String, String, int)}.
     *
     * @param customerAsn the customer's ASN
     * @return the settings
     */
    protected static BgpPeering bgp(long customerAsn) {
        return BgpPeering.customer(customerAsn, BGP_AUTH_KEY);
    }
}
