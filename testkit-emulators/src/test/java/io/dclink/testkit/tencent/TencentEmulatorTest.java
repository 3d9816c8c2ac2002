package io.dclink.testkit.tencent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tencentcloudapi.common.CommonClient;
import com.tencentcloudapi.common.CommonRequest;
import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.HttpProfile;
import io.dclink.lifecycle.ResourceType;
import io.dclink.testkit.emulator.EmulatorOptions;
import io.dclink.testkit.emulator.KeyRing;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The emulator as the official Java SDK sees it: the provider's own client, so these tests check
 * the emulator against the reference independently of the dclink plugin.
 */
class TencentEmulatorTest {

    /** A Monday morning in Beijing, so that working days are calendar days until Friday. */
    private static final Instant MONDAY = Instant.parse("2026-11-23T01:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LINE = """
            {"DirectConnectName": "%s", "AccessPointId": "ap-guangzhou-a-th", "LineOperator": "ChinaTelecom",
             "PortType": "10GBase-LR", "Bandwidth": 1000}""";

    private TencentEmulator emulator;

    private void start(Clock signatureClock) {
        start(null, signatureClock);
    }

    private void start(String region, Clock signatureClock) {
        EmulatorOptions defaults = EmulatorOptions.defaults();
        emulator = new TencentEmulator(new EmulatorOptions(0, defaults.keys(), MONDAY, region, signatureClock));
        emulator.start();
    }

    private void start() {
        start(Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private CommonClient client(String service, String keyId, String secret) {
        HttpProfile http = new HttpProfile();
        http.setEndpoint(service + ".tencentcloudapi.com");
        http.setProtocol(HttpProfile.REQ_HTTP);
        http.setProxyHost("127.0.0.1");
        http.setProxyPort(emulator.baseUri().getPort());
        ClientProfile profile = new ClientProfile();
        profile.setHttpProfile(http);
        return new CommonClient(service, service.equals("dc") ? "2018-04-10" : service.equals("tag") ? "2018-08-13" : "2017-03-12",
                new Credential(keyId, secret), emulator.region(), profile);
    }

    private JsonNode dc(String action, String body) throws TencentCloudSDKException {
        return call("dc", action, body);
    }

    private JsonNode call(String service, String action, String body) throws TencentCloudSDKException {
        try {
            return JSON.readTree(client(service, KeyRing.TEST_KEY_ID, KeyRing.TEST_SECRET).commonRequest(new CommonRequest(body), action))
                    .path("Response");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private String refusal(String action, String body) {
        TencentCloudSDKException refused = catchThrowableOfType(TencentCloudSDKException.class, () -> dc(action, body));
        assertThat(refused).as(action + " is refused").isNotNull();
        return refused.getErrorCode();
    }

    private String lineState(String id) throws TencentCloudSDKException {
        return dc("DescribeDirectConnects", "{\"DirectConnectIds\": [\"" + id + "\"]}").path("DirectConnectSet").path(0)
                .path("State").asText();
    }

    private String newLine(String name) throws TencentCloudSDKException {
        return dc("CreateDirectConnect", LINE.formatted(name)).path("DirectConnectIdSet").path(0).asText();
    }

    /** A line the operator has approved, been paid for and built. */
    private String availableLine(String name) throws TencentCloudSDKException {
        String id = newLine(name);
        emulator.operator().approve(id);
        emulator.operator().markPaid(id);
        emulator.operator().completeConstruction(id);
        return id;
    }

    @Test
    void aRedundantLineMustBeALineOfTheAccountInAnyState() throws TencentCloudSDKException {
        start();
        String first = newLine("first");

        String second = dc("CreateDirectConnect", LINE.formatted("second").replace("}",
                ", \"RedundantDirectConnectId\": \"" + first + "\"}")).path("DirectConnectIdSet").path(0).asText();

        assertThat(dc("DescribeDirectConnects", "{\"DirectConnectIds\": [\"" + second + "\"]}").path("DirectConnectSet")
                .path(0).path("RedundantDirectConnectId").asText()).isEqualTo(first);
        assertThat(refusal("CreateDirectConnect", LINE.formatted("third").replace("}",
                ", \"RedundantDirectConnectId\": \"dc-nothing\"}"))).isEqualTo("ResourceNotFound");
    }

    @Test
    void accessPointsAreInTheRegionsCityAndChengduHasOneThatTakesOrders() throws TencentCloudSDKException {
        start("ap-chengdu", Clock.systemUTC());

        JsonNode points = dc("DescribeAccessPoints", "{}").path("AccessPointSet");

        assertThat(points.findValuesAsText("City")).containsOnly("Chengdu");
        assertThat(points.findValuesAsText("AccessPointId")).containsExactly("ap-chengdu-a-th", "ap-chengdu-c-old");
        assertThat(points.findValuesAsText("State")).containsExactly("AVAILABLE", "UNAVAILABLE");
    }

    @Test
    void aClockMoreThanFiveMinutesOffIsSignatureExpire() {
        start(Clock.offset(Clock.systemUTC(), Duration.ofMinutes(6)));

        assertThat(refusal("DescribeDirectConnects", "{}")).isEqualTo("AuthFailure.SignatureExpire");
    }

    @Test
    void aWrongSecretIsSignatureFailureAndAnUnknownKeyIsSecretIdNotFound() {
        start();

        TencentCloudSDKException wrongSecret = catchThrowableOfType(TencentCloudSDKException.class,
                () -> client("dc", KeyRing.TEST_KEY_ID, "not-the-secret").commonRequest(new CommonRequest("{}"),
                        "DescribeDirectConnects"));
        TencentCloudSDKException unknownKey = catchThrowableOfType(TencentCloudSDKException.class,
                () -> client("dc", "AKIDUNKNOWN", KeyRing.TEST_SECRET).commonRequest(new CommonRequest("{}"),
                        "DescribeDirectConnects"));

        assertThat(wrongSecret.getErrorCode()).isEqualTo("AuthFailure.SignatureFailure");
        assertThat(unknownKey.getErrorCode()).isEqualTo("AuthFailure.SecretIdNotFound");
    }

    @Test
    void requestsAreValidatedWithTheDocumentedCodes() {
        start();

        assertThat(refusal("DescribeDirectConnects", "{\"Bogus\": 1}")).isEqualTo("UnknownParameter");
        assertThat(refusal("DescribeNothing", "{}")).isEqualTo("InvalidAction");
        assertThat(refusal("CreateDirectConnect", "{\"DirectConnectName\": \"x\"}")).isEqualTo("MissingParameter");
        assertThat(refusal("CreateDirectConnect", LINE.formatted("x").replace("ChinaTelecom", "Acme")))
                .isEqualTo("InvalidParameterValue");
        assertThat(refusal("CreateDirectConnect", LINE.formatted("x").replace("ap-guangzhou-a-th", "ap-guangzhou-c-old")))
                .isEqualTo("ResourceUnavailable");
        assertThat(refusal("DescribeDirectConnects", "{\"Limit\": 101}")).isEqualTo("InvalidParameterValue");
        assertThat(refusal("DeleteDirectConnectTunnel", "{\"DirectConnectTunnelId\": \"dcx-00000000\"}"))
                .isEqualTo("ResourceNotFound.DirectConnectTunnelIdIsNotExist");
        assertThat(emulator.operator().count(ResourceType.CONNECTION)).isZero();
    }

    @Test
    void pagesFollowOffsetAndLimitAndTotalCountCountsEveryMatch() throws Exception {
        start();
        for (int i = 0; i < 5; i++) {
            newLine("line-" + i);
        }

        JsonNode first = dc("DescribeDirectConnects", "{\"Offset\": 0, \"Limit\": 2}");
        JsonNode last = dc("DescribeDirectConnects", "{\"Offset\": 4, \"Limit\": 2}");
        JsonNode named = dc("DescribeDirectConnects",
                "{\"Filters\": [{\"Name\": \"direct-connect-name\", \"Values\": [\"line-3\", \"line-4\"]}]}");

        assertThat(first.path("TotalCount").asInt()).isEqualTo(5);
        assertThat(first.path("DirectConnectSet")).hasSize(2);
        assertThat(last.path("DirectConnectSet")).hasSize(1);
        assertThat(last.path("DirectConnectSet").path(0).path("DirectConnectName").asText()).isEqualTo("line-4");
        assertThat(named.path("TotalCount").asInt()).isEqualTo(2);
    }

    @Test
    void aLineIsReviewedPaidBuiltAndOnlyThenDeletable() throws Exception {
        start();
        String id = newLine("walk");

        assertThat(lineState(id)).isEqualTo("PENDING");
        assertThat(refusal("DeleteDirectConnect", "{\"DirectConnectId\": \"" + id + "\"}"))
                .isEqualTo("UnsupportedOperation.StateConfLict");
        emulator.clock().advanceWorkingDays(3);
        assertThat(lineState(id)).isEqualTo("PENDINGPAY");
        emulator.operator().markPaid(id);
        assertThat(lineState(id)).isEqualTo("PAID");
        emulator.clock().advanceWorkingDays(1);
        assertThat(lineState(id)).isEqualTo("BUILDING");
        emulator.clock().advanceWorkingDays(5);
        assertThat(lineState(id)).isEqualTo("AVAILABLE");

        dc("DeleteDirectConnect", "{\"DirectConnectId\": \"" + id + "\"}");
        assertThat(lineState(id)).isEqualTo("DELETING");
        emulator.clock().advance(Duration.ofMinutes(1));
        assertThat(lineState(id)).isEqualTo("DELETED");
    }

    @Test
    void aRejectedApplicationReturnsToReviewWhenModified() throws Exception {
        start();
        String id = newLine("rejected");
        emulator.operator().reject(id, "inaccurate information");

        assertThat(lineState(id)).isEqualTo("REJECTED");
        dc("ModifyDirectConnectAttribute", "{\"DirectConnectId\": \"" + id + "\", \"Bandwidth\": 500}");
        assertThat(lineState(id)).isEqualTo("PENDING");
    }

    @Test
    void theListASpellingsAreTopayAndAllocated() throws Exception {
        EmulatorOptions defaults = EmulatorOptions.defaults();
        emulator = TencentEmulator.withListASpellings(new EmulatorOptions(0, defaults.keys(), MONDAY, null, Clock.systemUTC()));
        emulator.start();
        String id = newLine("list-a");

        emulator.operator().approve(id);
        assertThat(lineState(id)).isEqualTo("TOPAY");
        emulator.operator().markPaid(id);
        emulator.operator().advance(ResourceType.CONNECTION, id);
        assertThat(lineState(id)).isEqualTo("ALLOCATED");
    }

    @Test
    void theStatesFilterTakesOnlyItsDocumentedValuesAndMatchesBothSpellings() throws Exception {
        EmulatorOptions defaults = EmulatorOptions.defaults();
        emulator = TencentEmulator.withListASpellings(new EmulatorOptions(0, defaults.keys(), MONDAY, null, Clock.systemUTC()));
        emulator.start();
        String id = newLine("filtered");
        emulator.operator().approve(id);

        String refused = refusal("DescribeDirectConnects", "{\"Filters\": [{\"Name\": \"states\", \"Values\": [\"TOPAY\"]}]}");
        JsonNode found = dc("DescribeDirectConnects",
                "{\"Filters\": [{\"Name\": \"states\", \"Values\": [\"PENDINGPAY\"]}]}");

        assertThat(refused).isEqualTo("InvalidParameterValue");
        assertThat(found.path("TotalCount").asInt()).isEqualTo(1);
        assertThat(found.path("DirectConnectSet").path(0).path("State").asText()).isEqualTo("TOPAY");
    }

    @Test
    void aGatewayHasNoTagSetAndIsFoundByItsTagsThroughTheTagService() throws Exception {
        start();
        String id = call("vpc", "CreateDirectConnectGateway", """
                {"DirectConnectGatewayName": "tagged", "NetworkType": "VPC", "NetworkInstanceId": "vpc-1",
                 "Tags": [{"Key": "team", "Value": "net"}, {"Key": "env", "Value": "prod"}]}""")
                .path("DirectConnectGateway").path("DirectConnectGatewayId").asText();
        call("vpc", "CreateDirectConnectGateway", """
                {"DirectConnectGatewayName": "other", "NetworkType": "VPC", "NetworkInstanceId": "vpc-1",
                 "Tags": [{"Key": "team", "Value": "ops"}]}""");
        JsonNode described = call("vpc", "DescribeDirectConnectGateways", "{\"DirectConnectGatewayIds\": [\"" + id + "\"]}")
                .path("DirectConnectGatewaySet").path(0);

        JsonNode byTag = call("tag", "DescribeResourcesByTags", """
                {"TagFilters": [{"TagKey": "team", "TagValue": ["net"]}], "ServiceType": "vpc", "ResourcePrefix": "dcg",
                 "ResourceRegion": "%s"}""".formatted(emulator.region()));
        JsonNode byKey = call("tag", "DescribeResourcesByTags", """
                {"TagFilters": [{"TagKey": "team"}], "ServiceType": "vpc", "ResourcePrefix": "dcg", "Limit": 1}""");
        JsonNode otherService = call("tag", "DescribeResourcesByTags", """
                {"TagFilters": [{"TagKey": "team", "TagValue": ["net"]}], "ServiceType": "cvm", "ResourcePrefix": "instance"}""");

        assertThat(described.has("TagSet")).as("the VPC API's DirectConnectGateway has no TagSet").isFalse();
        assertThat(byTag.path("TotalCount").asInt()).isEqualTo(1);
        assertThat(byTag.path("Rows").path(0).path("ResourceId").asText()).isEqualTo(id);
        assertThat(byTag.path("Rows").path(0).path("ResourcePrefix").asText()).isEqualTo("dcg");
        assertThat(byTag.path("Rows").path(0).path("ServiceType").asText()).isEqualTo("vpc");
        assertThat(byTag.path("Rows").path(0).path("ResourceRegion").asText()).isEqualTo(emulator.region());
        assertThat(byTag.path("Rows").path(0).path("Tags").findValuesAsText("TagKey")).containsExactly("team", "env");
        assertThat(byKey.path("TotalCount").asInt()).isEqualTo(2);
        assertThat(byKey.path("Rows")).hasSize(1);
        assertThat(otherService.path("TotalCount").asInt()).isZero();
    }

    @Test
    void aTunnelOnASharedLineWaitsInComfirmingUntilTheOwnerAccepts() throws Exception {
        start();
        String line = availableLine("shared");
        String tunnel = emulator.operator().requestForeignVirtualInterface(line);
        String byId = "{\"DirectConnectTunnelIds\": [\"" + tunnel + "\"]}";

        assertThat(dc("DescribeDirectConnectTunnels", byId).path("DirectConnectTunnelSet").path(0).path("State").asText())
                .isEqualTo("COMFIRMING");
        dc("AcceptDirectConnectTunnel", "{\"DirectConnectTunnelId\": \"" + tunnel + "\"}");
        emulator.clock().advance(Duration.ofHours(1));

        assertThat(dc("DescribeDirectConnectTunnels", byId).path("DirectConnectTunnelSet").path(0).path("State").asText())
                .isEqualTo("AVAILABLE");
        assertThat(refusal("AcceptDirectConnectTunnel", "{\"DirectConnectTunnelId\": \"" + tunnel + "\"}"))
                .isEqualTo("UnsupportedOperation.StateConfLict");
    }

    @Test
    void aTunnelOnAnotherAccountsSharedLineWaitsUntilThatOwnerAcceptsIt() throws Exception {
        start();
        String line = emulator.sharedLine("200000000100");
        String tunnel = dc("CreateDirectConnectTunnel", "{\"DirectConnectId\": \"" + line + "\", "
                + "\"DirectConnectOwnerAccount\": \"200000000100\", \"DirectConnectTunnelName\": \"hosted\", "
                + "\"VpcId\": \"vpc-00000001\", \"Vlan\": 2345}").path("DirectConnectTunnelIdSet").path(0).asText();
        String byId = "{\"DirectConnectTunnelIds\": [\"" + tunnel + "\"]}";

        assertThat(dc("DescribeDirectConnects", "{\"DirectConnectIds\": [\"" + line + "\"]}").path("TotalCount").asInt())
                .as("the line is not the test account's").isZero();
        JsonNode requested = dc("DescribeDirectConnectTunnels", byId).path("DirectConnectTunnelSet").path(0);
        assertThat(requested.path("State").asText()).isEqualTo("COMFIRMING");
        assertThat(refusal("AcceptDirectConnectTunnel", "{\"DirectConnectTunnelId\": \"" + tunnel + "\"}"))
                .as("only the line's owner accepts").isEqualTo("InvalidParameter.DirectConnectIdIsNotUin");

        emulator.acceptAsLineOwner(tunnel);
        emulator.clock().advance(Duration.ofHours(1));

        assertThat(dc("DescribeDirectConnectTunnels", byId).path("DirectConnectTunnelSet").path(0).path("State").asText())
                .isEqualTo("AVAILABLE");
    }

    @Test
    void aTunnelIsConfiguredInMinutesAndAdvanceLeavesTheCustomersRouterAlone() throws Exception {
        start();
        String line = availableLine("tunnels");
        String tunnel = dc("CreateDirectConnectTunnel", "{\"DirectConnectId\": \"" + line + "\", "
                + "\"DirectConnectTunnelName\": \"t\", \"VpcId\": \"vpc-00000001\", \"Vlan\": 10}")
                .path("DirectConnectTunnelIdSet").path(0).asText();
        String byId = "{\"DirectConnectTunnelId\": \"" + tunnel + "\"}";

        emulator.clock().advance(Duration.ofMinutes(5));
        JsonNode configured = dc("DescribeDirectConnectTunnelExtra", byId).path("DirectConnectTunnelExtra");
        emulator.operator().advance(ResourceType.VIRTUAL_INTERFACE, tunnel);
        emulator.clock().advance(Duration.ofMinutes(24));
        String stillWaiting = dc("DescribeDirectConnectTunnelExtra", byId).path("DirectConnectTunnelExtra").path("State").asText();
        emulator.clock().advance(Duration.ofMinutes(1));
        JsonNode available = dc("DescribeDirectConnectTunnelExtra", byId).path("DirectConnectTunnelExtra");
        emulator.operator().linkDown(ResourceType.VIRTUAL_INTERFACE, tunnel);
        emulator.operator().setRawState(ResourceType.VIRTUAL_INTERFACE, tunnel, "ALTERING");
        emulator.operator().advance(ResourceType.VIRTUAL_INTERFACE, tunnel);
        JsonNode altered = dc("DescribeDirectConnectTunnelExtra", byId).path("DirectConnectTunnelExtra");

        assertThat(configured.path("State").asText()).isEqualTo("ALLOCATED");
        assertThat(configured.path("BgpStatus").path("TencentAddressBgpState").asText()).isEqualTo("Connect");
        assertThat(stillWaiting).as("advance plays the provider, not the customer's router").isEqualTo("ALLOCATED");
        assertThat(available.path("State").asText()).as("30 minutes after the request").isEqualTo("AVAILABLE");
        assertThat(available.path("BgpStatus").path("TencentAddressBgpState").asText()).isEqualTo("Established");
        assertThat(altered.path("State").asText()).isEqualTo("AVAILABLE");
        assertThat(altered.path("BgpStatus").path("TencentAddressBgpState").asText()).isEqualTo("Connect");
    }

    @Test
    void injectedThrottlingAnswersRequestLimitExceededOnce() throws Exception {
        start();
        emulator.faults().throttle("DescribeAccessPoints", 1);

        assertThat(refusal("DescribeAccessPoints", "{}")).isEqualTo("RequestLimitExceeded");
        assertThat(dc("DescribeAccessPoints", "{}").path("AccessPointSet")).hasSize(3);
    }
}
