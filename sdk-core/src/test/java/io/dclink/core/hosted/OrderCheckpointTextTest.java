package io.dclink.core.hosted;

import static org.assertj.core.api.Assertions.assertThat;

import io.dclink.auth.Secret;
import io.dclink.hosted.HandOff;
import io.dclink.lifecycle.RequiredAction;
import io.dclink.lifecycle.TransitionKind;
import io.dclink.lifecycle.VirtualInterfaceState;
import io.dclink.model.BgpPeering;
import io.dclink.model.CreateVirtualInterfaceRequest;
import io.dclink.model.ProviderState;
import io.dclink.model.RoutingType;
import io.dclink.wait.Observation;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The stored text of a hosted order's checkpoint, pinned: users hand back texts that older versions wrote. */
class OrderCheckpointTextTest {

    private static final String STORED = "dclink-hosted-order/1\n"
            + "key=order-1\n"
            + "partner.provider=partnerco\n"
            + "partner.id=pp-1\n"
            + "partner.timeline=dclink-wait-checkpoint%2F1%0Atype%3DVIRTUAL_INTERFACE%0Aprovider%3Dpartnerco%0AresourceId%3Dpp-1%0AstartedAt%3D1970-01-01T00%253A00%253A00Z%0Adeadline%3D1970-01-01T00%253A00%253A00Z%0Aattempts%3D0%0Aobservation%3D2026-11-22T01%253A02%253A03Z%2BPENDING%2BWAIT_FOR_PROVIDER%2BFIRST_OBSERVATION%2BProvisioning%2BPort%25253DA%25252B1%0A\n"
            + "cloud.provider=cloudco\n"
            + "cloud.id=dcx-9\n"
            + "cloud.timeline=dclink-wait-checkpoint%2F1%0Atype%3DVIRTUAL_INTERFACE%0Aprovider%3Dcloudco%0AresourceId%3Ddcx-9%0AstartedAt%3D1970-01-01T00%253A00%253A00Z%0Adeadline%3D1970-01-01T00%253A00%253A00Z%0Aattempts%3D0%0Aobservation%3D2026-11-23T04%253A05%253A06.789Z%2BPENDING_ACCEPTANCE%2BACCEPT%2BEXPECTED%2Bconfirming%2B%0A\n"
            + "handOff.providerAccount=100000000001\n"
            + "handOff.sharedConnectionId=dc-shared-7\n"
            + "handOff.vlan=1200\n"
            + "handOff.from=partner\n"
            + "tearingDown=false\n"
            + "cloudSide.name=vif+%26+one\n"
            + "cloudSide.description=to%3Dthe+cloud\n"
            + "cloudSide.gatewayId=dcg-1\n"
            + "cloudSide.networkId=vpc-1\n"
            + "cloudSide.bandwidthMbps=500\n"
            + "cloudSide.providerAddress=10.0.0.1%2F30\n"
            + "cloudSide.customerAddress=10.0.0.2%2F30\n"
            + "cloudSide.routing=BGP\n"
            + "cloudSide.bgp.customerAsn=65010\n"
            + "cloudSide.bgp.providerAsn=45090\n"
            + "cloudSide.bgp.authKey=withheld\n"
            + "cloudSide.bgp=present\n"
            + "cloudSide.staticPrefix=192.168.0.0%2F24\n"
            + "cloudSide.staticPrefix=192.168.1.0%2F24\n"
            + "cloudSide.tag=a%253Db%2526c%3Dx%2525y\n"
            + "cloudSide.tag=team%3Dnet%2Bops\n"
            + "cloudSide.option=Tier%3Dgold\n";

    private static final Secret BGP_KEY = Secret.of("s3cr3t-Bgp-Key");

    private static final OrderCheckpoint CHECKPOINT = new OrderCheckpoint("order-1", "partnerco", "pp-1",
            List.of(new Observation(Instant.parse("2026-11-22T01:02:03Z"), VirtualInterfaceState.PENDING,
                    ProviderState.of("Provisioning").with("Port", "A 1"), RequiredAction.WAIT_FOR_PROVIDER,
                    TransitionKind.FIRST_OBSERVATION)),
            "cloudco", "dcx-9",
            List.of(new Observation(Instant.parse("2026-11-23T04:05:06.789Z"), VirtualInterfaceState.PENDING_ACCEPTANCE,
                    ProviderState.of("confirming"), RequiredAction.ACCEPT, TransitionKind.EXPECTED)),
            new HandOff("100000000001", "dc-shared-7", 1200), true, false,
            CreateVirtualInterfaceRequest.builder().name("vif & one").description("to=the cloud").gatewayId("dcg-1")
                    .networkId("vpc-1").bandwidthMbps(500).providerAddress("10.0.0.1/30").customerAddress("10.0.0.2/30")
                    .routing(RoutingType.BGP).bgp(new BgpPeering(65_010L, 45_090L, BGP_KEY))
                    .staticPrefixes(List.of("192.168.0.0/24", "192.168.1.0/24"))
                    .tags(new TreeMap<>(Map.of("team", "net ops", "a=b&c", "x%y"))).providerOptions(Map.of("Tier", "gold"))
                    .build(),
            true);


    @Test
    void aCheckpointIsWrittenAsThisExactText() {
        assertThat(CHECKPOINT.encode()).isEqualTo(STORED);
    }

    @Test
    void theStoredTextReadsBackAsTheCheckpoint() {
        assertThat(OrderCheckpoint.decode(STORED, BGP_KEY)).isEqualTo(CHECKPOINT);
    }
}
