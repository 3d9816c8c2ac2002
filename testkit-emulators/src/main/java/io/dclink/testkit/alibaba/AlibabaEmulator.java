package io.dclink.testkit.alibaba;

import io.dclink.testkit.emulator.EmulatedOperation;
import io.dclink.testkit.emulator.Emulator;
import io.dclink.testkit.emulator.EmulatorOptions;
import io.dclink.testkit.emulator.Operator;
import io.dclink.testkit.emulator.SampleOrder;
import io.dclink.testkit.emulator.WireProtocol;
import java.time.ZoneId;

/**
 * The Alibaba Cloud Express Connect emulator (VPC API 2016-04-28). It offers self-service access
 * points, where a line walks the LOA flow, and a partner access point, where the partner builds
 * the line once the application is approved; in both flows the confirmed line is paid for (the
 * occupancy order) and then enabled; see {@link #selfServiceAccessPoint()} and
 * {@link #partnerAccessPoint()}. Days-long steps follow the emulated clock (reviews in working
 * days); seconds-long ones (route entries, BGP objects) finish when they have been read once.
 */
public final class AlibabaEmulator extends Emulator {

    private final AlibabaCloud cloud;

    /**
     * An emulator.
     *
     * @param options how to run it
     */
    public AlibabaEmulator(EmulatorOptions options) {
        super(options, ZoneId.of("Asia/Shanghai"));
        this.cloud = new AlibabaCloud(this);
    }

    /**
     * An available access point where lines follow the self-service flow with an LOA.
     *
     * @return its id
     */
    public String selfServiceAccessPoint() {
        return cloud.accessPointId(false);
    }

    /**
     * An available access point where an Express Connect partner builds the line.
     *
     * @return its id
     */
    public String partnerAccessPoint() {
        return cloud.accessPointId(true);
    }

    /**
     * Answers the next calls of an action with {@code TaskConflict}, as the service does while
     * another task on the same route table or VBR is running.
     *
     * @param action the action, e.g. {@code CreateRouteEntry}
     * @param times how many calls
     */
    public void conflictNext(String action, int times) {
        cloud.conflictNext(action, times);
    }

    @Override
    public String providerId() {
        return "alibaba";
    }

    @Override
    protected String defaultRegion() {
        return "cn-hangzhou";
    }

    @Override
    protected WireProtocol protocol() {
        return cloud;
    }

    @Override
    public Operator operator() {
        return cloud;
    }

    @Override
    public String operationName(EmulatedOperation operation) {
        return switch (operation) {
            case LIST_ACCESS_POINTS -> "DescribeAccessPoints";
            case DESCRIBE_CONNECTIONS -> "DescribePhysicalConnections";
            case CREATE_CONNECTION -> "CreatePhysicalConnection";
            case DELETE_CONNECTION -> "DeletePhysicalConnection";
            case DESCRIBE_VIRTUAL_INTERFACES -> "DescribeVirtualBorderRouters";
            case CREATE_VIRTUAL_INTERFACE -> "CreateVirtualBorderRouter";
            case CREATE_GATEWAY -> "CreateVirtualBorderRouter";
            case CREATE_ROUTE -> "CreateRouteEntry";
        };
    }

    @Override
    public SampleOrder sampleOrder() {
        return new AlibabaSampleOrder(selfServiceAccessPoint());
    }
}
