package io.dclink.testkit.tencent;

import io.dclink.testkit.emulator.EmulatedOperation;
import io.dclink.testkit.emulator.Emulator;
import io.dclink.testkit.emulator.EmulatorOptions;
import io.dclink.testkit.emulator.Operator;
import io.dclink.testkit.emulator.SampleOrder;
import io.dclink.testkit.emulator.WireProtocol;
import java.time.ZoneId;

/**
 * The Tencent Cloud Direct Connect emulator. Lines are reviewed in 3 working days (or by the
 * operator), paid in the console (the operator), allocated a working day later and built in 5
 * more (or by the operator). Tunnels are configured in minutes; on a shared line they wait in
 * {@code COMFIRMING} for the line owner. Line states use the {@code PENDINGPAY}/{@code BUILDING}
 * spellings unless {@link #withListASpellings} asks for {@code TOPAY}/{@code ALLOCATED}.
 */
public final class TencentEmulator extends Emulator {

    private final TencentCloud cloud;
    private final TencentOperator operator;

    /**
     * An emulator with the {@code PENDINGPAY}/{@code BUILDING} spellings.
     *
     * @param options how to run it
     */
    public TencentEmulator(EmulatorOptions options) {
        this(options, false);
    }

    private TencentEmulator(EmulatorOptions options, boolean listA) {
        super(options, ZoneId.of("Asia/Shanghai"));
        this.cloud = new TencentCloud(this, listA);
        this.operator = new TencentOperator(cloud);
    }

    /**
     * An emulator answering with the other documented spellings, {@code TOPAY} and {@code ALLOCATED}.
     *
     * @param options how to run it
     * @return the emulator
     */
    public static TencentEmulator withListASpellings(EmulatorOptions options) {
        return new TencentEmulator(options, true);
    }

    /**
     * Makes a tunnel an internet tunnel that has learned a route from the customer, as
     * {@code DescribePublicDirectConnectTunnelRoutes} reports it; other tunnels have no such routes.
     *
     * @param tunnelId the tunnel
     * @param cidr the destination
     * @param enabled whether the route is in use ({@code ENABLE}) or not ({@code DISABLE})
     */
    public void learnInternetRoute(String tunnelId, String cidr, boolean enabled) {
        cloud.learnInternetRoute(tunnelId, cidr, enabled);
    }

    /**
     * A line another account owns, built and available: the shared line of a partner (such as
     * Console Connect's at Tencent Cloud), on which the test account's tunnels wait in
     * {@code COMFIRMING} until {@link #acceptAsLineOwner the owner accepts them}.
     *
     * @param ownerAccount the account that owns the line
     * @return the line's id
     */
    public String sharedLine(String ownerAccount) {
        return cloud.sharedLine(ownerAccount);
    }

    /**
     * The owner of a tunnel's line accepts the tunnel another account requested on it, as
     * {@code AcceptDirectConnectTunnel} signed by the owner would.
     *
     * @param tunnelId the tunnel, waiting in {@code COMFIRMING}
     * @throws IllegalArgumentException if there is no such tunnel
     * @throws RuntimeException the emulated API's refusal if the tunnel is not waiting for acceptance
     */
    public void acceptAsLineOwner(String tunnelId) {
        cloud.acceptAsLineOwner(tunnelId);
    }

    @Override
    public String providerId() {
        return "tencent";
    }

    @Override
    protected String defaultRegion() {
        return "ap-guangzhou";
    }

    @Override
    protected WireProtocol protocol() {
        return cloud;
    }

    @Override
    public Operator operator() {
        return operator;
    }

    @Override
    public String operationName(EmulatedOperation operation) {
        return switch (operation) {
            case LIST_ACCESS_POINTS -> "DescribeAccessPoints";
            case DESCRIBE_CONNECTIONS -> "DescribeDirectConnects";
            case CREATE_CONNECTION -> "CreateDirectConnect";
            case DELETE_CONNECTION -> "DeleteDirectConnect";
            case DESCRIBE_VIRTUAL_INTERFACES -> "DescribeDirectConnectTunnels";
            case CREATE_VIRTUAL_INTERFACE -> "CreateDirectConnectTunnel";
            case CREATE_GATEWAY -> "CreateDirectConnectGateway";
            case CREATE_ROUTE -> "ModifyDirectConnectTunnelAttribute";
        };
    }

    @Override
    public SampleOrder sampleOrder() {
        return new TencentSampleOrder(region());
    }
}
