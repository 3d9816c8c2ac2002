package io.dclink.provider.alibaba;

import static org.assertj.core.api.Assertions.assertThat;

import io.dclink.lifecycle.ConnectionState;
import io.dclink.lifecycle.LoaState;
import io.dclink.lifecycle.ResourceType;
import io.dclink.lifecycle.RouteState;
import io.dclink.lifecycle.VirtualInterfaceState;
import io.dclink.testkit.contract.MappingRow;
import io.dclink.testkit.contract.MappingTable;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The plugin maps exactly as docs/architecture.md's table says, and the table covers every documented value. */
class AlibabaMappingContractTest {

    /** alibaba.md §2.1, both spellings of the allocation failure. */
    private static final List<String> STATUSES = List.of("Initial", "Approved", "Allocating", "Allocated", "Confirmed",
            "Enabled", "Rejected", "Canceled", "Allocation Failed", "AllocationFailed", "Terminating", "Terminated");
    /** alibaba.md §2.2. */
    private static final List<String> LOA_STATUSES = List.of("Applying", "Accept", "Available", "Rejected", "Completing",
            "Complete", "Deleted");
    private static final List<String> VBR_STATUSES = List.of("unconfirmed", "active", "terminating", "terminated",
            "recovering", "deleting");
    private static final String UNDOCUMENTED = "SomethingNew";

    private final MappingTable table = MappingTable.ofProject();

    private static String value(MappingRow row, String field) {
        return row.isCatchAll() && "(other)".equals(row.raw().get(field)) ? UNDOCUMENTED : row.value(field);
    }

    @Test
    void everyConnectionRowIsWhatThePluginDoesWithTheWholeRecord() {
        List<MappingRow> rows = table.rows("alibaba", ResourceType.CONNECTION);

        assertThat(rows).extracting(row -> row.value("Status")).containsAll(STATUSES);
        assertThat(rows).filteredOn(row -> "Allocated".equals(row.value("Status"))).extracting(row -> row.value("LoaStatus"))
                .contains("").containsAll(LOA_STATUSES);
        for (MappingRow row : rows) {
            AlibabaStates.Mapped<ConnectionState> mapped = AlibabaStates.connection(value(row, "Status"),
                    row.raw().containsKey("LoaStatus") ? value(row, "LoaStatus") : null,
                    row.raw().containsKey("BusinessStatus") ? row.value("BusinessStatus") : "Normal");
            assertThat(mapped.state().name()).as(row.toString()).isEqualTo(row.state());
            assertThat(mapped.action().name()).as(row.toString()).isEqualTo(row.action());
        }
    }

    @Test
    void aLockedLineIsSuspendedOnlyWhileEnabledAndKeepsItsLifecycleStateOtherwise() {
        assertThat(AlibabaStates.connection("Enabled", "Complete", "FinancialLocked").state()).isEqualTo(ConnectionState.SUSPENDED);
        assertThat(AlibabaStates.connection("Allocated", "Available", "FinancialLocked").state())
                .isEqualTo(ConnectionState.PROVISIONING);
    }

    @Test
    void everyLoaRowIsWhatThePluginDoes() {
        List<MappingRow> rows = table.rows("alibaba", ResourceType.LOA);

        assertThat(rows).extracting(row -> row.value("LoaStatus")).containsAll(LOA_STATUSES).contains("", "(other)");
        for (MappingRow row : rows) {
            AlibabaStates.Mapped<LoaState> mapped = AlibabaStates.loa(value(row, "LoaStatus"));
            assertThat(mapped.state().name()).as(row.toString()).isEqualTo(row.state());
            assertThat(mapped.action().name()).as(row.toString()).isEqualTo(row.action());
        }
    }

    @Test
    void everyVbrRowIsWhatThePluginDoesInEitherCase() {
        List<MappingRow> rows = table.rows("alibaba", ResourceType.VIRTUAL_INTERFACE);

        assertThat(rows).extracting(row -> row.value("Status")).containsAll(VBR_STATUSES);
        for (MappingRow row : rows) {
            for (String raw : List.of(value(row, "Status"), capitalised(value(row, "Status")))) {
                AlibabaStates.Mapped<VirtualInterfaceState> mapped = AlibabaStates.vbr(raw);
                assertThat(mapped.state().name()).as(raw).isEqualTo(row.state());
                assertThat(mapped.action().name()).as(raw).isEqualTo(row.action());
            }
        }
    }

    @Test
    void everyRouteAndAccessPointRowIsWhatThePluginDoes() {
        for (MappingRow row : table.rows("alibaba", ResourceType.ROUTE)) {
            AlibabaStates.Mapped<RouteState> mapped = AlibabaStates.route(value(row, "Status"));
            assertThat(mapped.state().name()).as(row.toString()).isEqualTo(row.state());
            assertThat(mapped.action().name()).as(row.toString()).isEqualTo(row.action());
        }
        List<MappingRow> points = table.rows("alibaba", ResourceType.ACCESS_POINT);
        assertThat(points).extracting(row -> row.value("Status")).contains("recommended", "hot", "full", "disabled");
        for (MappingRow row : points) {
            assertThat(AlibabaStates.accessPoint(value(row, "Status")).name()).as(row.toString()).isEqualTo(row.state());
        }
    }

    @Test
    void theStatusFilterCoversEveryRawValueOfANeutralState() {
        assertThat(AlibabaStates.rawConnectionStatuses(ConnectionState.FAILED)).containsExactly("Allocation Failed",
                "AllocationFailed");
        assertThat(AlibabaStates.rawConnectionStatuses(ConnectionState.PENDING_PAYMENT)).containsExactly("Approved", "Confirmed");
        assertThat(AlibabaStates.rawConnectionStatuses(ConnectionState.SUSPENDED)).containsExactly("Enabled", "Terminated",
                "Terminating");
        assertThat(AlibabaStates.rawConnectionStatuses(ConnectionState.PENDING_LOA)).containsExactly("Allocated");
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
