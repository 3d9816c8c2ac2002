package io.dclink.provider.alibaba;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.dclink.DirectConnect;
import io.dclink.error.ProtocolException;
import io.dclink.error.ResourceNotFoundException;
import io.dclink.model.ConnectionQuery;
import io.dclink.model.CreateRouteRequest;
import io.dclink.model.Route;
import io.dclink.testkit.emulator.ScriptedCloud;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Answers that do not fit the question end in a {@link ProtocolException}: a record of another
 * resource, a page size below 1, a total that lies, a next token that never ends, a create whose
 * answer has no proper id. Never another resource, a "not found", or a listing without end.
 */
class AlibabaHonestReadsTest {

    private static final String LINE = "{\"PhysicalConnectionId\": \"%s\", \"Name\": \"x\", \"Status\": \"%s\"%s}";
    private static final String VBR = "{\"VbrId\": \"vbr-1\", \"Name\": \"v\", \"Status\": \"active\", "
            + "\"PhysicalConnectionId\": \"pc-1\", \"RouteTableId\": \"vtb-1\", \"VlanInterfaceId\": \"ri-1\", "
            + "\"LocalGatewayIp\": \"10.0.0.1\", \"PeerGatewayIp\": \"10.0.0.2\", \"PeeringSubnetMask\": \"255.255.255.252\"}";
    private static final String NO_BGP = page("BgpGroups", "BgpGroup", "", 0);
    private static final String NO_PEERS = page("BgpPeers", "BgpPeer", "", 0);

    private ScriptedCloud cloud;
    private DirectConnect client;

    @BeforeEach
    void start() {
        cloud = new ScriptedCloud("x-acs-action");
        client = cloud.client("alibaba", "cn-hangzhou");
    }

    @AfterEach
    void stop() {
        client.close();
        cloud.close();
    }

    private static String page(String set, String item, String items, long total) {
        return page(set, item, items, total, 50);
    }

    private static String page(String set, String item, String items, long total, int pageSize) {
        return "{\"" + set + "\": {\"" + item + "\": [" + items + "]}, \"TotalCount\": " + total
                + ", \"PageNumber\": 1, \"PageSize\": " + pageSize + ", \"RequestId\": \"req-1\"}";
    }

    private static String line(String id, String status, String more) {
        return LINE.formatted(id, status, more);
    }

    private static String entries(String items, String nextToken) {
        return "{\"RouteEntrys\": {\"RouteEntry\": [" + items + "]}, \"NextToken\": \"" + nextToken
                + "\", \"RequestId\": \"req-1\"}";
    }

    private static String entry(String id, String cidr) {
        return "{\"RouteEntryId\": \"" + id + "\", \"DestinationCidrBlock\": \"" + cidr + "\", \"Status\": \"Available\", "
                + "\"Type\": \"Custom\", \"NextHops\": {\"NextHop\": [{\"NextHopId\": \"ri-1\"}]}}";
    }

    /** The failure is, or wraps, a protocol error: never a "not found" or an untyped exception. */
    private static void assertProtocolError(Throwable thrown, String what) {
        assertThat(thrown).as("a failure " + what).isNotNull().isNotInstanceOf(ResourceNotFoundException.class)
                .isNotInstanceOf(NullPointerException.class);
        Throwable cause = thrown;
        while (cause != null && !(cause instanceof ProtocolException)) {
            cause = cause.getCause();
        }
        assertThat(cause).as("a ProtocolException in " + thrown).isInstanceOf(ProtocolException.class);
    }

    private void aStaticVbr() {
        cloud.answer("DescribeVirtualBorderRouters", page("VirtualBorderRouterSet", "VirtualBorderRouterType", VBR, 1));
        cloud.answer("DescribeBgpGroups", NO_BGP);
        cloud.answer("DescribeBgpPeers", NO_PEERS);
    }

