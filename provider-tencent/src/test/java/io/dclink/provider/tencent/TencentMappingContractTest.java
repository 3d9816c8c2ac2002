package io.dclink.provider.tencent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dclink.lifecycle.AccessPointState;
import io.dclink.lifecycle.ConnectionState;
import io.dclink.lifecycle.GatewayState;
import io.dclink.lifecycle.OperationalStatus;
import io.dclink.lifecycle.RequiredAction;
import io.dclink.lifecycle.ResourceType;
import io.dclink.lifecycle.RouteState;
import io.dclink.lifecycle.VirtualInterfaceState;
import io.dclink.testkit.contract.MappingRow;
import io.dclink.testkit.contract.MappingTable;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The plugin maps exactly as docs/architecture.md's table says, and the table covers every documented spelling. */
class TencentMappingContractTest {

    /** tencent.md §2.1, both lists. */
    private static final List<String> LINE_SPELLINGS = List.of("PENDING", "REJECTED", "TOPAY", "PENDINGPAY", "PAID",
            "ALLOCATED", "BUILDING", "STOPED", "AVAILABLE", "DELETING", "DELETED");
    /** tencent.md §2.2. */
    private static final List<String> TUNNEL_SPELLINGS = List.of("AVAILABLE", "PENDING", "ALLOCATING", "ALLOCATED",
            "ALTERING", "DELETING", "DELETED", "COMFIRMING", "REJECTED");
    private static final String UNDOCUMENTED = "SOMETHING_NEW";

    private final MappingTable table = MappingTable.ofProject();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void everyConnectionRowIsWhatThePluginDoes() {
        List<MappingRow> rows = table.rows("tencent", ResourceType.CONNECTION);

        assertThat(rows).extracting(row -> row.value("State")).containsAll(LINE_SPELLINGS).contains("(other)");
        for (MappingRow row : rows) {
            TencentStates.Mapped<ConnectionState> mapped =
                    TencentStates.connection(row.isCatchAll() ? UNDOCUMENTED : row.value("State"));
            assertThat(mapped.state().name()).as(row.toString()).isEqualTo(row.state());
            assertThat(mapped.action().name()).as(row.toString()).isEqualTo(row.action());
        }
    }

    @Test
    void everyTunnelRowIsWhatThePluginDoes() {
        List<MappingRow> rows = table.rows("tencent", ResourceType.VIRTUAL_INTERFACE);

        assertThat(rows).extracting(row -> row.value("State")).containsAll(TUNNEL_SPELLINGS).contains("(other)");
        for (MappingRow row : rows) {
            TencentStates.Mapped<VirtualInterfaceState> mapped =
                    TencentStates.tunnel(row.isCatchAll() ? UNDOCUMENTED : row.value("State"));
            assertThat(mapped.state().name()).as(row.toString()).isEqualTo(row.state());
            assertThat(mapped.action().name()).as(row.toString()).isEqualTo(row.action());
        }
    }

    @Test
    void everyAccessPointRowIsWhatThePluginDoes() {
        List<MappingRow> rows = table.rows("tencent", ResourceType.ACCESS_POINT);

        assertThat(rows).hasSize(3);
        for (MappingRow row : rows) {
            AccessPointState state = TencentStates.accessPoint(row.isCatchAll() ? UNDOCUMENTED : row.value("State"));
            assertThat(state.name()).as(row.toString()).isEqualTo(row.state());
        }
    }

    @Test
    void everyPublicRouteRowIsWhatThePluginDoes() {
        List<MappingRow> rows = table.rows("tencent", ResourceType.ROUTE).stream()
                .filter(row -> row.raw().containsKey("Status")).toList();

        assertThat(rows).hasSize(3);
        for (MappingRow row : rows) {
            TencentStates.Mapped<RouteState> mapped =
                    TencentStates.publicRoute(row.isCatchAll() ? UNDOCUMENTED : row.value("Status"));
            assertThat(mapped.state().name()).as(row.toString()).isEqualTo(row.state());
            assertThat(mapped.action().name()).as(row.toString()).isEqualTo(row.action());
        }
    }

    @Test
    void aGatewayWithoutStateIsActiveAsTheTableSays() throws Exception {
        MappingRow row = table.rows("tencent", ResourceType.GATEWAY).get(0);

        var gateway = TencentMapping.gateway(json.readTree(
                "{\"DirectConnectGatewayId\": \"dcg-12345678\", \"DirectConnectGatewayName\": \"g\", \"NetworkType\": \"VPC\"}"));

        assertThat(row.value("State")).isEmpty();
        assertThat(gateway.state()).isEqualTo(GatewayState.valueOf(row.state()));
        assertThat(gateway.requiredAction()).isEqualTo(RequiredAction.valueOf(row.action()));
    }

    @Test
    void anUndocumentedStateKeepsItsRawValueAndMapsToUnknown() throws Exception {
        var line = TencentMapping.connection(json.readTree("{\"DirectConnectId\": \"dc-1\", \"State\": \"" + UNDOCUMENTED + "\"}"));
        var tunnel = TencentMapping.tunnel(json.readTree("{\"DirectConnectTunnelId\": \"dcx-1\", \"State\": \"\"}"),
                OperationalStatus.NOT_REPORTED);

        assertThat(line.state()).isEqualTo(ConnectionState.UNKNOWN);
        assertThat(line.requiredAction()).isEqualTo(RequiredAction.UNKNOWN);
        assertThat(line.providerState().value()).isEqualTo(UNDOCUMENTED);
        assertThat(tunnel.state()).isEqualTo(VirtualInterfaceState.UNKNOWN);
    }
}
