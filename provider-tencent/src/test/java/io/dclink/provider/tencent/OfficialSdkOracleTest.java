package io.dclink.provider.tencent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tencentcloudapi.common.CommonClient;
import com.tencentcloudapi.common.CommonRequest;
import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.HttpProfile;
import io.dclink.DirectConnect;
import io.dclink.auth.Credentials;
import io.dclink.lifecycle.ConnectionState;
import io.dclink.lifecycle.ResourceType;
import io.dclink.model.Connection;
import io.dclink.spi.SigningRequest;
import io.dclink.testkit.emulator.EmulatorOptions;
import io.dclink.testkit.emulator.EmulatorRequest;
import io.dclink.testkit.emulator.KeyRing;
import io.dclink.testkit.emulator.RecordedRequest;
import io.dclink.testkit.tencent.TencentEmulator;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The official Java SDK as an oracle. Its {@code CommonClient} derives the signing service from the
 * endpoint host, so it is pointed at {@code dc.tencentcloudapi.com} and reaches the emulator through
 * its HTTP proxy setting; the emulator sees exactly what the official SDK signed.
 */
class OfficialSdkOracleTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long SEED = 0x7C3_5EEDL;
    private static final List<String> DC_ACTIONS = List.of("DescribeAccessPoints", "DescribeDirectConnects",
            "CreateDirectConnect", "ModifyDirectConnectAttribute", "DescribeDirectConnectTunnels", "DeleteDirectConnectTunnel");
    private static final List<String> VPC_ACTIONS = List.of("DescribeDirectConnectGateways", "CreateDirectConnectGateway");

    private TencentEmulator emulator;

    @BeforeEach
    void start() {
        EmulatorOptions options = EmulatorOptions.defaults();
        emulator = new TencentEmulator(new EmulatorOptions(0, options.keys(), options.clockStart(), null, Clock.systemUTC()));
        emulator.start();
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private CommonClient official(String service) {
        return official(service, KeyRing.TEST_SECRET);
    }

    private CommonClient official(String service, String secret) {
        HttpProfile http = new HttpProfile();
        http.setEndpoint(service + ".tencentcloudapi.com");
        http.setProtocol(HttpProfile.REQ_HTTP);
        http.setProxyHost("127.0.0.1");
        http.setProxyPort(emulator.baseUri().getPort());
        ClientProfile profile = new ClientProfile();
        profile.setHttpProfile(http);
        String version = service.equals("dc") ? "2018-04-10" : "2017-03-12";
        return new CommonClient(service, version, new Credential(KeyRing.TEST_KEY_ID, secret), emulator.region(), profile);
    }

    @Test
    void ourSignerReproducesTheOfficialAuthorizationForGeneratedRequests() throws Exception {
        Random random = new Random(SEED);
        for (int i = 0; i < 40; i++) {
            boolean dc = random.nextInt(4) != 0;
            List<String> actions = dc ? DC_ACTIONS : VPC_ACTIONS;
            String action = actions.get(random.nextInt(actions.size()));
            try {
                official(dc ? "dc" : "vpc").commonRequest(new CommonRequest(randomBody(random).toString()), action);
            } catch (TencentCloudSDKException e) {
                assertThat(e.getErrorCode()).as("the emulator accepted the official signature").doesNotStartWith("AuthFailure");
            }
        }

        List<RecordedRequest> recorded = emulator.requests().all();
        assertThat(recorded).hasSize(40);
        for (RecordedRequest call : recorded) {
            EmulatorRequest sent = call.request();
            String official = sent.header("Authorization");
            String service = official.split("/")[2];
            boolean signsAction = official.contains("SignedHeaders=content-type;host;x-tc-action,");
            SigningRequest same = new SigningRequest(sent.method(), URI.create("http://" + sent.header("Host") + "/"),
                    Map.of("Content-Type", List.of(sent.header("Content-Type")), "X-TC-Action", List.of(sent.header("X-TC-Action"))),
                    sent.body(), Instant.ofEpochSecond(Long.parseLong(sent.header("X-TC-Timestamp"))));

            Map<String, String> ours = new Tc3Signer(service, Credentials.accessKey(KeyRing.TEST_KEY_ID, KeyRing.TEST_SECRET),
                    signsAction).sign(same);

            assertThat(ours.get("Authorization")).as(call.operation() + " " + sent.bodyText()).isEqualTo(official);
            assertThat(ours.get("X-TC-Timestamp")).isEqualTo(sent.header("X-TC-Timestamp"));
        }
    }

    /** Parameter names and values, including non-ASCII text, nesting and numbers, from the seed. */
    private static ObjectNode randomBody(Random random) {
        ObjectNode body = JSON.createObjectNode();
        int fields = random.nextInt(5);
        for (int f = 0; f < fields; f++) {
            String name = "Param" + random.nextInt(1000);
            switch (random.nextInt(4)) {
                case 0 -> body.put(name, random.nextInt(100_000) - 50);
                case 1 -> body.put(name, randomText(random));
                case 2 -> body.putArray(name).add(randomText(random)).add(random.nextBoolean());
                default -> {
                    ArrayNode filters = body.putArray(name);
                    filters.addObject().put("Name", randomText(random)).putArray("Values").add(randomText(random));
                }
            }
        }
        return body;
    }

    private static String randomText(Random random) {
        String alphabet = "abcXYZ019 -_./:\"\\线路专线隧道é";
        StringBuilder text = new StringBuilder();
        int length = 1 + random.nextInt(12);
        for (int c = 0; c < length; c++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    @Test
    void theOfficialClientCreatesAndDescribesALineAndATunnelOnTheEmulator() throws Exception {
        CommonClient dc = official("dc");
        CommonClient vpc = official("vpc");

        JsonNode created = response(dc.commonRequest(new CommonRequest("""
                {"DirectConnectName": "official-line", "AccessPointId": "ap-guangzhou-a-th", "LineOperator": "ChinaTelecom",
                 "PortType": "10GBase-LR", "Bandwidth": 2000, "Location": "Room 301, 3rd floor"}"""), "CreateDirectConnect"));
        String lineId = created.path("DirectConnectIdSet").path(0).asText();
        JsonNode lines = response(dc.commonRequest(
                new CommonRequest("{\"DirectConnectIds\": [\"" + lineId + "\"]}"), "DescribeDirectConnects"));

        assertThat(lineId).matches("dc-[a-z0-9]{8}");
        assertThat(lines.path("TotalCount").asInt()).isEqualTo(1);
        assertThat(lines.path("DirectConnectSet").path(0).path("State").asText()).isEqualTo("PENDING");
        assertThat(lines.path("DirectConnectSet").path(0).path("Bandwidth").asInt()).isEqualTo(2000);

        emulator.operator().approve(lineId);
        emulator.operator().markPaid(lineId);
        emulator.operator().completeConstruction(lineId);
        JsonNode gateway = response(vpc.commonRequest(new CommonRequest("""
                {"DirectConnectGatewayName": "official-gw", "NetworkType": "VPC", "NetworkInstanceId": "vpc-oracle01"}"""),
                "CreateDirectConnectGateway"));
        String gatewayId = gateway.path("DirectConnectGateway").path("DirectConnectGatewayId").asText();
        JsonNode tunnel = response(dc.commonRequest(new CommonRequest("{\"DirectConnectId\": \"" + lineId + "\","
                + " \"DirectConnectTunnelName\": \"official-tunnel\", \"NetworkType\": \"VPC\", \"VpcId\": \"vpc-oracle01\","
                + " \"DirectConnectGatewayId\": \"" + gatewayId + "\", \"Vlan\": 301, \"RouteType\": \"BGP\","
                + " \"BgpPeer\": {\"Asn\": 65301, \"AuthKey\": \"k3y\"}, \"TencentAddress\": \"169.254.3.1/30\","
                + " \"CustomerAddress\": \"169.254.3.2/30\"}"), "CreateDirectConnectTunnel"));
        String tunnelId = tunnel.path("DirectConnectTunnelIdSet").path(0).asText();
        JsonNode tunnels = response(dc.commonRequest(new CommonRequest(
                "{\"Filters\": [{\"Name\": \"direct-connect-tunnel-id\", \"Values\": [\"" + tunnelId + "\"]}]}"),
                "DescribeDirectConnectTunnels"));

        assertThat(gatewayId).startsWith("dcg-");
        assertThat(tunnels.path("TotalCount").asInt()).isEqualTo(1);
        JsonNode described = tunnels.path("DirectConnectTunnelSet").path(0);
        assertThat(described.path("DirectConnectId").asText()).isEqualTo(lineId);
        assertThat(described.path("Vlan").asInt()).isEqualTo(301);
        assertThat(described.path("BgpPeer").path("Asn").asLong()).isEqualTo(65301);
        assertThat(emulator.operator().count(ResourceType.VIRTUAL_INTERFACE)).isEqualTo(1);
    }

    @Test
    void aLineTheOfficialClientCreatedReadsTheSameThroughDclink() throws Exception {
        String lineId = response(official("dc").commonRequest(new CommonRequest("""
                {"DirectConnectName": "interop", "AccessPointId": "ap-guangzhou-b-kf", "LineOperator": "ChinaUnicom",
                 "PortType": "1000Base-LX", "Bandwidth": 500}"""), "CreateDirectConnect"))
                .path("DirectConnectIdSet").path(0).asText();

        try (DirectConnect client = DirectConnect.builder().provider("tencent").region(emulator.region())
                .credentials(emulator.testCredentials()).endpoint(emulator.baseUri()).build()) {
            Connection line = client.connections().get(lineId);

            assertThat(line.name()).isEqualTo("interop");
            assertThat(line.accessPointId()).isEqualTo("ap-guangzhou-b-kf");
            assertThat(line.carrier()).isEqualTo("ChinaUnicom");
            assertThat(line.bandwidthMbps()).isEqualTo(500);
            assertThat(line.state()).isEqualTo(ConnectionState.PENDING_APPROVAL);
        }
    }

    @Test
    void theEmulatorRefusesTheOfficialClientWithAWrongSecret() {
        CommonClient wrong = official("dc", "not-the-secret");

        assertThatThrownBy(() -> wrong.commonRequest(new CommonRequest("{}"), "DescribeDirectConnects"))
                .isInstanceOfSatisfying(TencentCloudSDKException.class,
                        e -> assertThat(e.getErrorCode()).isEqualTo("AuthFailure.SignatureFailure"));
    }

    private static JsonNode response(String body) throws Exception {
        return JSON.readTree(body).path("Response");
    }
}
