package io.dclink.testkit.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dclink.Capability;
import io.dclink.DirectConnect;
import io.dclink.DirectConnectBuilder;
import io.dclink.RateLimitOptions;
import io.dclink.RetryOptions;
import io.dclink.auth.AccessKeyCredentials;
import io.dclink.auth.ApiKeyCredentials;
import io.dclink.auth.Credentials;
import io.dclink.core.lifecycle.ProviderLifecycles;
import io.dclink.error.UnsupportedCapabilityException;
import io.dclink.event.StateChangeEvent;
import io.dclink.event.Watch;
import io.dclink.lifecycle.ConnectionState;
import io.dclink.model.Connection;
import io.dclink.model.ConstructionReport;
import io.dclink.model.CreateConnectionRequest;
import io.dclink.model.CreateGatewayRequest;
import io.dclink.model.CreateRouteRequest;
import io.dclink.model.CreateVirtualInterfaceRequest;
import io.dclink.model.Gateway;
import io.dclink.model.LoaApplication;
import io.dclink.model.UpdateConnectionRequest;
import io.dclink.model.VirtualInterface;
import io.dclink.spi.DirectConnectProvider;
import io.dclink.spi.ProviderDescriptor;
import io.dclink.testkit.emulator.EmulatedOperation;
import io.dclink.testkit.emulator.Emulator;
import io.dclink.testkit.walk.LifecycleWalker;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * What the kit's groups share during one test: the started emulator, the client under test pointed
 * at it, the state changes the client reported, the vendor's hooks of the
 * {@link ProviderCompatibilityKit}, the plugin's descriptor, and the steps several groups take
 * (walking a line to {@code ACTIVE}, checking that an undeclared capability is refused locally).
 */
public final class KitFixture {

    /**
     * How long a create whose outcome is unknown is looked for: an emulator shows what it processed
     * at once, so seconds are plenty, and a plugin that can never find what it ordered fails in
     * seconds rather than the default minute.
     */
    static final Duration IDEMPOTENCY_WINDOW = Duration.ofSeconds(2);

    private final ProviderCompatibilityKit kit;
    private ProviderDescriptor descriptor;

    KitFixture(ProviderCompatibilityKit kit) {
        this.kit = kit;
    }

    /**
     * The emulator of the current test.
     *
     * @return the started emulator
     */
    public Emulator emulator() {
        return kit.emulator;
    }

    /**
     * The client under test, pointed at the emulator.
     *
     * @return the client
     */
    public DirectConnect client() {
        return kit.client;
    }

    /**
     * Every state change the client's waiters and watches reported during the current test.
     *
     * @return the events, in order
     */
    public List<StateChangeEvent> events() {
        return kit.events;
    }

    /**
     * The vendor's {@link ProviderCompatibilityKit#connectionRequest(String)}.
     *
     * @param name the connection name
     * @return the request
     */
    public CreateConnectionRequest connectionRequest(String name) {
        return kit.connectionRequest(name);
    }

    /**
     * The vendor's {@link ProviderCompatibilityKit#virtualInterfaceRequest(String, Gateway, int)}.
     *
     * @param connectionId the active connection
     * @param gateway the gateway, or {@code null}
     * @param vlan a VLAN id, distinct per call
     * @return the request
     */
    public CreateVirtualInterfaceRequest virtualInterfaceRequest(String connectionId, Gateway gateway, int vlan) {
        return kit.virtualInterfaceRequest(connectionId, gateway, vlan);
    }

    /**
     * The vendor's {@link ProviderCompatibilityKit#routedVirtualInterfaceRequest(String, Gateway, int)}.
     *
     * @param connectionId the active connection
     * @param gateway the gateway, or {@code null}
     * @param vlan a VLAN id, distinct per call
     * @return the request
     */
    public CreateVirtualInterfaceRequest routedVirtualInterfaceRequest(String connectionId, Gateway gateway, int vlan) {
        return kit.routedVirtualInterfaceRequest(connectionId, gateway, vlan);
    }

    /**
     * The vendor's {@link ProviderCompatibilityKit#gatewayRequest(String)}.
     *
     * @param name the gateway name
     * @return the request
     */
    public CreateGatewayRequest gatewayRequest(String name) {
        return kit.gatewayRequest(name);
    }

