package io.dclink.testkit.consoleconnect;

import io.dclink.auth.Credentials;
import io.dclink.testkit.emulator.EmulatedOperation;
import io.dclink.testkit.emulator.Emulator;
import io.dclink.testkit.emulator.EmulatorOptions;
import io.dclink.testkit.emulator.KeyRing;
import io.dclink.testkit.emulator.SampleOrder;
import io.dclink.testkit.emulator.WireProtocol;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The Console Connect (PCCW Global) emulator: its REST API for ports, destination companies'
 * metro capabilities, Layer 2 connections and pricing, behind {@code Authorization: Bearer <key>}
 * (the test key is {@link KeyRing#TEST_KEY_ID}, acting for company {@value #TEST_COMPANY}).
 * Business-to-business connections wait for the destination company's acceptance (the operator's
 * accept); connections to {@value #TENCENT_CLOUD} wait in {@code MANUAL} until support completes
 * them and hands over the provider's account, the shared connection and the VLAN. Console Connect
 * has no regions ({@link #regional()} is {@code false}).
 */
public final class ConsoleConnectEmulator extends Emulator {

    /** The provider id. */
    public static final String PROVIDER_ID = "consoleconnect";
    /** The username of the test key's company. */
    public static final String TEST_COMPANY = Companies.TEST_COMPANY;
    /** The cloud destination support provisions by hand. */
    public static final String TENCENT_CLOUD = Companies.TENCENT;
    /** A business-to-business destination that accepts or denies connections itself. */
    public static final String B2B_COMPANY = Companies.ACME;
    /** A company without the Layer 2 capability. */
    public static final String NO_LAYER2_COMPANY = Companies.GLOBEX;
    private final ConsoleConnect api;
    private final ConsoleConnectOperator operator;

    /**
     * An emulator whose business-to-business connections wait for the destination in {@code PENDING}.
     *
     * @param options how to run it
     */
    public ConsoleConnectEmulator(EmulatorOptions options) {
        this(options, "PENDING");
    }

    private ConsoleConnectEmulator(EmulatorOptions options, String awaitingAcceptance) {
        super(options, ZoneId.of("Asia/Hong_Kong"));
        this.api = new ConsoleConnect(this, awaitingAcceptance);
        this.operator = new ConsoleConnectOperator(api);
    }

    /**
     * An emulator whose business-to-business connections wait for the destination in the status
     * given. The reference defines {@code PENDING} as "pending approval from at least one party" and
     * does not say which of it and {@code PENDING_ACCEPTANCE} a B2B connection shows (UNVERIFIED), so
     * a client should be tested against both.
     *
     * @param options how to run it
     * @param status {@code PENDING} or {@code PENDING_ACCEPTANCE}
     * @return the emulator
     */
    public static ConsoleConnectEmulator awaitingAcceptanceIn(EmulatorOptions options, String status) {
        if (!List.of("PENDING", "PENDING_ACCEPTANCE").contains(status)) {
            throw new IllegalArgumentException("a connection waits for its destination in PENDING or PENDING_ACCEPTANCE, not "
                    + status);
        }
        return new ConsoleConnectEmulator(options, status);
    }

    /**
     * Whether a connection to a cloud shows support's hand-off values on the wire once its
     * {@code MANUAL} stage is complete: {@code partner.account} (the provider's account id),
     * {@code partner.connectionId} (the shared connection) and {@code destTag}/{@code destVlan} (the
     * VLAN). Off by default: the Tencent guide says support sends them to the customer
     * (UNVERIFIED whether the API shows them too); the operator's {@link ConsoleConnectOperator#handOff}
     * reads them either way.
     *
     * @param exposed whether the API shows them
     * @return this emulator
     */
    public ConsoleConnectEmulator exposeHandOff(boolean exposed) {
        api.handOffOnWire(exposed);
        return this;
    }

    /**
     * The values support handed over for a connection.
     *
     * @param connectionId the Layer 2 connection
     * @return the values, once its {@code MANUAL} stage is complete
     */
    public Optional<HandOff> handOff(String connectionId) {
        return operator.handOff(connectionId);
    }

    /** The test key as a bearer API key. */
    @Override
    public Credentials testCredentials() {
        return Credentials.apiKey(KeyRing.TEST_KEY_ID);
    }

    @Override
    public String providerId() {
        return PROVIDER_ID;
    }

    @Override
    protected String defaultRegion() {
        return null;
    }

    @Override
    protected WireProtocol protocol() {
        return api;
    }

    @Override
    public ConsoleConnectOperator operator() {
        return operator;
    }

    /**
     * {@inheritDoc} Connections are ports and virtual interfaces Layer 2 connections. Ports are not
     * ordered or deleted through this emulator, and Console Connect has no gateways or routes: those
     * names answer no route, so faults scripted on them never strike.
     */
    @Override
    public String operationName(EmulatedOperation operation) {
        return switch (operation) {
            case LIST_ACCESS_POINTS -> "listMetroCapabilities";
            case DESCRIBE_CONNECTIONS -> "listPorts";
            case CREATE_CONNECTION -> "orderPort";
            case DELETE_CONNECTION -> "deletePort";
            case DESCRIBE_VIRTUAL_INTERFACES -> "listConnections";
            case CREATE_VIRTUAL_INTERFACE -> "createLayer2Connection";
            case CREATE_GATEWAY -> "(no gateways)";
            case CREATE_ROUTE -> "(no routes)";
        };
    }

    @Override
    public SampleOrder sampleOrder() {
        return new ConsoleConnectSampleOrder(api.portId(Companies.TEST_COMPANY, ConsoleConnectSampleOrder.READY_PORT_NAME));
    }
}
