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
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The installation-fee order and the high-reliability order as Alibaba's official OpenAPI client
 * sees them, and the documented redundancy rule each keeps, checked against the reference
 * independently of the dclink plugin.
 */
class AlibabaOrdersEmulatorTest {

    private AlibabaEmulator emulator;
    private String selfService;
    private String other;

    @BeforeEach
    void start() {
        // the official client signs with the real time; the emulated clock drives the lifecycles
        emulator = new AlibabaEmulator(new EmulatorOptions(0, EmulatorOptions.defaults().keys(),
                Instant.parse("2026-11-23T01:00:00Z"), null, Clock.systemUTC()));
        emulator.start();
        selfService = emulator.selfServiceAccessPoint();
        other = "ap-" + emulator.region() + "-xs-B";
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> call(String action, String... nameValues) throws Exception {
        Client client = new Client(new Config().setAccessKeyId(KeyRing.TEST_KEY_ID).setAccessKeySecret(KeyRing.TEST_SECRET)
                .setEndpoint("127.0.0.1:" + emulator.baseUri().getPort()).setProtocol("http").setRegionId(emulator.region()));
        Map<String, String> query = new LinkedHashMap<>();
        query.put("RegionId", emulator.region());
        for (int i = 0; i < nameValues.length; i += 2) {
            query.put(nameValues[i], nameValues[i + 1]);
        }
        Params params = new Params().setAction(action).setVersion("2016-04-28").setProtocol("HTTP").setPathname("/")
                .setMethod("POST").setAuthType("AK").setStyle("RPC").setReqBodyType("formData").setBodyType("json");
        return (Map<String, Object>) client.callApi(params, new OpenApiRequest().setQuery(query), new RuntimeOptions())
                .get("body");
    }

    private String refusal(String action, String... nameValues) {
        TeaException refused = catchThrowableOfType(TeaException.class, () -> call(action, nameValues));
        assertThat(refused).as(action + " is refused").isNotNull();
        return refused.getCode();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> line(String id) throws Exception {
        Map<String, Object> set = (Map<String, Object>) call("DescribePhysicalConnections", "Filter.1.Key",
                "PhysicalConnectionId", "Filter.1.Value.1", id).get("PhysicalConnectionSet");
        return ((List<Map<String, Object>>) set.get("PhysicalConnectionType")).get(0);
    }

    @SuppressWarnings("unchecked")
    private static List<String> made(Map<String, Object> answer) {
        Map<String, Object> list = (Map<String, Object>) answer.get("PhysicalConnectionList");
        return ((List<Map<String, Object>>) list.get("physicalConnectionList")).stream()
                .map(item -> (String) item.get("InstanceId")).toList();
    }

    private String[] apList(String mode, String... accessPoints) {
        List<String> values = new java.util.ArrayList<>(List.of("HighReliableType", mode, "PortType", "10GBase-LR"));
        for (int i = 0; i < accessPoints.length; i++) {
            values.addAll(List.of("ApList." + (i + 1) + ".AccessPointId", accessPoints[i], "ApList." + (i + 1)
                    + ".LineOperator", "CT", "ApList." + (i + 1) + ".RegionId", emulator.region(), "ApList." + (i + 1)
                    + ".Name", "hr-" + i));
        }
        return values.toArray(String[]::new);
    }

    @Test
    void theInstallationFeeOrderAnswersTheOrderAndTheLineAndAutoPaySendsItToReview() throws Exception {
        Map<String, Object> paid = call("CreatePhysicalConnectionSetupOrder", "AccessPointId", selfService,
                "LineOperator", "CT", "PortType", "10GBase-LR", "AutoPay", "true", "ClientToken", "fee-1");
        Map<String, Object> again = call("CreatePhysicalConnectionSetupOrder", "AccessPointId", selfService,
                "LineOperator", "CT", "PortType", "10GBase-LR", "AutoPay", "true", "ClientToken", "fee-1");
        String unpaid = (String) call("CreatePhysicalConnectionSetupOrder", "AccessPointId", selfService,
                "LineOperator", "CT").get("PhysicalConnectionId");

        String id = (String) paid.get("PhysicalConnectionId");
        assertThat(paid.get("OrderId")).isNotNull();
        assertThat(again).containsEntry("PhysicalConnectionId", id);
        emulator.clock().advanceWorkingDays(2);
        assertThat(line(id).get("Status")).isEqualTo("Allocating");
        assertThat(line(unpaid).get("Status")).as("an unpaid fee keeps the application out of review").isEqualTo("Initial");
        emulator.operator().markPaid(unpaid);
        emulator.clock().advanceWorkingDays(2);
        assertThat(line(unpaid).get("Status")).isEqualTo("Allocating");
        assertThat(refusal("CreatePhysicalConnectionSetupOrder", "AccessPointId", selfService)).isEqualTo("MissingLineOperator");
        assertThat(refusal("CreatePhysicalConnectionSetupOrder", "AccessPointId", selfService, "LineOperator", "CT",
                "Name", "x")).isEqualTo("InvalidParameter.Unknown");
    }

    @Test
    void aNamedRedundancyMustBeAllocatedConfirmedOrEnabledAndNothingElseIsRequired() throws Exception {
        String first = (String) call("CreatePhysicalConnection", "AccessPointId", selfService, "LineOperator", "CT")
                .get("PhysicalConnectionId");

        assertThat(refusal("CreatePhysicalConnection", "AccessPointId", selfService, "LineOperator", "CT",
                "RedundantPhysicalConnectionId", first)).isEqualTo("InvalidRedundantPhysicalConnectionStatus");
        assertThat(refusal("CreatePhysicalConnectionSetupOrder", "AccessPointId", selfService, "LineOperator", "CT",
                "RedundantPhysicalConnectionId", "pc-none")).isEqualTo("InvalidRedundantPhysicalConnectionId.NotFound");
        emulator.operator().approve(first);
        emulator.operator().advance(ResourceType.CONNECTION, first);
        String second = (String) call("CreatePhysicalConnection", "AccessPointId", other, "LineOperator", "CT",
                "RedundantPhysicalConnectionId", first).get("PhysicalConnectionId");
        String unnamed = (String) call("CreatePhysicalConnection", "AccessPointId", selfService, "LineOperator", "CT")
                .get("PhysicalConnectionId");

        assertThat(line(second).get("RedundantPhysicalConnectionId")).isEqualTo(first);
        assertThat(line(unnamed).get("RedundantPhysicalConnectionId")).as("a second line at one access point need not "
                + "name a redundancy").isEqualTo("");
    }

    @Test
    void eachHighReliabilityModeMakesItsLines() throws Exception {
        assertThat(made(call("CreateHighReliablePhysicalConnection", apList("MultiApSingleDevice", selfService, other))))
                .hasSize(2);
        assertThat(made(call("CreateHighReliablePhysicalConnection", apList("MultiApMultiDevice", selfService, other))))
                .hasSize(4);
        assertThat(made(call("CreateHighReliablePhysicalConnection", apList("SingleApMultiDevice", selfService))))
                .hasSize(2);
        String[] counted = apList("SingleApMultiConnection", selfService);
        String[] withCount = java.util.Arrays.copyOf(counted, counted.length + 2);
        withCount[counted.length] = "ApList.1.PortNum";
        withCount[counted.length + 1] = "3";
        List<String> three = made(call("CreateHighReliablePhysicalConnection", withCount));

        assertThat(three).hasSize(3);
        assertThat(line(three.get(0))).containsEntry("Status", "Initial").containsEntry("PortType", "10GBase-LR")
                .containsEntry("Name", "hr-0");
        assertThat(emulator.operator().count(ResourceType.CONNECTION)).isEqualTo(11);
    }

    @Test
    void theHighReliabilityOrderKeepsItsDocumentedRules() throws Exception {
        assertThat(refusal("CreateHighReliablePhysicalConnection", apList("BestEffort", selfService)))
                .isEqualTo("IllegalParam.HighReliableType");
        String[] copper = apList("MultiApSingleDevice", selfService, other);
        copper[3] = "1000Base-T";
        assertThat(refusal("CreateHighReliablePhysicalConnection", copper)).isEqualTo("IllegalParam.PortType");
        String[] counted = apList("SingleApMultiDevice", selfService);
        String[] withCount = java.util.Arrays.copyOf(counted, counted.length + 2);
        withCount[counted.length] = "ApList.1.PortNum";
        withCount[counted.length + 1] = "2";
        assertThat(refusal("CreateHighReliablePhysicalConnection", withCount)).isEqualTo("IllegalParam.PortNum");
        assertThat(refusal("CreateHighReliablePhysicalConnection", "HighReliableType", "SingleApMultiDevice", "PortType",
                "10GBase-LR", "ApList.1.AccessPointId", selfService, "ApList.1.RegionId", emulator.region()))
                .isEqualTo("MissingApList.LineOperator");
        assertThat(made(call("CreateHighReliablePhysicalConnection", java.util.stream.Stream.concat(java.util.Arrays.stream(
                apList("MultiApSingleDevice", selfService, other)), java.util.stream.Stream.of("DryRun", "true"))
                .toArray(String[]::new)))).isEmpty();
        assertThat(emulator.operator().count(ResourceType.CONNECTION)).isZero();
    }
}
