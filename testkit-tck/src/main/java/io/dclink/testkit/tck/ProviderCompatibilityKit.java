package io.dclink.testkit.tck;

import io.dclink.Capability;
import io.dclink.DirectConnect;
import io.dclink.DirectConnectBuilder;
import io.dclink.auth.Credentials;
import io.dclink.event.StateChangeEvent;
import io.dclink.model.BgpPeering;
import io.dclink.model.Connection;
import io.dclink.model.ConstructionReport;
import io.dclink.model.CreateConnectionRequest;
import io.dclink.model.CreateGatewayRequest;
import io.dclink.model.CreateRouteRequest;
import io.dclink.model.CreateVirtualInterfaceRequest;
import io.dclink.model.Gateway;
import io.dclink.model.LoaApplication;
import io.dclink.model.PaymentOptions;
import io.dclink.model.UpdateConnectionRequest;
import io.dclink.model.VirtualInterface;
import io.dclink.testkit.emulator.Emulator;
import io.dclink.testkit.emulator.SampleOrder;
import io.dclink.testkit.walk.LifecycleWalker;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;

/**
 * The provider compatibility kit. A plugin author certifies a plugin by extending this class in a
 * test and supplying the emulator of the provider's API; the kit orders what the emulator's
 * {@link SampleOrder} says, and any request can be overridden:
 *
 * <pre>{@code
 * class TencentCompatibilityTest extends ProviderCompatibilityKit {
 *     protected Emulator newEmulator() { return new TencentEmulator(EmulatorOptions.defaults()); }
 *     protected Optional<Path> mappingDocument() { ... }   // optional
 * }
 * }</pre>
 *
 * <p>This class holds the fixture only: it starts the emulator and builds the client before each
 * test, closes both after it, and offers the hooks a vendor overrides. The tests are in groups, one
 * interface per group in this package ({@link DiscoveryGroup}, {@link ConnectionLifecycleGroup},
 * {@link RawStateTableGroup}, ...), whose {@code default} test methods reach the fixture through
 * {@link KitGroup#kit()}; each group runs here as one {@code @Nested} class. A vendor who adds
 * tests of its own can use the same fixture, or implement a group in its own {@code @Nested} class.
 *
 * <p>Each group exercises one capability through the public API only, over real HTTP against the
 * emulator; the plugin's descriptor is the source of truth for its capabilities, lifecycle
 * refinements and raw-state tables, which the kit checks against the emulator and, where the
 * vendor names one, the mapping document. Nothing is skipped: where the plugin does not declare a
 * capability, the group checks that the client refuses it before any request. The test class path
 * must register {@link io.dclink.testkit.logging.CapturingSlf4jProvider} so that the
 * secret-redaction group can read the logs.
 */
public abstract class ProviderCompatibilityKit {

    /** The secret of the BGP session the kit configures; it must never be logged. */
    protected static final String BGP_AUTH_KEY = SampleOrder.BGP_AUTH_KEY;

    /** The emulator of the current test. */
    protected Emulator emulator;
    /** The client under test, pointed at the emulator. */
    protected DirectConnect client;
    /** Every state change the client's waiters and watches reported during the current test. */
    protected final List<StateChangeEvent> events = new CopyOnWriteArrayList<>();

    private KitFixture fixture;

    /**
     * Creates the emulator of the provider under test; the kit starts and closes it.
     *
     * @return a new, unstarted emulator
     */
    protected abstract Emulator newEmulator();

    /**
     * What the kit orders: by default the emulator's {@link Emulator#sampleOrder()}, which every
     * hook below reads unless it is overridden.
     *
     * @return the sample order
     */
    protected SampleOrder sampleOrder() {
        return emulator.sampleOrder();
    }

    /**
     * A valid application for a connection at one of the emulator's access points.
     *
     * @param name the connection name
     * @return the request
     */
    protected CreateConnectionRequest connectionRequest(String name) {
        return sampleOrder().connection(name);
    }

    /**
     * A valid request for a virtual interface, used when the plugin declares
     * {@link Capability#VIRTUAL_INTERFACE_CREATE}: BGP with {@link #BGP_AUTH_KEY} where the provider
     * takes an authentication key.
     *
     * @param connectionId the active connection
     * @param gateway the gateway, or {@code null} when the provider has none
     * @param vlan a VLAN id valid for the provider, distinct per call
     * @return the request
     */
    protected CreateVirtualInterfaceRequest virtualInterfaceRequest(String connectionId, Gateway gateway, int vlan) {
        return sampleOrder().virtualInterface(connectionId, gateway, vlan);
    }

    /**
     * A valid request for a virtual interface that routes can be added to: static routing where the
     * sample order has it, otherwise {@link #virtualInterfaceRequest(String, Gateway, int)}.
     *
     * @param connectionId the active connection
     * @param gateway the gateway, or {@code null} when the provider has none
     * @param vlan a VLAN id valid for the provider, distinct per call
     * @return the request
     */
    protected CreateVirtualInterfaceRequest routedVirtualInterfaceRequest(String connectionId, Gateway gateway, int vlan) {
        return sampleOrder().staticInterface(connectionId, gateway, vlan)
                .orElseGet(() -> virtualInterfaceRequest(connectionId, gateway, vlan));
    }

    /**
     * A valid request for a gateway, used when the plugin declares {@link Capability#GATEWAY_CREATE}.
     *
     * @param name the gateway name
     * @return the request
     */
    protected CreateGatewayRequest gatewayRequest(String name) {
        return sampleOrder().gateway(name).orElseThrow(() -> new UnsupportedOperationException(
                "the emulator's sample order has no gateway: override gatewayRequest for GATEWAY_CREATE"));
    }

