package io.dclink.testkit.alibaba;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.aliyun.tea.TeaException;
import com.aliyun.teaopenapi.Client;
import com.aliyun.teaopenapi.models.Config;
import com.aliyun.teaopenapi.models.OpenApiRequest;
import com.aliyun.teaopenapi.models.Params;
import com.aliyun.teautil.models.RuntimeOptions;
import io.dclink.lifecycle.ResourceType;
import io.dclink.testkit.emulator.EmulatorOptions;
import io.dclink.testkit.emulator.KeyRing;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The emulator as Alibaba's official OpenAPI client (V3 signatures) sees it, checked against the
 * reference independently of the dclink plugin.
 */
class AlibabaEmulatorTest {

    private static final Instant MONDAY = Instant.parse("2026-11-23T01:00:00Z");

    private AlibabaEmulator emulator;

    private void start(Clock signatureClock) {
        EmulatorOptions defaults = EmulatorOptions.defaults();
        emulator = new AlibabaEmulator(new EmulatorOptions(0, defaults.keys(), MONDAY, null, signatureClock));
        emulator.start();
    }

    private void start() {
        start(Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private Client client(String keyId, String secret) throws Exception {
        return new Client(new Config().setAccessKeyId(keyId).setAccessKeySecret(secret)
                .setEndpoint("127.0.0.1:" + emulator.baseUri().getPort()).setProtocol("http").setRegionId(emulator.region()));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> call(String action, String... nameValues) throws Exception {
        return (Map<String, Object>) call(client(KeyRing.TEST_KEY_ID, KeyRing.TEST_SECRET), action, nameValues).get("body");
    }

    private Map<String, ?> call(Client client, String action, String... nameValues) throws Exception {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("RegionId", emulator.region());
        for (int i = 0; i < nameValues.length; i += 2) {
            query.put(nameValues[i], nameValues[i + 1]);
        }
        Params params = new Params().setAction(action).setVersion("2016-04-28").setProtocol("HTTP").setPathname("/")
                .setMethod("POST").setAuthType("AK").setStyle("RPC").setReqBodyType("formData").setBodyType("json");
        return client.callApi(params, new OpenApiRequest().setQuery(query), new RuntimeOptions());
    }

    private String refusal(String action, String... nameValues) {
        TeaException refused = catchThrowableOfType(TeaException.class, () -> call(action, nameValues));
        assertThat(refused).as(action + " is refused").isNotNull();
        return refused.getCode();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<String, Object> body, String set, String item) {
        return (List<Map<String, Object>>) ((Map<String, Object>) body.get(set)).get(item);
    }

    private String newLine(String name, String accessPoint) throws Exception {
        return (String) call("CreatePhysicalConnection", "AccessPointId", accessPoint, "LineOperator", "CT",
                "PortType", "10GBase-LR", "Name", name).get("PhysicalConnectionId");
    }

    private Map<String, Object> line(String id) throws Exception {
        return items(call("DescribePhysicalConnections", "Filter.1.Key", "PhysicalConnectionId", "Filter.1.Value.1", id),
                "PhysicalConnectionSet", "PhysicalConnectionType").get(0);
    }

    @Test
    void signaturesAreCheckedWithTheGatewaysCodes() throws Exception {
        start(Clock.offset(Clock.systemUTC(), Duration.ofMinutes(16)));
        TeaException expired = catchThrowableOfType(TeaException.class, () -> call("DescribeAccessPoints"));
        emulator.close();
        start();
        TeaException wrongSecret = catchThrowableOfType(TeaException.class,
                () -> call(client(KeyRing.TEST_KEY_ID, "not-the-secret"), "DescribeAccessPoints"));
        TeaException unknownKey = catchThrowableOfType(TeaException.class,
                () -> call(client("LTAIUNKNOWN", KeyRing.TEST_SECRET), "DescribeAccessPoints"));

        assertThat(expired.getCode()).isEqualTo("InvalidTimeStamp.Expired");
        assertThat(wrongSecret.getCode()).isEqualTo("SignatureDoesNotMatch");
        assertThat(unknownKey.getCode()).isEqualTo("InvalidAccessKeyId.NotFound");
        assertThat(unknownKey.getStatusCode()).isEqualTo(404);
    }

    @Test
    void requestsAreValidatedWithTheDocumentedCodes() {
        start();
        String ap = emulator.selfServiceAccessPoint();

        assertThat(refusal("DescribeNothing")).isEqualTo("InvalidAction.NotFound");
        assertThat(refusal("CreatePhysicalConnection", "AccessPointId", ap)).isEqualTo("MissingLineOperator");
        assertThat(refusal("CreatePhysicalConnection", "AccessPointId", ap, "LineOperator", "XX")).isEqualTo(
                "InvalidLineOperator.Malformd");
        assertThat(refusal("CreatePhysicalConnection", "AccessPointId", ap, "LineOperator", "CT", "PortType", "V.35"))
                .isEqualTo("InvalidPortType.Malformd");
        assertThat(refusal("CreatePhysicalConnection", "AccessPointId", "ap-cn-hangzhou-old-C", "LineOperator", "CT"))
                .isEqualTo("InvalidAccessPointId.NotEnabled");
        assertThat(refusal("CreatePhysicalConnection", "AccessPointId", ap, "LineOperator", "CT", "Bandwidth", "10"))
                .as("the create takes lowercase bandwidth").isEqualTo("InvalidParameter.Unknown");
        assertThat(refusal("DescribePhysicalConnections", "Filter.1.Key", "Colour", "Filter.1.Value.1", "red"))
                .isEqualTo("InvalidFilterKey.ValueNotSupported");
        assertThat(refusal("DescribePhysicalConnections", "PageSize", "51")).isEqualTo("InvalidParameter");
        assertThat(refusal("ConfirmPhysicalConnection", "PhysicalConnectionId", "pc-nothing"))
                .isEqualTo("InvalidPhysicalConnectionId.NotFound");
        assertThat(emulator.operator().count(ResourceType.CONNECTION)).isZero();
    }

    @Test
    void aClientTokenMakesACreateHappenOnce() throws Exception {
        start();
        String ap = emulator.selfServiceAccessPoint();

        Object first = call("CreatePhysicalConnection", "AccessPointId", ap, "LineOperator", "CT", "ClientToken", "t-1")
                .get("PhysicalConnectionId");
        Object again = call("CreatePhysicalConnection", "AccessPointId", ap, "LineOperator", "CT", "ClientToken", "t-1")
                .get("PhysicalConnectionId");

        assertThat(again).isEqualTo(first);
        assertThat(emulator.operator().count(ResourceType.CONNECTION)).isEqualTo(1);
        assertThat(refusal("CreatePhysicalConnection", "AccessPointId", ap, "LineOperator", "CT", "ClientToken",
                "x".repeat(65))).isEqualTo("IllegalParam.ClientToken");
    }

    @Test
    void pagesFiltersAndStatusesFollowTheReference() throws Exception {
        start();
        for (int i = 0; i < 3; i++) {
            newLine("line-" + i, emulator.selfServiceAccessPoint());
        }
        Map<String, Object> page = call("DescribePhysicalConnections", "PageNumber", "2", "PageSize", "2");
        Map<String, Object> named = call("DescribePhysicalConnections", "Filter.1.Key", "Name", "Filter.1.Value.1", "line-0",
                "Filter.1.Value.2", "line-2");

        assertThat(((Number) page.get("TotalCount")).intValue()).isEqualTo(3);
        assertThat(items(page, "PhysicalConnectionSet", "PhysicalConnectionType")).hasSize(1);
        assertThat(items(named, "PhysicalConnectionSet", "PhysicalConnectionType")).extracting(line -> line.get("Name"))
                .containsExactly("line-0", "line-2");
    }

    @Test
    void aSelfServiceLineWalksReviewAllocationLoaConfirmationAndPayment() throws Exception {
        start();
        String id = newLine("walk", emulator.selfServiceAccessPoint());
        assertThat(line(id).get("Status")).isEqualTo("Initial");
        assertThat(refusal("ApplyPhysicalConnectionLOA", "InstanceId", id)).isEqualTo("MissingCompanyName");

        emulator.clock().advanceWorkingDays(2);
        assertThat(line(id).get("Status")).isEqualTo("Allocating");
        emulator.clock().advance(Duration.ofHours(1));
        assertThat(line(id).get("Status")).isEqualTo("Allocated");
        assertThat(refusal("ApplyPhysicalConnectionLOA", "InstanceId", id, "CompanyName", "Co", "LineType", "SDH", "Si",
                "Installer", "ConstructionTime", "2030-01-01T00:00:00Z")).isEqualTo("IllegalParam.LineType");
        call("ApplyPhysicalConnectionLOA", "InstanceId", id, "CompanyName", "Co", "LineType", "FIBRE", "Si", "Installer",
                "ConstructionTime", "2030-01-01T00:00:00Z", "PMInfo.1.PMName", "Li Lei", "PMInfo.1.PMContactInfo", "138",
                "PMInfo.1.PMCertificateType", "IDCard", "PMInfo.1.PMCertificateNo", "1101", "PMInfo.1.PMGender", "Male");
        assertThat(line(id).get("LoaStatus")).isEqualTo("Applying");
        emulator.clock().advanceWorkingDays(1);
        emulator.clock().advance(Duration.ofHours(1));
        @SuppressWarnings("unchecked")
        Map<String, Object> loa = (Map<String, Object>) call("DescribePhysicalConnectionLOA", "InstanceId", id)
                .get("PhysicalConnectionLOAType");
        assertThat(loa.get("Status")).isEqualTo("Available");
        assertThat((String) loa.get("LoaUrl")).contains(id);
        assertThat(refusal("ConfirmPhysicalConnection", "PhysicalConnectionId", id))
                .isEqualTo("IncorrectStatus.PhysicalConnectionLOA");

        call("CompletePhysicalConnectionLOA", "InstanceId", id, "LineCode", "L-1", "LineLabel", "C-1");
        call("ConfirmPhysicalConnection", "PhysicalConnectionId", id);
        assertThat(line(id).get("Status")).isEqualTo("Confirmed");
        assertThat(refusal("CreatePhysicalConnectionOccupancyOrder", "PhysicalConnectionId", id, "PricingCycle", "Month",
                "Period", "10")).isEqualTo("InvalidPhysicalConnectionPeriod.Malformed");
        call("CreatePhysicalConnectionOccupancyOrder", "PhysicalConnectionId", id, "AutoPay", "true");
        assertThat(line(id).get("Status")).isEqualTo("Enabled");
        assertThat(refusal("DeletePhysicalConnection", "PhysicalConnectionId", id)).isEqualTo("Forbidden.NotAllowedInState");
    }

    @Test
    void aPartnerLineIsAllocatedAfterApprovalAndPaidOnlyOnceConfirmed() throws Exception {
        start();
        String id = newLine("partner", emulator.partnerAccessPoint());

        emulator.clock().advanceWorkingDays(1);
        assertThat(line(id).get("Status")).isEqualTo("Approved");
        String earlyOrder = refusal("CreatePhysicalConnectionOccupancyOrder", "PhysicalConnectionId", id, "AutoPay", "true");
        emulator.clock().advance(Duration.ofHours(1));
        assertThat(line(id).get("Status")).as("still cancellable an hour later").isEqualTo("Approved");
        emulator.clock().advanceWorkingDays(1);
        assertThat(line(id).get("Status")).isEqualTo("Allocating");
        emulator.clock().advanceWorkingDays(5);
        Map<String, Object> built = line(id);
        call("ConfirmPhysicalConnection", "PhysicalConnectionId", id);
        Map<String, Object> confirmed = line(id);
        call("CreatePhysicalConnectionOccupancyOrder", "PhysicalConnectionId", id, "AutoPay", "true");

        assertThat(earlyOrder).isEqualTo("Forbidden.NotAllowedInState");
        assertThat(built).containsEntry("Status", "Allocated").containsEntry("LoaStatus", "Complete");
        assertThat(confirmed.get("Status")).as("confirming does not enable an unpaid line").isEqualTo("Confirmed");
        assertThat(line(id).get("Status")).isEqualTo("Enabled");
    }

    @Test
    void routeEntriesArePendingUntilReadOnceAndConflictMeanwhile() throws Exception {
        start();
        String id = newLine("routes", emulator.partnerAccessPoint());
        emulator.operator().approve(id);
        emulator.operator().completeConstruction(id);
        call("ConfirmPhysicalConnection", "PhysicalConnectionId", id);
        call("CreatePhysicalConnectionOccupancyOrder", "PhysicalConnectionId", id, "AutoPay", "true");
        String vbrId = (String) call("CreateVirtualBorderRouter", "PhysicalConnectionId", id, "VlanId", "10",
                "LocalGatewayIp", "10.0.0.1", "PeerGatewayIp", "10.0.0.2", "PeeringSubnetMask", "255.255.255.252")
                .get("VbrId");
        Map<String, Object> vbr = items(call("DescribeVirtualBorderRouters", "Filter.1.Key", "VbrId", "Filter.1.Value.1",
                vbrId), "VirtualBorderRouterSet", "VirtualBorderRouterType").get(0);
        String table = (String) vbr.get("RouteTableId");
        String[] entry = {"RouteTableId", table, "DestinationCidrBlock", "192.168.0.0/24", "NextHopType", "RouterInterface",
                "NextHopId", (String) vbr.get("VlanInterfaceId")};

        call("CreateRouteEntry", entry);
        entry[3] = "192.168.1.0/24";
        String conflict = refusal("CreateRouteEntry", entry);
        Object first = items(call("DescribeRouteEntryList", "RouteTableId", table), "RouteEntrys", "RouteEntry").get(0)
                .get("Status");
        Object second = items(call("DescribeRouteEntryList", "RouteTableId", table), "RouteEntrys", "RouteEntry").get(0)
                .get("Status");
        call("CreateRouteEntry", entry);

        assertThat(vbr.get("Status")).isEqualTo("active");
        assertThat(conflict).isEqualTo("TaskConflict");
        assertThat(List.of(first, second)).containsExactly("Pending", "Available");
        assertThat(emulator.operator().count(ResourceType.ROUTE)).isEqualTo(2);
        assertThat(refusal("CreateVirtualBorderRouter", "PhysicalConnectionId", id, "VlanId", "10", "LocalGatewayIp",
                "10.0.1.1", "PeerGatewayIp", "10.0.1.2", "PeeringSubnetMask", "255.255.255.252")).isEqualTo("InvalidVlanId.Used");
        assertThat(refusal("CreateVirtualBorderRouter", "PhysicalConnectionId", id, "VlanId", "11", "LocalGatewayIp",
                "10.0.1.1", "PeerGatewayIp", "10.0.2.2", "PeeringSubnetMask", "255.255.255.252")).isEqualTo("InvalidIp.NotSameSubnet");
    }

    @Test
    @SuppressWarnings("unchecked")
    void businessAccessPointsListCarriersAndPortTypesAsTextAsTheSdkModelTypesThem() throws Exception {
        start();
        List<Map<String, Object>> points = (List<Map<String, Object>>) call("ListBusinessAccessPoints")
                .get("BusinessAccessPoints");
        List<Map<String, Object>> described = items(call("DescribeAccessPoints"), "AccessPointSet", "AccessPointType");

        assertThat(points).isNotEmpty().allSatisfy(point -> {
            assertThat(point.get("SupportLineOperator")).isInstanceOf(String.class);
            assertThat(point.get("SupportPortTypes")).isInstanceOf(String.class);
        });
        assertThat((String) points.get(0).get("SupportLineOperator")).isEqualTo("CT,CU,CM,CO");
        assertThat(described).extracting(point -> point.get("Status")).as("both spellings of the reference")
                .contains("recommended", "Recommended");
    }

    @Test
    void injectedThrottlingAnswersTheGatewaysThrottlingCode() throws Exception {
        start();
        emulator.faults().throttle("DescribeAccessPoints", 1);

        assertThat(refusal("DescribeAccessPoints")).isEqualTo("Throttling.User");
        assertThat(items(call("DescribeAccessPoints"), "AccessPointSet", "AccessPointType")).hasSize(4);
    }
}
