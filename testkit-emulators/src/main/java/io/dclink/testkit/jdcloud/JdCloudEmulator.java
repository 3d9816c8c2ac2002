package io.dclink.testkit.jdcloud;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dclink.testkit.emulator.EmulatedOperation;
import io.dclink.testkit.emulator.Emulator;
import io.dclink.testkit.emulator.EmulatorOptions;
import io.dclink.testkit.emulator.KeyRing;
import io.dclink.testkit.emulator.Operator;
import io.dclink.testkit.emulator.SampleOrder;
import io.dclink.testkit.emulator.UnknownResourceException;
import io.dclink.testkit.emulator.WireProtocol;
import java.time.ZoneId;

/**
 * The JD Cloud Direct Connection emulator: the {@code bgw} service (connections, locations,
 * partners, border gateways, VPC attachments, private VIFs, border-gateway routes, quotas) and the
 * part of the {@code vpc} service a line needs (VPCs and their CIDRs, route tables and rules), on
 * one loopback server, behind {@code JDCLOUD2-HMAC-SHA256}. Lines are reviewed in 2 working days
 * (or by the operator), paid in the console (the operator, or {@code autoPay}), built in 5 working
 * days (or by the operator) and confirmed by the customer; VIFs come up with the customer's BGP
 * session (the operator's linkUp). Every account finds two VPCs in each region.
 */
public final class JdCloudEmulator extends Emulator {

    private final JdCloud cloud;
    private final JdCloudOperator operator;

    /**
     * An emulator.
     *
     * @param options how to run it
     */
    public JdCloudEmulator(EmulatorOptions options) {
        super(options, ZoneId.of("Asia/Shanghai"));
        this.cloud = new JdCloud(this);
        this.operator = new JdCloudOperator(cloud);
    }

    /**
     * Raises (or lowers) a resource quota, as a support ticket does. The documented defaults are 10
     * connections and 5 border gateways per region, 50 VIFs per connection, 50 VPC attachments and 50
     * static routes per gateway.
     *
     * @param type the quota type as the {@code Quota} model names it: {@code connection}, {@code vif},
     *     {@code bgw}, {@code vpc_attachment}, {@code bgw_route} or {@code bgw_propagated_route}
     * @param maxLimit the new limit
     */
    public void raiseQuota(String type, int maxLimit) {
        synchronized (cloud) {
            cloud.quotas.raise(type, maxLimit);
        }
    }

    /**
     * The id of one of the VPCs every account finds in each region ({@code default-vpc}
     * 192.168.0.0/16, {@code prod-vpc} 172.16.0.0/16), here the test account's in the emulator's
     * region.
     *
     * @param name the VPC's name
     * @return its id
     * @throws UnknownResourceException if there is no VPC of that name
     */
    public String vpcId(String name) {
        synchronized (cloud) {
            cloud.vpcs.seed(KeyRing.TEST_ACCOUNT, region());
            return cloud.vpcs.store.values().stream()
                    .filter(vpc -> vpc.get("_account").asText().equals(KeyRing.TEST_ACCOUNT)
                            && vpc.get("_region").asText().equals(region()) && vpc.get("vpcName").asText().equals(name))
                    .map(vpc -> vpc.get("vpcId").asText()).findFirst()
                    .orElseThrow(() -> new UnknownResourceException("vpc", name));
        }
    }

    /**
     * Has the customer's router advertise a prefix over a VIF's BGP session: the VIF's border
     * gateway shows it as a propagated route with the VIF as next hop.
     *
     * @param privateVifId the VIF
     * @param cidr the prefix, e.g. {@code 10.8.0.0/16}
     * @throws UnknownResourceException if there is no such VIF
     */
    public void learnBgpRoute(String privateVifId, String cidr) {
        synchronized (cloud) {
            ObjectNode vif = cloud.vifs.store.get(privateVifId);
            if (vif == null) {
                throw new UnknownResourceException("privateVif", privateVifId);
            }
            cloud.bgwRoutes.learn(vif, cidr);
        }
    }

    @Override
    public String providerId() {
        return "jdcloud";
    }

    @Override
    protected String defaultRegion() {
        return "cn-north-1";
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
            case LIST_ACCESS_POINTS -> "describeLocations";
            case DESCRIBE_CONNECTIONS -> "describeConnections";
            case CREATE_CONNECTION -> "createConnection";
            case DELETE_CONNECTION -> "deleteConnection";
            case DESCRIBE_VIRTUAL_INTERFACES -> "describePrivateVifs";
            case CREATE_VIRTUAL_INTERFACE -> "createPrivateVif";
            case CREATE_GATEWAY -> "createBgw";
            case CREATE_ROUTE -> "createBgwRoutes";
        };
    }

    @Override
    public SampleOrder sampleOrder() {
        return new JdCloudSampleOrder(this);
    }
}