    @Test
    void anLoaAnsweredForAnotherLineIsAProtocolError() {
        cloud.answer("DescribePhysicalConnections", page("PhysicalConnectionSet", "PhysicalConnectionType",
                line("pc-1", "Allocated", ", \"LoaStatus\": \"Applying\""), 1));
        for (String loa : List.of("{\"PhysicalConnectionLOAType\": {\"InstanceId\": \"pc-2\", \"Status\": \"Available\"}, "
                + "\"RequestId\": \"req-1\"}", "{\"PhysicalConnectionLOAType\": {\"Status\": \"Available\"}, \"RequestId\": "
                + "\"req-1\"}", "{\"RequestId\": \"req-1\"}")) {
            cloud.answer("DescribePhysicalConnectionLOA", loa);

            assertProtocolError(catchThrowable(() -> client.loas().get("pc-1")), loa);
        }
    }

    @Test
    void aBgpGroupOfAnotherVbrIsAProtocolErrorNotThisVbrsRouting() {
        aStaticVbr();
        cloud.answer("DescribeBgpGroups", page("BgpGroups", "BgpGroup", "{\"BgpGroupId\": \"bgpg-1\", \"RouterId\": \"vbr-2\", "
                + "\"PeerAsn\": 65010, \"LocalAsn\": 45104}", 1));

        assertProtocolError(catchThrowable(() -> client.virtualInterfaces().get("vbr-1")), "a foreign group");
    }

    @Test
    void aSubListingWithAPageSizeBelowOneOrALyingTotalEnds() {
        aStaticVbr();
        cloud.answer("DescribeRouteEntryList", entries("", ""));
        for (String peers : List.of(page("BgpPeers", "BgpPeer", "", 0, 0), page("BgpPeers", "BgpPeer", "", 0, -1),
                page("BgpPeers", "BgpPeer", "", 5), page("BgpPeers", "BgpPeer", "", -1))) {
            cloud.answer("DescribeBgpPeers", peers);

            assertProtocolError(catchThrowable(() -> client.virtualInterfaces().get("vbr-1")), peers);
        }
    }

    @Test
    void aListingWithAPageSizeBelowOneOrATotalThatLiesEnds() {
        for (String answer : List.of(
                page("PhysicalConnectionSet", "PhysicalConnectionType", line("pc-1", "Initial", ""), 1, 0),
                page("PhysicalConnectionSet", "PhysicalConnectionType", line("pc-1", "Initial", ""), 1000),
                page("PhysicalConnectionSet", "PhysicalConnectionType", line("pc-1", "Initial", ""), -3))) {
            cloud.answer("DescribePhysicalConnections", answer);

            assertProtocolError(catchThrowable(() -> client.connections().list(ConnectionQuery.all()).stream().toList()),
                    answer);
        }
    }

    @Test
    void routeEntriesWhoseNextTokenRepeatsCyclesOrIsAlwaysFreshEnd() {
        aStaticVbr();
        String same = entry("rte-1", "10.1.0.0/16") + ", " + entry("rte-2", "10.2.0.0/16");
        List<List<String>> scripts = List.of(
                List.of(entries(same, "a"), entries(entry("rte-3", "10.3.0.0/16"), "a")),
                List.of(entries(same, "a"), entries(entry("rte-3", "10.3.0.0/16"), "b"), entries(entry("rte-4",
                        "10.4.0.0/16"), "a")),
                List.of(entries(same, "fresh-{n}")),
                List.of(entries("", "fresh-{n}")));
        for (List<String> script : scripts) {
            cloud.answer("DescribeRouteEntryList", script.toArray(String[]::new));
            int before = cloud.count("DescribeRouteEntryList");

            Throwable thrown = assertTimeoutPreemptively(Duration.ofSeconds(20),
                    () -> catchThrowable(() -> client.virtualInterfaces().get("vbr-1")));

            assertProtocolError(thrown, script.toString());
            assertThat(cloud.count("DescribeRouteEntryList") - before).as(script.toString()).isLessThanOrEqualTo(3);
        }
    }