    /**
     * The vendor's {@link ProviderCompatibilityKit#routeRequest(VirtualInterface, String)}.
     *
     * @param virtualInterface the interface
     * @param destination a destination prefix, distinct per call
     * @return the request
     */
    public CreateRouteRequest routeRequest(VirtualInterface virtualInterface, String destination) {
        return kit.routeRequest(virtualInterface, destination);
    }

    /**
     * The vendor's {@link ProviderCompatibilityKit#resubmission()}.
     *
     * @return the changes
     */
    public UpdateConnectionRequest resubmission() {
        return kit.resubmission();
    }

    /**
     * The vendor's {@link ProviderCompatibilityKit#loaApplication()}.
     *
     * @return the application
     */
    public LoaApplication loaApplication() {
        return kit.loaApplication();
    }

    /**
     * The vendor's {@link ProviderCompatibilityKit#constructionReport()}.
     *
     * @return the report
     */
    public ConstructionReport constructionReport() {
        return kit.constructionReport();
    }

    /**
     * The vendor's {@link ProviderCompatibilityKit#invalidVlan()}.
     *
     * @return the VLAN id
     */
    public int invalidVlan() {
        return kit.invalidVlan();
    }

    /**
     * The vendor's {@link ProviderCompatibilityKit#mappingDocument()}.
     *
     * @return the document, if the vendor names one
     */
    public Optional<Path> mappingDocument() {
        return kit.mappingDocument();
    }

    /**
     * The descriptor of the plugin installed under the emulator's provider id, found as the runtime
     * finds plugins (with {@link ServiceLoader}).
     *
     * @return the descriptor
     * @throws AssertionError unless exactly one installed plugin has that id
     */
    public ProviderDescriptor descriptor() {
        if (descriptor == null) {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            List<ProviderDescriptor> found = ServiceLoader.load(DirectConnectProvider.class,
                            loader == null ? KitFixture.class.getClassLoader() : loader).stream()
                    .map(provider -> provider.get().descriptor())
                    .filter(candidate -> candidate.id().equals(emulator().providerId()))
                    .collect(Collectors.toList());
            assertThat(found).as("installed plugins with the id %s", emulator().providerId()).hasSize(1);
            descriptor = found.get(0);
        }
        return descriptor;
    }

    /**
     * The standard lifecycles with the plugin's refinements applied, as the runtime gates them.
     *
     * @return the lifecycles
     */
    public ProviderLifecycles lifecycles() {
        return ProviderLifecycles.of(descriptor().lifecycle());
    }

    /**
     * A client of the emulator with other credentials.
     *
     * @param credentials the credentials
     * @return the client; the caller closes it
     */
    public DirectConnect client(Credentials credentials) {
        return builder(credentials).build();
    }

    /**
     * A builder of clients of the emulator, configured as the kit's own client (the vendor's
     * {@code configure} applied), for a group that needs other settings on top.
     *
     * @param credentials the credentials
     * @return the builder
     */
    public DirectConnectBuilder builder(Credentials credentials) {
        return kit.configure(emulator().clientBuilder()
                .credentials(credentials)
                .retry(new RetryOptions(4, Duration.ofMillis(1), Duration.ofMillis(50)))
                .idempotencyWindow(IDEMPOTENCY_WINDOW)
                .rateLimit(new RateLimitOptions(10_000))
                .listener(events()::add));
    }

    /**
     * Whether the plugin declares a capability.
     *
     * @param capability the capability
     * @return {@code true} if declared
     */
    public boolean supports(Capability capability) {
        return client().provider().supports(capability);
    }

    /**
     * Whether the plugin declares every given capability. Where it does not, checks instead that
     * the client refuses each undeclared one before sending anything: a test of a feature the
     * provider lacks still proves something, and the kit never skips.
     *
     * @param capabilities the capabilities
     * @return {@code true} if all are declared and the caller should go on with its test
     */
    public boolean declares(Capability... capabilities) {
        boolean all = true;
        for (Capability capability : capabilities) {
            if (!supports(capability)) {
                all = false;
                probes().of(capability).ifPresent(call -> assertRefusedLocally(capability, call));
            }
        }
        return all;
    }

