package io.dclink.testkit.tck;

import io.dclink.testkit.contract.MappingTable;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The documented mapping: where the vendor names a mapping document
 * ({@link ProviderCompatibilityKit#mappingDocument()}), its table under {@code <!-- mapping -->}
 * ({@code | Provider | Resource | Raw | State | Action | Notes |}) lists exactly the rows of the
 * plugin's raw-state tables, Raw written as {@link io.dclink.spi.StateTable#describe} writes it,
 * plus {@code (other)} rows that say {@code UNKNOWN}. Without a document the group checks what a
 * document would need: that every row can be written in it, and what its {@code (other)} rows
 * would say.
 */
public interface DocumentedMappingGroup extends KitGroup {

    /** Checks that every row of the plugin's raw-state tables can be documented, and is, with its state and action. */
    @Test
    @DisplayName("every row of the plugin's raw-state tables can be documented, and is, with its state and action")
    default void everyRowIsDocumented() {
        KitFixture kit = kit();
        StateTableChecks.rowsCanBeDocumented(kit.descriptor());
        kit.mappingDocument().ifPresent(document ->
                StateTableChecks.documented(kit.descriptor(), MappingTable.read(document), document.toString()));
    }

    /**
     * Checks that the mapping document has no row for the plugin that its tables lack, and its (other) rows are
     * UNKNOWN.
     */
    @Test
    @DisplayName("the mapping document has no row for the plugin that its tables lack, and its (other) rows are UNKNOWN")
    default void nothingBeyondTheTables() {
        KitFixture kit = kit();
        Optional<Path> document = kit.mappingDocument();
        if (document.isEmpty()) {
            StateTableChecks.unnamedValuesAreUnknown(kit.descriptor());
            return;
        }
        StateTableChecks.nothingBeyondTheTables(kit.descriptor(), MappingTable.read(document.get()),
                document.get().toString());
    }
}
