package io.dclink.testkit.tck;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dclink.core.lifecycle.ProviderLifecycles;
import io.dclink.lifecycle.ConnectionState;
import io.dclink.lifecycle.RequiredAction;
import io.dclink.lifecycle.ResourceType;
import io.dclink.spi.CredentialVariables;
import io.dclink.spi.ErrorEnvelope;
import io.dclink.spi.ErrorTable;
import io.dclink.spi.LifecycleRefinements;
import io.dclink.spi.OperationTable;
import io.dclink.spi.ProviderDescriptor;
import io.dclink.spi.ProviderOperation;
import io.dclink.spi.SpiVersion;
import io.dclink.spi.StateTable;
import io.dclink.testkit.contract.MappingTable;
import io.dclink.testkit.toyplugin.ToyProvider;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The table checks of the kit fail a plugin, or a mapping document, that is wrong, and pass the toy's. */
class StateTableChecksTest {

    private static final ProviderDescriptor TOY = new ToyProvider().descriptor();

    private static List<String> toyDocument() throws IOException {
        try (InputStream in = StateTableChecksTest.class.getResourceAsStream("/toy-mapping.md")) {
            return new ArrayList<>(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        }
    }

    private static List<String> replaced(List<String> lines, String from, String to) {
        List<String> changed = new ArrayList<>();
        lines.forEach(line -> changed.add(line.replace(from, to)));
        return changed;
    }

    private static ProviderDescriptor plugin(OperationTable<?> operations, StateTable<?>... tables) {
        return ProviderDescriptor.builder("tables", "Tables", new SpiVersion(SpiVersion.MAJOR, SpiVersion.MINOR))
                .credentials(CredentialVariables.apiKey("a key", "TABLES_KEY"))
                .errors(ErrorTable.builder().build(),
                        new ErrorEnvelope(List.of("/code"), List.of("/message"), List.of("/id"), 400, false))
                .operations(operations)
                .states(tables)
                .build();
    }

    private static ProviderDescriptor plugin(StateTable<?>... tables) {
        return plugin(OperationTable.builder(context -> new Object()).build(), tables);
    }

    private static StateTable.Builder<ConnectionState> lines() {
        return StateTable.builder(ResourceType.CONNECTION, ConnectionState.class, "Status");
    }

    @Test
    void theToyTablesAndTheirDocumentPass() throws IOException {
        MappingTable document = MappingTable.parse(toyDocument(), "toy-mapping.md");

        assertThatCode(() -> {
            StateTableChecks.readResourcesHaveTables(TOY);
            StateTableChecks.rowsAreReachable(TOY, ProviderLifecycles.of(TOY.lifecycle()));
            StateTableChecks.rowsMapAsWritten(TOY);
            StateTableChecks.unnamedValuesAreUnknown(TOY);
            StateTableChecks.rowsCanBeDocumented(TOY);
            StateTableChecks.documented(TOY, document, "toy-mapping.md");
            StateTableChecks.nothingBeyondTheTables(TOY, document, "toy-mapping.md");
        }).doesNotThrowAnyException();
    }

    @Test
    void aDocumentedActionThatIsNotTheTablesFails() throws IOException {
        MappingTable document = MappingTable.parse(replaced(toyDocument(), "status=UNPAID | PENDING_PAYMENT | PAY",
                "status=UNPAID | PENDING_PAYMENT | WAIT_FOR_PROVIDER"), "doc");

        assertThatThrownBy(() -> StateTableChecks.documented(TOY, document, "doc")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("toy CONNECTION status=UNPAID → PENDING_PAYMENT / PAY: the action doc documents");
    }

    @Test
    void aTableRowTheDocumentLacksFails() throws IOException {
        List<String> lines = toyDocument();
        lines.removeIf(line -> line.contains("status=LIVE"));
        MappingTable document = MappingTable.parse(lines, "doc");

        assertThatThrownBy(() -> StateTableChecks.documented(TOY, document, "doc")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("toy CONNECTION status=LIVE → ACTIVE / NONE: its row in doc");
    }

    @Test
    void aDocumentedRowTheTablesLackFails() throws IOException {
        MappingTable document = MappingTable.parse(replaced(toyDocument(), "| toy | CONNECTION | status=LIVE |",
                "| toy | CONNECTION | State=LIVE |"), "doc");

        assertThatThrownBy(() -> StateTableChecks.nothingBeyondTheTables(TOY, document, "doc"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("doc: toy CONNECTION State=LIVE: its row in the plugin's table");
    }

    @Test
    void anOtherRowThatIsNotUnknownFails() throws IOException {
        MappingTable document = MappingTable.parse(replaced(toyDocument(),
                "| toy | GATEWAY | status=(other) | UNKNOWN | UNKNOWN |", "| toy | GATEWAY | status=(other) | ACTIVE | NONE |"),
                "doc");

        assertThatThrownBy(() -> StateTableChecks.nothingBeyondTheTables(TOY, document, "doc"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("doc: toy GATEWAY status=(other): what the document says");
    }

    @Test
    void aRawValueTheDocumentCannotHoldFails() {
        ProviderDescriptor plugin = plugin(lines().row("UP|DOWN", ConnectionState.ACTIVE, RequiredAction.NONE).build());

        assertThatThrownBy(() -> StateTableChecks.rowsCanBeDocumented(plugin)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("tables CONNECTION Status=UP|DOWN → ACTIVE / NONE");
    }

    @Test
    void aRowHiddenByOneNamingMoreFieldsFails() {
        ProviderDescriptor plugin = plugin(lines()
                .row("Allocated", ConnectionState.PENDING_LOA, RequiredAction.APPLY_LOA)
                .row(StateTable.raw("Allocated").and("LoaStatus", StateTable.NONE), ConnectionState.PROVISIONING,
                        RequiredAction.WAIT_FOR_PROVIDER)
                .build());

        assertThatThrownBy(() -> StateTableChecks.rowsMapAsWritten(plugin)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("tables CONNECTION Status=Allocated → PENDING_LOA / APPLY_LOA: the state it maps to");
    }

    @Test
    void aKnownStateAskingForTheUnknownActionFails() {
        ProviderDescriptor plugin = plugin(lines().row("UP", ConnectionState.ACTIVE, RequiredAction.UNKNOWN).build());

        assertThatThrownBy(() -> StateTableChecks.rowsAreReachable(plugin, ProviderLifecycles.of(LifecycleRefinements.none())))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("tables CONNECTION Status=UP → ACTIVE / UNKNOWN: the required action");
    }

    @Test
    void aLifecycleTableWithoutActionsFailsTheUnknownCheck() {
        ProviderDescriptor plugin = plugin(lines().row("UP", ConnectionState.ACTIVE).build());

        assertThatThrownBy(() -> StateTableChecks.unnamedValuesAreUnknown(plugin)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("tables CONNECTION Status=TCK_UNDOCUMENTED_STATE: the action");
    }

    @Test
    void aResourceReadWithoutATableFails() {
        ProviderDescriptor plugin = plugin(OperationTable.builder(context -> new Object())
                .on(ProviderOperation.CONNECTION_GET, (client, id) -> CompletableFuture.completedFuture(null))
                .build());

        assertThatThrownBy(() -> StateTableChecks.readResourcesHaveTables(plugin)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("CONNECTION");
    }
}