    @Test
    void aCreateWhoseAnswerLacksAProperIdIsAProtocolErrorNotANotFound() {
        cloud.answer("DescribePhysicalConnections", page("PhysicalConnectionSet", "PhysicalConnectionType", "", 0));
        for (String id : List.of("", ", \"PhysicalConnectionId\": \"\"", ", \"PhysicalConnectionId\": 12345",
                ", \"PhysicalConnectionId\": \"vbr-1\"", ", \"PhysicalConnectionId\": {\"Id\": \"pc-1\"}")) {
            String answer = "{\"RequestId\": \"r\"" + id + "}";
            cloud.answer("CreatePhysicalConnection", answer);

            assertProtocolError(catchThrowable(() -> client.connections().create(AlibabaRequests.line("xx", "ap-1"))),
                    answer);
        }
        assertThat(cloud.count("DescribePhysicalConnections")).isZero();

        cloud.answer("DescribePhysicalConnections", page("PhysicalConnectionSet", "PhysicalConnectionType",
                line("pc-1", "Enabled", ""), 1));
        cloud.answer("CreateVirtualBorderRouter", "{\"VbrId\": 42, \"RequestId\": \"r\"}");
        cloud.answer("DescribeVirtualBorderRouters", page("VirtualBorderRouterSet", "VirtualBorderRouterType", "", 0));
        assertProtocolError(catchThrowable(() -> client.virtualInterfaces().create(AlibabaRequests.staticVbr("pc-1", 10))),
                "a numeric VbrId");
        assertThat(cloud.count("DescribeVirtualBorderRouters")).isZero();
    }

    @Test
    void theBgpNetworkJustAddedIsFoundOnWhicheverPageItIs() {
        aStaticVbr();
        String group = "{\"BgpGroupId\": \"bgpg-1\", \"RouterId\": \"vbr-1\", \"PeerAsn\": 65010, \"LocalAsn\": 45104}";
        cloud.answer("DescribeBgpGroups", page("BgpGroups", "BgpGroup", group, 1));
        cloud.answer("AddBgpNetwork", "{\"RequestId\": \"r\"}");
        String others = IntStream.range(0, 50).mapToObj(i -> "{\"RouterId\": \"vbr-1\", \"DstCidrBlock\": \"10." + i
                + ".0.0/16\", \"Status\": \"Available\"}").collect(Collectors.joining(", "));
        cloud.answer("DescribeBgpNetworks", page("BgpNetworks", "BgpNetwork", others, 51),
                page("BgpNetworks", "BgpNetwork", "{\"RouterId\": \"vbr-1\", \"DstCidrBlock\": \"172.16.0.0/12\", "
                        + "\"Status\": \"Pending\"}", 51).replace("\"PageNumber\": 1", "\"PageNumber\": 2"));

        Route announced = client.routes().create(CreateRouteRequest.builder().virtualInterfaceId("vbr-1")
                .destination("172.16.0.0/12").build());

        assertThat(announced.destination()).isEqualTo("172.16.0.0/12");
        assertThat(cloud.count("DescribeBgpNetworks")).isEqualTo(2);
    }

    @Test
    void aBgpNetworkOfAnotherVbrIsAProtocolErrorNotThisVbrsRoute() {
        aStaticVbr();
        cloud.answer("DescribeVirtualBorderRouters", page("VirtualBorderRouterSet", "VirtualBorderRouterType",
                VBR.replace(", \"RouteTableId\": \"vtb-1\"", ""), 1));
        cloud.answer("DescribeBgpNetworks", page("BgpNetworks", "BgpNetwork", "{\"RouterId\": \"vbr-2\", "
                + "\"DstCidrBlock\": \"10.9.0.0/16\", \"Status\": \"Available\"}", 1));

        assertProtocolError(catchThrowable(() -> client.routes().list(io.dclink.model.RouteQuery.ofVirtualInterface("vbr-1"))
                .stream().toList()), "a foreign network");
    }