    /**
     * A valid route on an active virtual interface, used when the plugin declares
     * {@link Capability#ROUTE_CREATE}.
     *
     * @param virtualInterface the interface
     * @param destination a destination prefix, distinct per call
     * @return the request
     */
    protected CreateRouteRequest routeRequest(VirtualInterface virtualInterface, String destination) {
        return sampleOrder().route(virtualInterface, destination);
    }

    /**
     * What the kit resubmits a rejected application with.
     *
     * @return the changes
     */
    protected UpdateConnectionRequest resubmission() {
        return sampleOrder().resubmission();
    }

    /**
     * How the kit pays.
     *
     * @return the payment options
     */
    protected PaymentOptions payment() {
        return sampleOrder().payment();
    }

    /**
     * What the kit applies for an LOA with.
     *
     * @return the application
     */
    protected LoaApplication loaApplication() {
        return sampleOrder().loaApplication();
    }

    /**
     * What the kit reports construction with.
     *
     * @return the report
     */
    protected ConstructionReport constructionReport() {
        return sampleOrder().constructionReport();
    }

    /**
     * A VLAN id the provider refuses.
     *
     * @return the VLAN id
     */
    protected int invalidVlan() {
        return sampleOrder().invalidVlan();
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

    /**
     * The Markdown document whose table under {@code <!-- mapping -->} documents the plugin's
     * raw-state mapping, checked by {@link DocumentedMappingGroup}; by default none.
     *
     * @return the document, if the vendor keeps one
     */
    protected Optional<Path> mappingDocument() {
        return Optional.empty();
    }

    @BeforeEach
    final void startKit() {
        events.clear();
        fixture = new KitFixture(this);
        emulator = newEmulator().start();
        client = fixture.client(emulator.testCredentials());
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
        return fixture.client(credentials);
    }

    /**
     * Whether the plugin declares a capability.
     *
     * @param capability the capability
     * @return {@code true} if declared
     */
    protected final boolean supports(Capability capability) {
        return fixture.supports(capability);
    }

    /**
     * Whether the plugin declares every given capability; see {@link KitFixture#declares(Capability...)}.
     *
     * @param capabilities the capabilities
     * @return {@code true} if all are declared and the caller should go on with its test
     */
    protected final boolean declares(Capability... capabilities) {
        return fixture.declares(capabilities);
    }

    /**
     * A walker for the current client and emulator.
     *
     * @return the walker
     */
    protected final LifecycleWalker walker() {
        return fixture.walker();
    }

    /**
     * Applies for a connection and walks it to ACTIVE, watching for anomalies.
     *
     * @param name its name
     * @return the active connection
     */
    protected final Connection activeConnection(String name) {
        return fixture.activeConnection(name);
    }

    /**
     * A gateway for virtual interfaces, where the provider has them.
     *
     * @return the gateway, or {@code null}
     */
    protected final Gateway gatewayIfAny() {
        return fixture.gatewayIfAny();
    }

    /**
     * Creates a virtual interface on an active connection and walks it to ACTIVE.
     *
     * @param connection the active connection
     * @param vlan its VLAN id
     * @return the active interface
     */
    protected final VirtualInterface activeVirtualInterface(Connection connection, int vlan) {
        return fixture.activeVirtualInterface(connection, vlan);
    }

    /**
     * Customer-side BGP settings with the kit's authentication key, for
     * {@link #virtualInterfaceRequest(String, Gateway, int)}.
     *
     * @param customerAsn the customer's ASN
     * @return the settings
     */
    protected static BgpPeering bgp(long customerAsn) {
        return BgpPeering.customer(customerAsn, BGP_AUTH_KEY);
    }

    /** A group run against this kit's fixture. */
    abstract class Group implements KitGroup {
        @Override
        public KitFixture kit() {
            return fixture;
        }
    }

    @Nested
    @DisplayName("discovery and capabilities")
    class Discovery extends Group implements DiscoveryGroup {
    }

    @Nested
    @DisplayName("access points")
    class AccessPoints extends Group implements AccessPointGroup {
    }

    @Nested
    @DisplayName("connection lifecycle")
    class ConnectionLifecycle extends Group implements ConnectionLifecycleGroup {
    }

    @Nested
    @DisplayName("letters of authorisation")
    class Loas extends Group implements LoaGroup {
    }

    @Nested
    @DisplayName("gateways")
    class Gateways extends Group implements GatewayGroup {
    }

    @Nested
    @DisplayName("virtual interfaces")
    class VirtualInterfaces extends Group implements VirtualInterfaceGroup {
    }

    @Nested
    @DisplayName("routes")
    class Routes extends Group implements RouteGroup {
    }

    @Nested
    @DisplayName("pagination")
    class Pagination extends Group implements PaginationGroup {
    }

    @Nested
    @DisplayName("typed error mapping")
    class ErrorMapping extends Group implements ErrorMappingGroup {
    }

    @Nested
    @DisplayName("error table")
    class ErrorTable extends Group implements ErrorTableGroup {
    }

    @Nested
    @DisplayName("retries")
    class Retries extends Group implements RetryGroup {
    }

    @Nested
    @DisplayName("no duplicate on ambiguous create")
    class Idempotency extends Group implements IdempotencyGroup {
    }

    @Nested
    @DisplayName("secret redaction")
    class SecretRedaction extends Group implements SecretRedactionGroup {
    }

    @Nested
    @DisplayName("unknown states")
    class UnknownStates extends Group implements UnknownStateGroup {
    }

    @Nested
    @DisplayName("raw-state tables")
    class RawStateTables extends Group implements RawStateTableGroup {
    }

    @Nested
    @DisplayName("documented mapping")
    class DocumentedMapping extends Group implements DocumentedMappingGroup {
    }
}
