package io.dclink.faultcorpus;

import io.dclink.lifecycle.ConnectionState;
import io.dclink.lifecycle.ResourceType;
import io.dclink.model.BgpPeering;
import io.dclink.model.Connection;
import io.dclink.model.Contact;
import io.dclink.model.CreateConnectionRequest;
import io.dclink.model.CreateGatewayRequest;
import io.dclink.model.CreateVirtualInterfaceRequest;
import io.dclink.model.CreateVirtualInterfaceRequestBuilder;
import io.dclink.model.RoutingType;
import io.dclink.testkit.emulator.Emulator;
import io.dclink.testkit.emulator.EmulatorOptions;
import io.dclink.testkit.tencent.TencentEmulator;
import java.util.List;
import java.util.Set;

/** The Tencent emulator (region ap-guangzhou) and valid requests for it. */
final class TencentBench extends Bench {

    static final String ACCESS_POINT = "ap-guangzhou-a-th";
    static final String VPC = "vpc-corpus01";

    TencentBench(CorpusSettings settings, String worker) {
        super(settings, worker);
    }

    @Override
    String provider() {
        return "tencent";
    }

    @Override
    Emulator newEmulator() {
        return new TencentEmulator(EmulatorOptions.defaults());
    }

    @Override
    CreateConnectionRequest lineRequest(String name) {
        return CreateConnectionRequest.builder().name(name).accessPointId(ACCESS_POINT).carrier("ChinaTelecom")
                .portType("10GBase-LR").bandwidthMbps(1000).customerAddress("Room 301, 3rd floor, 8 Keji Road, Guangzhou")
                .circuitCode("CT-GZ-0042").contact(new Contact("Zhang San", "13888888888", "ops@example.com"))
                .faultContact(new Contact("Li Si", "15999999999", "noc@example.com")).build();
    }

    @Override
    CreateVirtualInterfaceRequest interfaceRequest(String name, String lineId, String gatewayId, int vlan, int subnet,
            boolean staticRouting) {
        String net = "169.254." + (subnet / 60 % 250) + ".";
        int base = subnet % 60 * 4;
        CreateVirtualInterfaceRequestBuilder builder = CreateVirtualInterfaceRequest.builder().name(name)
                .connectionId(lineId).gatewayId(gatewayId).networkId(VPC).vlan(vlan).bandwidthMbps(500)
                .providerAddress(net + (base + 1) + "/30").customerAddress(net + (base + 2) + "/30");
        return staticRouting
                ? builder.routing(RoutingType.STATIC).staticPrefixes(List.of("10.200.0.0/16")).build()
                : builder.routing(RoutingType.BGP).bgp(BgpPeering.customer(65_010, "corpus-md5")).build();
    }

    @Override
    boolean needsGateway() {
        return true;
    }

    @Override
    CreateGatewayRequest gatewayRequest(String name) {
        return CreateGatewayRequest.builder().name(name).networkType("VPC").networkId(VPC).asn(64_600L).build();
    }

    @Override
    Set<ResourceType> settableStates() {
        return Set.of(ResourceType.CONNECTION, ResourceType.VIRTUAL_INTERFACE, ResourceType.GATEWAY);
    }

    /** Tencent deletes only available lines without tunnels. */
    @Override
    Connection deletableLine() {
        return lineWalkedTo(lineRequest(name("del")), c -> c.state() == ConnectionState.ACTIVE);
    }

    @Override
    String idOfAnotherType() {
        return sharedGateway();
    }

    @Override
    int linesForSeveralPages() {
        return 110;
    }
}
