package io.dclink.provider.tencent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dclink.error.ErrorContext;
import io.dclink.kit.json.Json;
import io.dclink.kit.json.JsonRecord;
import io.dclink.lifecycle.AccessPointState;
import io.dclink.lifecycle.BusinessStatus;
import io.dclink.lifecycle.ConnectionState;
import io.dclink.lifecycle.OperationalStatus;
import io.dclink.lifecycle.RequiredAction;
import io.dclink.lifecycle.VirtualInterfaceState;
import io.dclink.model.AccessPoint;
import io.dclink.model.Connection;
import io.dclink.model.RoutingType;
import io.dclink.model.VirtualInterface;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** The official examples in the test resources' samples/tencent (see its SOURCES.md), read by the plugin's mapping. */
class TencentSamplesTest {

    private static JsonRecord sample(String file) throws IOException {
        try (InputStream in = TencentSamplesTest.class.getResourceAsStream("/samples/tencent/" + file)) {
            return Json.parse(Objects.requireNonNull(in, file).readAllBytes(), file, ErrorContext.of("tencent"))
                    .record("Response");
        }
    }

    /** The record, with fields changed as a test needs. */
    private static JsonRecord edited(JsonRecord record, java.util.function.Consumer<ObjectNode> change) {
        ObjectNode copy = (ObjectNode) record.node().deepCopy();
        change.accept(copy);
        return Json.parse(Json.bytes(copy), "the edited record", ErrorContext.of("tencent"));
    }

    @Test
    void theLineExampleMapsEveryNeutralField() throws IOException {
        Connection line = TencentMapping.connection(sample("DescribeDirectConnects.response.json").records("DirectConnectSet").get(0));

        assertThat(line.id()).isEqualTo("dc-c3hbbsw9");
        assertThat(line.name()).isEqualTo("专线接入测试");
        assertThat(line.state()).isEqualTo(ConnectionState.ACTIVE);
        assertThat(line.requiredAction()).isEqualTo(RequiredAction.NONE);
        assertThat(line.businessStatus()).isEqualTo(BusinessStatus.NORMAL);
        assertThat(line.accessPointId()).isEqualTo("ap-cn-guangzhou-kxc");
        assertThat(line.carrier()).isEqualTo("ChinaOther");
        assertThat(line.portType()).isEqualTo("10GBase-LR");
        assertThat(line.bandwidthMbps()).isEqualTo(10_000);
        assertThat(line.circuitCode()).isEqualTo("唐镇0103-A09-PL01-1");
        assertThat(line.redundantConnectionId()).as("an empty string is no pairing").isNull();
        assertThat(line.createdAt()).isEqualTo(Instant.parse("2020-09-22T00:00:00Z"));
        assertThat(line.attributes()).containsEntry("StartTime", "2019-09-12 17:09:07").containsEntry("ChargeType",
                "NON_RECURRING_CHARGE");
    }

    @Test
    void theZonelessTimeFormatIsReadAsChinaStandardTime() throws IOException {
        JsonRecord node = edited(sample("DescribeDirectConnects.response.json").records("DirectConnectSet").get(0),
                line -> line.put("CreatedTime", "2020-12-08 16:57:43"));

        assertThat(TencentMapping.connection(node).createdAt()).isEqualTo(Instant.parse("2020-12-08T08:57:43Z"));
    }

    @Test
    void theStaticTunnelExampleHasPrefixesAndNoBgp() throws IOException {
        VirtualInterface tunnel = TencentMapping.tunnel(
                sample("DescribeDirectConnectTunnels.static.response.json").records("DirectConnectTunnelSet").get(0),
                OperationalStatus.NOT_REPORTED);

        assertThat(tunnel.id()).isEqualTo("dcx-ltcfypom");
        assertThat(tunnel.state()).isEqualTo(VirtualInterfaceState.ACTIVE);
        assertThat(tunnel.connectionId()).isEqualTo("dc-n6c9vvv3");
        assertThat(tunnel.gatewayId()).isEqualTo("dcg-f5ucfdg3");
        assertThat(tunnel.networkId()).isEqualTo("vpc-q1cy5hgx");
        assertThat(tunnel.vlan()).isEqualTo(2414);
        assertThat(tunnel.routing()).isEqualTo(RoutingType.STATIC);
        assertThat(tunnel.bgp()).isNull();
        assertThat(tunnel.staticPrefixes()).containsExactly("19.244.99.224/32");
        assertThat(tunnel.ownerAccount()).as("the tunnel is on the account's own line").isNull();
    }

    @Test
    void theBgpTunnelExampleKeepsTheAuthKeySecretAndAMinusOneAsnIsUnset() throws IOException {
        JsonRecord node = sample("DescribeDirectConnectTunnels.bgp.response.json").records("DirectConnectTunnelSet").get(0);
        VirtualInterface tunnel = TencentMapping.tunnel(node, OperationalStatus.UP);

        assertThat(tunnel.routing()).isEqualTo(RoutingType.BGP);
        assertThat(tunnel.bgp().customerAsn()).isEqualTo(65_120L);
        assertThat(tunnel.bgp().authKey().reveal()).isEqualTo("tencent");
        assertThat(tunnel.toString()).contains("authKey=").doesNotContain("authKey=tencent");
        assertThat(tunnel.networkId()).as("a CCN tunnel has an empty VpcId").isNull();
        assertThat(tunnel.providerAddress()).isEqualTo("192.168.0.3/29");

        JsonRecord unset = edited(node, tunnelNode -> ((ObjectNode) tunnelNode.get("BgpPeer")).put("Asn", -1));
        assertThat(TencentMapping.tunnel(unset, OperationalStatus.UP).bgp().customerAsn()).isNull();
    }

    @Test
    void theExtraExampleReportsTheSessionUp() throws IOException {
        assertThat(TencentMapping.bgpStatus(sample("DescribeDirectConnectTunnelExtra.response.json")
                .record("DirectConnectTunnelExtra"))).isEqualTo(OperationalStatus.UP);
    }

    @Test
    void theAccessPointExampleListsCarriersPortTypesAndDistinctSpeeds() throws IOException {
        AccessPoint point = TencentMapping.accessPoint(sample("DescribeAccessPoints.response.json").records("AccessPointSet").get(0));

        assertThat(point.id()).isEqualTo("ap-chongqing-a-th");
        assertThat(point.state()).isEqualTo(AccessPointState.AVAILABLE);
        assertThat(point.region()).isEqualTo("ap-chongqing");
        assertThat(point.carriers()).containsExactly("ChinaTelecom", "ChinaMobile", "ChinaUnicom", "In-houseWiring", "ChinaOther");
        assertThat(point.portTypes()).contains("1000BASE-LX", "10GBASE-LR", "QSFPDD-400G-LR4");
        assertThat(point.portSpeedsMbps()).containsExactly(1000, 10_000, 100_000, 400_000);
        assertThat(point.coordinates().latitude()).isEqualTo(29.790833);
    }
}
