package io.dclink.faultcorpus;

import io.dclink.lifecycle.ResourceType;
import io.dclink.model.BgpPeering;
import io.dclink.model.Connection;
import io.dclink.model.CreateConnectionRequest;
import io.dclink.model.CreateVirtualInterfaceRequest;
import io.dclink.model.CreateVirtualInterfaceRequestBuilder;
import io.dclink.model.RoutingType;
import io.dclink.testkit.alibaba.AlibabaEmulator;
import io.dclink.testkit.emulator.Emulator;
import io.dclink.testkit.emulator.EmulatorOptions;
import java.util.List;
import java.util.Set;

/** The Alibaba emulator (region cn-hangzhou) and valid requests for it. */
final class AlibabaBench extends Bench {

    AlibabaBench(CorpusSettings settings, String worker) {
        super(settings, worker);
    }

    @Override
    String provider() {
        return "alibaba";
    }

    @Override
    Emulator newEmulator() {
        return new AlibabaEmulator(EmulatorOptions.defaults());
    }

    private AlibabaEmulator alibaba() {
        return (AlibabaEmulator) emulator();
    }

    /** Self-service lines: the LOA flow. */
    @Override
    CreateConnectionRequest lineRequest(String name) {
        return line(name, alibaba().selfServiceAccessPoint());
    }

    /** Partner lines: reviewed, paid, built by the partner and confirmed, without an LOA. */
    @Override
    CreateConnectionRequest quickLineRequest(String name) {
        return line(name, alibaba().partnerAccessPoint());
    }

    private static CreateConnectionRequest line(String name, String accessPoint) {
        return CreateConnectionRequest.builder().name(name).accessPointId(accessPoint).carrier("CT")
                .portType("10GBase-LR").bandwidthMbps(1000).customerAddress("Room 301, 3rd floor, 8 Wensan Road, Hangzhou")
                .circuitCode("CT-HZ-0042").build();
    }

    /**
     * A statically routed VBR starts with one route (routing STATIC needs one): a route-table entry
     * the plugin waits out, which makes Alibaba's interface and route cases the slowest.
     */
    @Override
    CreateVirtualInterfaceRequest interfaceRequest(String name, String lineId, String gatewayId, int vlan, int subnet,
            boolean staticRouting) {
        String net = "172." + (16 + subnet / 60 % 16) + "." + (subnet / 960 % 250) + ".";
        int base = subnet % 60 * 4;
        CreateVirtualInterfaceRequestBuilder builder = CreateVirtualInterfaceRequest.builder().name(name)
                .connectionId(lineId).vlan(vlan).providerAddress(net + (base + 1) + "/30")
                .customerAddress(net + (base + 2) + "/30");
        return staticRouting
                ? builder.routing(RoutingType.STATIC).staticPrefixes(List.of("192.168." + subnet % 250 + ".0/24")).build()
                : builder.routing(RoutingType.BGP).bgp(BgpPeering.customer(65_010, "corpus-auth-key")).build();
    }

    @Override
    boolean needsGateway() {
        return false;
    }

    @Override
    Set<ResourceType> settableStates() {
        return Set.of(ResourceType.CONNECTION, ResourceType.LOA, ResourceType.VIRTUAL_INTERFACE, ResourceType.ROUTE);
    }

    /** Alibaba deletes rejected applications (among others). */
    @Override
    Connection deletableLine() {
        Connection line = newLine();
        emulator().operator().reject(line.id(), "the corpus wants it deleted");
        return helper().connections().get(line.id());
    }

    /** The self-service access point's id. */
    @Override
    String idOfAnotherType() {
        return alibaba().selfServiceAccessPoint();
    }

    @Override
    int linesForSeveralPages() {
        return 60;
    }
}
