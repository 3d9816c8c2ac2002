package io.dclink.testkit.tck;

import io.dclink.Capability;
import io.dclink.DirectConnect;
import io.dclink.DirectConnectBuilder;
import io.dclink.auth.Credentials;
import io.dclink.auth.Secret;
import io.dclink.event.StateChangeEvent;
import io.dclink.model.BgpPeering;
import io.dclink.model.Connection;
import io.dclink.model.ConstructionReport;
import io.dclink.model.ConstructionType;
import io.dclink.model.CreateConnectionRequest;
import io.dclink.model.CreateGatewayRequest;
import io.dclink.model.CreateRouteRequest;
import io.dclink.model.CreateVirtualInterfaceRequest;
import io.dclink.model.FieldEngineer;
import io.dclink.model.IdDocumentType;
import io.dclink.model.LoaApplication;
import io.dclink.model.PaymentOptions;
import io.dclink.model.UpdateConnectionRequest;
import io.dclink.model.VirtualInterface;
import io.dclink.testkit.emulator.Emulator;
import io.dclink.testkit.walk.LifecycleWalker;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;

/**
 * The provider compatibility kit. A plugin author certifies a plugin by extending this class in a
 * test, supplying the emulator of the provider's API and valid requests for it:
 *
 * <pre>{@code
 * class TencentCompatibilityTest extends ProviderCompatibilityKit {
 *     protected Emulator newEmulator() { return new TencentEmulator(EmulatorOptions.defaults()); }
 *     protected CreateConnectionRequest connectionRequest(String name) { ... }
 *     protected Optional<Path> mappingDocument() { ... }   // optional
 *     ...
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
    protected static final String BGP_AUTH_KEY = "tck-Bgp-Auth-Key-3b2f1a";

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
                        Secret.of("110101199001011234"), null)))
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
     * @return the gateway id, or {@code null}
     */
    protected final String gatewayIdIfAny() {
        return fixture.gatewayIdIfAny();
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
     * {@link #virtualInterfaceRequest(String, String, int)}.
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
