package io.dclink.spi;

import static io.dclink.spi.StateTable.raw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dclink.lifecycle.AccessPointState;
import io.dclink.lifecycle.ConnectionState;
import io.dclink.lifecycle.RequiredAction;
import io.dclink.lifecycle.ResourceType;
import io.dclink.lifecycle.VirtualInterfaceState;
import io.dclink.model.ProviderState;
import org.junit.jupiter.api.Test;

class StateTableTest {

    private static final StateTable<ConnectionState> LINES = StateTable
            .builder(ResourceType.CONNECTION, ConnectionState.class, "Status")
            .row("Enabled", ConnectionState.ACTIVE, RequiredAction.NONE)
            .row(raw("Enabled").and("BusinessStatus", "Locked"), ConnectionState.SUSPENDED, RequiredAction.PAY)
            .row(raw("Allocated").and("LoaStatus", StateTable.NONE), ConnectionState.PENDING_LOA, RequiredAction.APPLY_LOA)
            .note("no LOA yet")
            .row(raw("Allocated").and("LoaStatus", "Available"), ConnectionState.PROVISIONING, RequiredAction.CONTACT_CARRIER)
            .row("Terminated", ConnectionState.SUSPENDED, RequiredAction.NONE)
            .build();

    @Test
    void theRowNamingTheMostMatchingFieldsWins() {
        assertThat(LINES.map(ProviderState.of("Enabled").with("BusinessStatus", "Normal")).state())
                .isEqualTo(ConnectionState.ACTIVE);
        assertThat(LINES.map(ProviderState.of("Enabled").with("BusinessStatus", "Locked")))
                .isEqualTo(new StateTable.Mapped<>(ConnectionState.SUSPENDED, RequiredAction.PAY));
        assertThat(LINES.map(ProviderState.of("Allocated")).state()).as("an absent field is (none)")
                .isEqualTo(ConnectionState.PENDING_LOA);
        assertThat(LINES.map(ProviderState.of("Allocated").with("LoaStatus", "")).state()).isEqualTo(ConnectionState.PENDING_LOA);
        assertThat(LINES.map(ProviderState.of("Allocated").with("LoaStatus", "Available")).action())
                .isEqualTo(RequiredAction.CONTACT_CARRIER);
    }

    @Test
    void whatNoRowNamesIsUnknownAndNeverThrows() {
        assertThat(LINES.map("Melting")).isEqualTo(new StateTable.Mapped<>(ConnectionState.UNKNOWN, RequiredAction.UNKNOWN));
        assertThat(LINES.map((String) null).state()).isEqualTo(ConnectionState.UNKNOWN);
        assertThat(LINES.map(ProviderState.of("Allocated").with("LoaStatus", "Strange")).state())
                .isEqualTo(ConnectionState.UNKNOWN);
        assertThat(LINES.map("enabled").state()).as("exact unless the table ignores case").isEqualTo(ConnectionState.UNKNOWN);
    }

    @Test
    void theReverseLookupGivesTheMainValuesOfAState() {
        assertThat(LINES.rawValues(ConnectionState.SUSPENDED)).containsExactly("Enabled", "Terminated");
        assertThat(LINES.rawValues(ConnectionState.DELETED)).isEmpty();
    }

    @Test
    void aTableMayIgnoreCaseAndAResourceWithoutActionsHasNone() {
        StateTable<VirtualInterfaceState> vbrs = StateTable
                .builder(ResourceType.VIRTUAL_INTERFACE, VirtualInterfaceState.class, "Status").ignoringCase()
                .row("active", VirtualInterfaceState.ACTIVE, RequiredAction.NONE).build();
        StateTable<AccessPointState> points = StateTable
                .builder(ResourceType.ACCESS_POINT, AccessPointState.class, "Status")
                .row("recommended", AccessPointState.AVAILABLE).build();

        assertThat(vbrs.map("Active").state()).isEqualTo(VirtualInterfaceState.ACTIVE);
        assertThat(points.map("recommended")).isEqualTo(new StateTable.Mapped<>(AccessPointState.AVAILABLE, null));
        assertThat(points.map("x")).isEqualTo(new StateTable.Mapped<>(AccessPointState.UNKNOWN, null));
    }

    @Test
    void rowsAreDescribedAsTheDocumentationWritesThem() {
        assertThat(LINES.rows()).extracting(StateTable::describe).contains("Status=Enabled",
                "Status=Allocated; LoaStatus=(none)", "Status=Enabled; BusinessStatus=Locked");
        assertThat(LINES.rows().get(2).note()).isEqualTo("no LOA yet");
    }

    @Test
    void aTableRefusesDuplicateRowsAndAStateTypeOfAnotherResource() {
        assertThatThrownBy(() -> StateTable.builder(ResourceType.CONNECTION, ConnectionState.class, "S")
                .row("A", ConnectionState.ACTIVE, RequiredAction.NONE)
                .row("A", ConnectionState.DELETED, RequiredAction.NONE).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two rows");
        assertThatThrownBy(() -> StateTable.builder(ResourceType.ROUTE, ConnectionState.class, "S"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("RouteState");
    }
}
