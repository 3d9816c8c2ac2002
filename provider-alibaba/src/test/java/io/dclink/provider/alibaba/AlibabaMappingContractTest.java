package io.dclink.provider.alibaba;

import static org.assertj.core.api.Assertions.assertThat;

import io.dclink.lifecycle.AccessPointState;
import io.dclink.lifecycle.ConnectionState;
import io.dclink.lifecycle.LoaState;
import io.dclink.lifecycle.RequiredAction;
import io.dclink.lifecycle.RouteState;
import io.dclink.lifecycle.VirtualInterfaceState;
import io.dclink.model.ProviderState;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The plugin's tables cover every value the reference documents, read a line from its whole
 * record, and map what the reference does not document to UNKNOWN. (The compatibility kit checks
 * the tables against the emulator, the lifecycle and docs/architecture.md.)
 */
class AlibabaMappingContractTest {

    /** The physical connection reference, both spellings of the allocation failure. */
    private static final List<String> STATUSES = List.of("Initial", "Approved", "Allocating", "Confirmed",
            "Enabled", "Rejected", "Canceled", "Allocation Failed", "AllocationFailed", "Terminating", "Terminated");
    /** The LOA reference. */
    private static final List<String> LOA_STATUSES = List.of("Applying", "Accept", "Available", "Rejected", "Completing",
            "Complete", "Deleted");
    private static final List<String> VBR_STATUSES = List.of("unconfirmed", "active", "terminating", "terminated",
            "recovering", "deleting");
    private static final String UNDOCUMENTED = "SomethingNew";

    private static ProviderState line(String status, String loaStatus, String businessStatus) {
        return ProviderState.of(status).with(AlibabaStates.LOA_STATUS, loaStatus)
                .with(AlibabaStates.BUSINESS_STATUS, businessStatus);
    }

    @Test
    void everyDocumentedLineStatusAndEveryLoaStatusOfAnAllocatedLineHaveAKnownState() {
        for (String status : STATUSES) {
            assertThat(AlibabaStates.CONNECTION.map(line(status, null, "Normal")).state()).as(status)
                    .isNotEqualTo(ConnectionState.UNKNOWN);
        }
        assertThat(AlibabaStates.CONNECTION.map(line("Allocated", null, "Normal")).state()).isEqualTo(ConnectionState.PENDING_LOA);
        for (String loa : LOA_STATUSES) {
            assertThat(AlibabaStates.CONNECTION.map(line("Allocated", loa, "Normal")).state()).as(loa)
                    .isNotEqualTo(ConnectionState.UNKNOWN);
        }
        assertThat(AlibabaStates.CONNECTION.map(line("Allocated", UNDOCUMENTED, "Normal")).state())
                .isEqualTo(ConnectionState.UNKNOWN);
        assertThat(AlibabaStates.CONNECTION.map(line(UNDOCUMENTED, null, null)).action()).isEqualTo(RequiredAction.UNKNOWN);
    }

    @Test
    void anApprovedApplicationWaitsForAllocationNotForPayment() {
        // The occupancy order is taken only once the line waits for payment, and Terraform pays after Confirmed.
        assertThat(AlibabaStates.CONNECTION.map(line("Approved", null, "Normal")))
                .isEqualTo(new io.dclink.spi.StateTable.Mapped<>(ConnectionState.PROVISIONING, RequiredAction.WAIT_FOR_PROVIDER));
        assertThat(AlibabaStates.CONNECTION.map(line("Confirmed", "Complete", "Normal")))
                .isEqualTo(new io.dclink.spi.StateTable.Mapped<>(ConnectionState.PENDING_PAYMENT, RequiredAction.PAY));
    }

    @Test
    void accessPointStatusesAreComparedWithoutCase() {
        assertThat(AlibabaStates.ACCESS_POINT.map("Recommended").state()).isEqualTo(AccessPointState.AVAILABLE);
        assertThat(AlibabaStates.ACCESS_POINT.map("HOT").state()).isEqualTo(AccessPointState.LIMITED);
    }

    @Test
    void aLockedLineIsSuspendedOnlyWhileEnabledAndKeepsItsLifecycleStateOtherwise() {
        assertThat(AlibabaStates.CONNECTION.map(line("Enabled", "Complete", "FinancialLocked")).state())
                .isEqualTo(ConnectionState.SUSPENDED);
        assertThat(AlibabaStates.CONNECTION.map(line("Enabled", "Complete", "FinancialLocked")).action())
                .isEqualTo(RequiredAction.PAY);
        assertThat(AlibabaStates.CONNECTION.map(line("Allocated", "Available", "FinancialLocked")).state())
                .isEqualTo(ConnectionState.PROVISIONING);
    }

    @Test
    void everyLoaStatusHasAKnownState() {
        for (String status : LOA_STATUSES) {
            assertThat(AlibabaStates.LOA.map(status).state()).as(status).isNotEqualTo(LoaState.UNKNOWN);
        }
        assertThat(AlibabaStates.LOA.map((String) null).state()).isEqualTo(LoaState.NOT_REQUESTED);
        assertThat(AlibabaStates.LOA.map(UNDOCUMENTED).state()).isEqualTo(LoaState.UNKNOWN);
    }

    @Test
    void everyVbrStatusIsMappedInEitherCase() {
        for (String status : VBR_STATUSES) {
            VirtualInterfaceState lower = AlibabaStates.VBR.map(status).state();
            assertThat(lower).as(status).isNotEqualTo(VirtualInterfaceState.UNKNOWN);
            assertThat(AlibabaStates.VBR.map(Character.toUpperCase(status.charAt(0)) + status.substring(1)).state())
                    .isEqualTo(lower);
        }
    }

    @Test
    void routesAndAccessPointsMapTheirDocumentedValues() {
        assertThat(AlibabaStates.ROUTE.map("Pending").state()).isEqualTo(RouteState.PENDING);
        assertThat(AlibabaStates.ROUTE.map(UNDOCUMENTED).state()).isEqualTo(RouteState.UNKNOWN);
        for (String status : List.of("recommended", "hot", "full", "disabled")) {
            assertThat(AlibabaStates.ACCESS_POINT.map(status).state()).as(status).isNotEqualTo(AccessPointState.UNKNOWN);
        }
    }

    @Test
    void theStatusFilterCoversEveryRawValueOfANeutralState() {
        assertThat(AlibabaStates.CONNECTION.rawValues(ConnectionState.FAILED)).containsExactly("Allocation Failed",
                "AllocationFailed");
        assertThat(AlibabaStates.CONNECTION.rawValues(ConnectionState.PENDING_PAYMENT)).containsExactly("Confirmed");
        assertThat(AlibabaStates.CONNECTION.rawValues(ConnectionState.SUSPENDED)).containsExactly("Enabled", "Terminated",
                "Terminating");
        assertThat(AlibabaStates.CONNECTION.rawValues(ConnectionState.PENDING_LOA)).containsExactly("Allocated");
    }
}