    @Test
    void aSuccessStatusThatCarriesAnErrorCodeIsThatErrorAndCode200IsSuccess() {
        cloud.answer("DescribePhysicalConnections", page("PhysicalConnectionSet", "PhysicalConnectionType",
                line("pc-1", "Allocated", ", \"LoaStatus\": \"Complete\""), 1));
        cloud.answer("ConfirmPhysicalConnection", "{\"Code\": \"Undocumented.InternalError.Maybe\", \"Message\": \"m\", "
                + "\"RequestId\": \"req-1\"}");

        Throwable refused = catchThrowable(() -> client.connections().confirm("pc-1"));

        assertThat(refused).isInstanceOf(io.dclink.error.DirectConnectException.class);
        assertThat(((io.dclink.error.DirectConnectException) refused).errorCode()).contains("Undocumented.InternalError.Maybe");

        cloud.answer("ConfirmPhysicalConnection", "{\"Code\": \"200\", \"Success\": true, \"RequestId\": \"req-1\"}");
        assertThat(client.connections().confirm("pc-1").id()).isEqualTo("pc-1");
    }

    @Test
    void anAnswerWithoutItsRequestIdIsAProtocolErrorNotAnAbsentVbr() {
        cloud.answer("DescribeVirtualBorderRouters", "{}");

        assertProtocolError(catchThrowable(() -> client.virtualInterfaces().get("vbr-1")), "{}");
        assertProtocolError(catchThrowable(() -> client.virtualInterfaces().delete("vbr-1")), "a delete after {}");
    }

    @Test
    void anEmptySetWhoseCountSaysOtherwiseIsAProtocolErrorNotAnAbsentLine() {
        cloud.answer("DescribePhysicalConnections", page("PhysicalConnectionSet", "PhysicalConnectionType", "", 1));

        assertProtocolError(catchThrowable(() -> client.connections().get("pc-1")), "an empty set counted 1");
        assertProtocolError(catchThrowable(() -> client.connections().delete("pc-1")), "a delete after it");
        aStaticVbr();
        cloud.answer("DescribeRouteEntryList", "{\"RouteEntrys\": {\"RouteEntry\": []}, \"NextToken\": \"\", "
                + "\"TotalCount\": 2, \"RequestId\": \"req-1\"}");
        assertProtocolError(catchThrowable(() -> client.virtualInterfaces().get("vbr-1")), "route entries counted 2");
    }

    @Test
    void aPageThatListsAnItemTwiceOrHoldsMoreThanItsPageSizeIsAProtocolError() {
        String twice = line("pc-1", "Initial", "") + ", " + line("pc-2", "Initial", "") + ", " + line("pc-1", "Initial", "");
        // totals that end the listing at this page: only the page's own shape shows the lie
        for (String answer : List.of(page("PhysicalConnectionSet", "PhysicalConnectionType", twice, 3),
                page("PhysicalConnectionSet", "PhysicalConnectionType", line("pc-1", "Initial", "") + ", "
                        + line("pc-2", "Initial", ""), 2, 1))) {
            cloud.answer("DescribePhysicalConnections", answer);

            assertProtocolError(catchThrowable(() -> client.connections().list(ConnectionQuery.all()).stream().toList()),
                    answer);
        }
    }

    @Test
    void anIdOfTheWrongKindIsAProtocolErrorNotAResource() {
        cloud.answer("ListBusinessAccessPoints", "{\"BusinessAccessPoints\": [], \"RequestId\": \"req-1\"}");
        cloud.answer("DescribeAccessPoints", page("AccessPointSet", "AccessPointType", "{\"AccessPointId\": 42, "
                + "\"Status\": \"recommended\"}", 1));
        cloud.answer("DescribePhysicalConnections", page("PhysicalConnectionSet", "PhysicalConnectionType",
                "{\"PhysicalConnectionId\": 42, \"Status\": \"Initial\"}", 1));

        assertProtocolError(catchThrowable(() -> client.accessPoints().list().stream().toList()), "a numeric access point");
        assertProtocolError(catchThrowable(() -> client.connections().list(ConnectionQuery.all()).stream().toList()),
                "a numeric line id");
    }
}