    /**
     * Whether the plugin declares every given capability and an active line can be had for them:
     * ordered and walked where the plugin orders lines, else the sample order's ready line. Checks
     * undeclared capabilities as {@link #declares(Capability...)} does.
     *
     * @param capabilities the capabilities the test uses on the line
     * @return {@code true} if the caller should go on with its test
     */
    public boolean declaresOnAnActiveLine(Capability... capabilities) {
        boolean declared = declares(capabilities);
        return declared && (supports(Capability.CONNECTION_CREATE) || kit.sampleOrder().readyConnection().isPresent()
                || declares(Capability.CONNECTION_CREATE));
    }

    CapabilityProbes probes() {
        return new CapabilityProbes(client(), loaApplication(), constructionReport());
    }

    void assertRefusedLocally(Capability capability, Runnable call) {
        int sent = emulator().requests().size();
        assertThatThrownBy(call::run).as(capability + " is not declared").isInstanceOf(UnsupportedCapabilityException.class);
        assertThat(emulator().requests().size()).as("requests sent for undeclared " + capability).isEqualTo(sent);
    }

    /**
     * A walker for the current client and emulator.
     *
     * @return the walker
     */
    public LifecycleWalker walker() {
        return new LifecycleWalker(client(), emulator().operator(), loaApplication(), constructionReport(),
                resubmission(), kit.payment());
    }

    /**
     * Applies for a connection and walks it to ACTIVE, watching for anomalies.
     *
     * @param name its name
     * @return the active connection
     */
    public Connection activeConnection(String name) {
        if (!supports(Capability.CONNECTION_CREATE)) {
            String ready = kit.sampleOrder().readyConnection().orElseThrow(() -> new AssertionError(
                    "the plugin orders no connections and the emulator's sample order names no ready one"));
            Connection line = client().connections().get(ready);
            assertThat(line.state()).as("the sample order's ready connection %s", ready).isEqualTo(ConnectionState.ACTIVE);
            return line;
        }
        Connection created = client().connections().create(connectionRequest(name));
        Watch watch = client().connections().watch(created.id(), Duration.ofMillis(1), event -> { });
        try {
            walker().connectionToActive(created.id());
        } finally {
            watch.close();
        }
        assertThat(events()).as("state changes while walking connection %s", created.id())
                .noneMatch(StateChangeEvent::isAnomaly);
        return client().connections().get(created.id());
    }

    /**
     * Whether the provider's error answers carry a request id (its envelope says where), so that
     * every typed error must have one.
     *
     * @return {@code true} unless the envelope names no place for it
     */
    public boolean answersCarryRequestIds() {
        return !descriptor().errorEnvelope().requestIdAt().isEmpty();
    }

    /**
     * A gateway for virtual interfaces, where the provider has them.
     *
     * @return the gateway, or {@code null}
     */
    public Gateway gatewayIfAny() {
        return supports(Capability.GATEWAY_CREATE) ? client().gateways().create(gatewayRequest("tck-gateway")) : null;
    }

    /**
     * Creates a virtual interface on an active connection and walks it to ACTIVE.
     *
     * @param connection the active connection
     * @param vlan its VLAN id
     * @return the active interface
     */
    public VirtualInterface activeVirtualInterface(Connection connection, int vlan) {
        VirtualInterface created = client().virtualInterfaces()
                .create(virtualInterfaceRequest(connection.id(), gatewayIfAny(), vlan));
        walker().virtualInterfaceToActive(created.id());
        return client().virtualInterfaces().get(created.id());
    }

    /**
     * The emulator's name of an operation, for its request log and faults.
     *
     * @param operation the operation
     * @return the name
     */
    public String operation(EmulatedOperation operation) {
        return emulator().operationName(operation);
    }

    static Credentials wrongSecret(Credentials credentials) {
        if (credentials instanceof AccessKeyCredentials keys) {
            return Credentials.accessKey(keys.accessKeyId(), "tck-wrong-secret-" + keys.secretKey().reveal().length());
        }
        return Credentials.apiKey("tck-wrong-api-key-0000");
    }

    static Credentials unknownKey(Credentials credentials) {
        return credentials instanceof ApiKeyCredentials
                ? Credentials.apiKey("tck-unknown-api-key-0000")
                : Credentials.accessKey("TCKUNKNOWNKEYID", "tck-unknown-secret-0000");
    }
}
