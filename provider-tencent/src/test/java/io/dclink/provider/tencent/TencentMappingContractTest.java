package io.dclink.provider.tencent;

import static org.assertj.core.api.Assertions.assertThat;

import io.dclink.error.ErrorContext;
import io.dclink.kit.json.Json;
import io.dclink.kit.json.JsonRecord;
import io.dclink.lifecycle.AccessPointState;
import io.dclink.lifecycle.ConnectionState;
import io.dclink.lifecycle.GatewayState;
import io.dclink.lifecycle.OperationalStatus;
import io.dclink.lifecycle.RequiredAction;
import io.dclink.lifecycle.RouteState;
import io.dclink.lifecycle.VirtualInterfaceState;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The plugin's tables cover every spelling the reference documents, and map what it does not
 * document to UNKNOWN. (The compatibility kit checks the tables against the emulator, the
 * lifecycle and docs/architecture.md.)
 */
class TencentMappingContractTest {

    /** Tencent's DescribeDirectConnects reference, both state lists. */
    private static final List<String> LINE_SPELLINGS = List.of("PENDING", "REJECTED", "TOPAY", "PENDINGPAY", "PAID",
            "ALLOCATED", "BUILDING", "STOPED", "AVAILABLE", "DELETING", "DELETED");
    /** Tencent's DescribeDirectConnectTunnels reference. */
    private static final List<String> TUNNEL_SPELLINGS = List.of("AVAILABLE", "PENDING", "ALLOCATING", "ALLOCATED",
            "ALTERING", "DELETING", "DELETED", "COMFIRMING", "REJECTED");
    private static final String UNDOCUMENTED = "SOMETHING_NEW";

    private static JsonRecord record(String json) {
        return Json.parse(json.getBytes(StandardCharsets.UTF_8), "a record", ErrorContext.of("tencent"));
    }

    @Test
    void everyDocumentedLineSpellingHasAKnownState() {
        for (String spelling : LINE_SPELLINGS) {
            assertThat(TencentStates.CONNECTION.map(spelling).state()).as(spelling).isNotEqualTo(ConnectionState.UNKNOWN);
        }
        assertThat(TencentStates.CONNECTION.map(UNDOCUMENTED).state()).isEqualTo(ConnectionState.UNKNOWN);
        assertThat(TencentStates.CONNECTION.map(UNDOCUMENTED).action()).isEqualTo(RequiredAction.UNKNOWN);
    }

    @Test
    void everyDocumentedTunnelSpellingHasAKnownState() {
        for (String spelling : TUNNEL_SPELLINGS) {
            assertThat(TencentStates.TUNNEL.map(spelling).state()).as(spelling).isNotEqualTo(VirtualInterfaceState.UNKNOWN);
        }
        assertThat(TencentStates.TUNNEL.map(UNDOCUMENTED).state()).isEqualTo(VirtualInterfaceState.UNKNOWN);
    }

    @Test
    void accessPointsAndPublicRoutesMapTheirDocumentedValues() {
        assertThat(TencentStates.ACCESS_POINT.map("AVAILABLE").state()).isEqualTo(AccessPointState.AVAILABLE);
        assertThat(TencentStates.ACCESS_POINT.map(UNDOCUMENTED).state()).isEqualTo(AccessPointState.UNKNOWN);
        assertThat(TencentStates.ROUTE.map("ENABLE").state()).isEqualTo(RouteState.ACTIVE);
        assertThat(TencentStates.ROUTE.map("DISABLE").state()).isEqualTo(RouteState.INACTIVE);
        assertThat(TencentStates.ROUTE.map(UNDOCUMENTED).state()).isEqualTo(RouteState.UNKNOWN);
    }

    @Test
    void theStatesFilterSendsOnlyTheDocumentedFilterSpellingsOfANeutralState() {
        assertThat(TencentStates.CONNECTION.rawValues(ConnectionState.PENDING_PAYMENT)).containsExactly("PENDINGPAY", "TOPAY");
        assertThat(TencentStates.filterValues(ConnectionState.PENDING_PAYMENT)).containsExactly("PENDINGPAY");
        assertThat(TencentStates.filterValues(ConnectionState.PROVISIONING)).containsExactly("BUILDING", "PAID");
        assertThat(TencentStates.filterValues(ConnectionState.DELETING)).isEmpty();
        assertThat(TencentStates.FILTERABLE_LINE_STATES).containsExactlyInAnyOrder("AVAILABLE", "PENDING", "REJECTED",
                "PENDINGPAY", "PAID", "BUILDING", "STOPED", "DELETED");
    }

    @Test
    void aGatewayWithoutStateIsActive() {
        var gateway = TencentMapping.gateway(record(
                "{\"DirectConnectGatewayId\": \"dcg-12345678\", \"DirectConnectGatewayName\": \"g\", \"NetworkType\": \"VPC\"}"));

        assertThat(gateway.state()).isEqualTo(GatewayState.ACTIVE);
        assertThat(gateway.requiredAction()).isEqualTo(RequiredAction.NONE);
    }

    @Test
    void anUndocumentedStateKeepsItsRawValueAndMapsToUnknown() {
        var line = TencentMapping.connection(record("{\"DirectConnectId\": \"dc-1\", \"State\": \"" + UNDOCUMENTED + "\"}"));
        var tunnel = TencentMapping.tunnel(record("{\"DirectConnectTunnelId\": \"dcx-1\", \"State\": \"\"}"),
                OperationalStatus.NOT_REPORTED);

        assertThat(line.state()).isEqualTo(ConnectionState.UNKNOWN);
        assertThat(line.requiredAction()).isEqualTo(RequiredAction.UNKNOWN);
        assertThat(line.providerState().value()).isEqualTo(UNDOCUMENTED);
        assertThat(tunnel.state()).isEqualTo(VirtualInterfaceState.UNKNOWN);
    }
}
