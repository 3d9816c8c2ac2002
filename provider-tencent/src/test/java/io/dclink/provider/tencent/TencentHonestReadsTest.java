package io.dclink.provider.tencent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.dclink.DirectConnect;
import io.dclink.error.ProtocolException;
import io.dclink.error.ResourceNotFoundException;
import io.dclink.lifecycle.RequiredAction;
import io.dclink.lifecycle.RouteState;
import io.dclink.model.ConnectionQuery;
import io.dclink.model.ProviderState;
import io.dclink.model.Route;
import io.dclink.model.RouteType;
import io.dclink.testkit.emulator.ScriptedCloud;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Answers that do not fit the question end in a {@link ProtocolException} (wrapped, for a create,
 * in the runtime's outcome-unknown error), never in another resource, a wrong state, a "not
 * found", or a listing without end.
 */
class TencentHonestReadsTest {

    private static final String LINE = "{\"DirectConnectId\": \"%s\", \"DirectConnectName\": \"x\", \"State\": \"PENDING\"}";
    private static final String TUNNEL = "{\"DirectConnectTunnelId\": \"%s\", \"DirectConnectTunnelName\": \"t\", "
            + "\"State\": \"AVAILABLE\", \"RouteType\": \"BGP\", \"BgpPeer\": {\"Asn\": 65010, \"CloudAsn\": 45090}}";

    private ScriptedCloud cloud;
    private DirectConnect client;

    @BeforeEach
    void start() {
        cloud = new ScriptedCloud("X-TC-Action");
        client = cloud.client("tencent", "ap-guangzhou");
    }

    @AfterEach
    void stop() {
        client.close();
        cloud.close();
    }

    private static String response(String fields) {
        return "{\"Response\": {" + fields + (fields.isEmpty() ? "" : ", ") + "\"RequestId\": \"req-1\"}}";
    }

    /** The failure is, or wraps, a protocol error: never a "not found" or an untyped exception. */
    private static void assertProtocolError(Throwable thrown) {
        assertProtocolError(thrown, "");
    }

    private static void assertProtocolError(Throwable thrown, String what) {
        assertThat(thrown).as("a failure " + what).isNotNull().isNotInstanceOf(ResourceNotFoundException.class)
                .isNotInstanceOf(NullPointerException.class);
        Throwable cause = thrown;
        while (cause != null && !(cause instanceof ProtocolException)) {
            cause = cause.getCause();
        }
        assertThat(cause).as("a ProtocolException in " + thrown).isInstanceOf(ProtocolException.class);
    }

    @Test
    void aCreatedLineWhoseAnswerLacksAProperIdIsAProtocolError() {
        cloud.answer("DescribeDirectConnects", response("\"DirectConnectSet\": [], \"TotalCount\": 0"));
        for (String idSet : List.of("", "\"DirectConnectIdSet\": []", "\"DirectConnectIdSet\": [\"\"]",
                "\"DirectConnectIdSet\": [12345678]", "\"DirectConnectIdSet\": [\"12345678\"]",
                "\"DirectConnectIdSet\": [\"dc-1\", \"dc-2\"]", "\"DirectConnectIdSet\": \"dc-1\"")) {
            cloud.answer("CreateDirectConnect", response(idSet));

            assertProtocolError(catchThrowable(() -> client.connections().create(TencentRequests.line("x"))), idSet);
        }
        assertThat(cloud.bodies()).as("no id was looked up as if it were one")
                .noneMatch(body -> body.contains("DirectConnectIds"));
    }

    @Test
    void aCreatedGatewayOrTunnelWhoseAnswerLacksAProperIdIsAProtocolError() {
        cloud.answer("DescribeResourcesByTags", response("\"Rows\": [], \"TotalCount\": 0"));
        for (String gateway : List.of("", "\"DirectConnectGateway\": {}", "\"DirectConnectGateway\": "
                + "{\"DirectConnectGatewayId\": 42, \"DirectConnectGatewayName\": \"g\"}")) {
            cloud.answer("CreateDirectConnectGateway", response(gateway));

            assertProtocolError(catchThrowable(() -> client.gateways().create(TencentRequests.gateway("g"))), gateway);
        }
        cloud.answer("DescribeDirectConnects", response("\"DirectConnectSet\": [" + LINE.formatted("dc-12345678")
                .replace("PENDING", "AVAILABLE") + "], \"TotalCount\": 1"));
        cloud.answer("CreateDirectConnectTunnel", response("\"DirectConnectTunnelIdSet\": [42]"));
        cloud.answer("DescribeDirectConnectTunnels", response("\"DirectConnectTunnelSet\": [], \"TotalCount\": 0"));

        assertProtocolError(catchThrowable(() -> client.virtualInterfaces().create(
                TencentRequests.staticTunnel("dc-12345678", "dcg-12345678", 10))));
        assertThat(cloud.bodies()).as("no id was looked up as if it were one")
                .noneMatch(body -> body.contains("DirectConnectTunnelIds"));
    }

    @Test
    void aTunnelsBgpStateFromAnotherTunnelIsAProtocolErrorNotItsState() {
        cloud.answer("DescribeDirectConnectTunnels", response("\"DirectConnectTunnelSet\": [" + TUNNEL.formatted("dcx-1")
                + "], \"TotalCount\": 1"));
        cloud.answer("DescribeDirectConnectTunnelExtra", response("\"DirectConnectTunnelExtra\": {"
                + "\"DirectConnectTunnelId\": \"dcx-2\", \"BgpStatus\": {\"TencentAddressBgpState\": \"Established\"}}"));

        assertProtocolError(catchThrowable(() -> client.virtualInterfaces().get("dcx-1")));
    }

    @Test
    void aGetAnsweredWithAnotherLineIsAProtocolError() {
        cloud.answer("DescribeDirectConnects", response("\"DirectConnectSet\": [" + LINE.formatted("dc-2")
                + "], \"TotalCount\": 1"));

        assertProtocolError(catchThrowable(() -> client.connections().get("dc-1")));
    }

    @Test
    void aListingWhoseTotalLiesEnds() {
        cloud.answer("DescribeDirectConnects",
                response("\"DirectConnectSet\": [" + LINE.formatted("dc-1") + "], \"TotalCount\": 1000"),
                response("\"DirectConnectSet\": [], \"TotalCount\": 1000"));

        assertProtocolError(catchThrowable(() -> client.connections().list(ConnectionQuery.all()).stream().toList()));
        assertThat(cloud.count("DescribeDirectConnects")).isEqualTo(2);
    }

    @Test
    void aListingThatRepeatsItsPageEnds() {
        cloud.answer("DescribeDirectConnects", response("\"DirectConnectSet\": [" + LINE.formatted("dc-1") + ", "
                + LINE.formatted("dc-2") + "], \"TotalCount\": 1000000"));

        assertProtocolError(catchThrowable(() -> client.connections().list(ConnectionQuery.all()).stream().toList()));
        assertThat(cloud.count("DescribeDirectConnects")).isEqualTo(2);
    }

    @Test
    void anAnswerWithoutItsResponseIsAProtocolErrorNotAnAbsentTunnel() {
        for (String body : List.of("{}", "{\"Response\": {}}", "{\"Response\": {\"DirectConnectTunnelSet\": []}}")) {
            cloud.answer("DescribeDirectConnectTunnels", body);

            assertProtocolError(catchThrowable(() -> client.virtualInterfaces().get("dcx-1")), body);
            assertProtocolError(catchThrowable(() -> client.routes().delete(Route.builder().provider("tencent")
                    .id("dcx-1:10.0.0.0/16").state(RouteState.ACTIVE).requiredAction(RequiredAction.NONE)
                    .providerState(ProviderState.of("")).virtualInterfaceId("dcx-1").destination("10.0.0.0/16")
                    .routeType(RouteType.STATIC).build())), "a route delete after " + body);
        }
    }

    @Test
    void anEmptySetWhoseCountSaysOtherwiseIsAProtocolErrorNotAnAbsentLine() {
        cloud.answer("DescribeDirectConnects", response("\"DirectConnectSet\": [], \"TotalCount\": 1"));

        assertProtocolError(catchThrowable(() -> client.connections().get("dc-1")), "an empty set counted 1");
        assertProtocolError(catchThrowable(() -> client.connections().delete("dc-1")), "a delete after it");
    }

    @Test
    void aPageThatListsAnItemTwiceOrHoldsMoreThanTheLimitIsAProtocolError() {
        String twice = LINE.formatted("dc-1") + ", " + LINE.formatted("dc-2") + ", " + LINE.formatted("dc-1");
        String many = java.util.stream.IntStream.range(0, TencentApi.LIMIT + 1).mapToObj(i -> LINE.formatted("dc-" + i))
                .collect(java.util.stream.Collectors.joining(", "));
        // totals that end the listing at this page: only the page's own shape shows the lie
        for (String page : List.of(twice, many)) {
            cloud.answer("DescribeDirectConnects", response("\"DirectConnectSet\": [" + page + "], \"TotalCount\": "
                    + (page.equals(twice) ? 3 : TencentApi.LIMIT + 1)));

            assertProtocolError(catchThrowable(() -> client.connections().list(ConnectionQuery.all()).stream().toList()),
                    page.length() > 300 ? "101 lines" : page);
        }
    }

    @Test
    void anIdOfTheWrongKindIsAProtocolErrorNotAResource() {
        cloud.answer("DescribeAccessPoints", response("\"AccessPointSet\": [{\"AccessPointId\": 42, \"State\": "
                + "\"AVAILABLE\"}], \"TotalCount\": 1"));
        cloud.answer("DescribeDirectConnects", response("\"DirectConnectSet\": [" + LINE.replace("\"%s\"", "42")
                + "], \"TotalCount\": 1"));

        assertProtocolError(catchThrowable(() -> client.accessPoints().list().stream().toList()), "a numeric access point");
        assertProtocolError(catchThrowable(() -> client.connections().list(ConnectionQuery.all()).stream().toList()),
                "a numeric line id");
    }
}
