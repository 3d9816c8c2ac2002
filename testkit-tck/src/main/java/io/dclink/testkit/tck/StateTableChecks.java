package io.dclink.testkit.tck;

import static org.assertj.core.api.Assertions.assertThat;

import io.dclink.core.lifecycle.LifecycleModel;
import io.dclink.core.lifecycle.ProviderLifecycles;
import io.dclink.lifecycle.LifecycleState;
import io.dclink.lifecycle.RequiredAction;
import io.dclink.lifecycle.ResourceType;
import io.dclink.model.LifecycleResource;
import io.dclink.model.ProviderState;
import io.dclink.spi.ProviderDescriptor;
import io.dclink.spi.ProviderOperation;
import io.dclink.spi.StateTable;
import io.dclink.testkit.contract.MappingRow;
import io.dclink.testkit.contract.MappingTable;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;

/**
 * The checks of a plugin's raw-state tables, for {@link RawStateTableGroup} and
 * {@link DocumentedMappingGroup}. Each check reports every failing row at once.
 */
final class StateTableChecks {

    /** A raw value no provider documents. */
    static final String UNDOCUMENTED = "TCK_UNDOCUMENTED_STATE";
    /** What the mapping document writes in the Action column of a resource without required actions. */
    static final String NO_ACTION = "—";

    private static final String NONE_TEXT = "(none)";
    private static final String OTHER_TEXT = "(other)";

    private StateTableChecks() {
    }

    /**
     * Every resource type the plugin reads (a bound get or list) has a table.
     *
     * @param descriptor the plugin
     */
    static void readResourcesHaveTables(ProviderDescriptor descriptor) {
        Set<ResourceType> read = ProviderOperation.all().stream()
                .filter(operation -> operation.kind() == ProviderOperation.Kind.GET
                        || operation.kind() == ProviderOperation.Kind.LIST)
                .filter(descriptor.operations()::supports)
                .map(ProviderOperation::resource)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ResourceType.class)));
        assertThat(descriptor.states().keySet()).as("the resource types %s reads and maps with a raw-state table",
                descriptor.id()).containsAll(read);
    }

    /**
     * Every row of a resource with a lifecycle names a state reachable from the lifecycle's initial
     * states in the plugin's refined lifecycle, and, unless the state is {@code UNKNOWN}, an action
     * other than {@code UNKNOWN}.
     *
     * @param descriptor the plugin
     * @param lifecycles its refined lifecycles
     */
    static void rowsAreReachable(ProviderDescriptor descriptor, ProviderLifecycles lifecycles) {
        eachRow(descriptor, (softly, table, row) -> {
            if (table.resource() == ResourceType.ACCESS_POINT || isUnknown(row.state())) {
                return;
            }
            LifecycleModel<?> model = lifecycles.of(table.resource());
            softly.assertThat(reachable(model).contains(row.state()))
                    .as("%s: whether %s is reachable from the initial states %s of the provider's lifecycle",
                            name(descriptor, table, row), row.state(), model.initialStates())
                    .isTrue();
            softly.assertThat(row.action()).as("%s: the required action of the known state %s",
                    name(descriptor, table, row), row.state()).isNotNull().isNotEqualTo(RequiredAction.UNKNOWN);
        });
    }

    /**
     * Every row, several fields and all, maps through its own table to its state and action: no
     * row is hidden by another.
     *
     * @param descriptor the plugin
     */
    static void rowsMapAsWritten(ProviderDescriptor descriptor) {
        eachRow(descriptor, (softly, table, row) -> {
            StateTable.Mapped<?> mapped = table.map(record(table, row.match()));
            softly.assertThat((Object) mapped.state()).as("%s: the state it maps to", name(descriptor, table, row))
                    .isEqualTo(row.state());
            softly.assertThat(mapped.action()).as("%s: the action it maps to", name(descriptor, table, row))
                    .isEqualTo(row.action());
        });
    }

    /**
     * A raw value no row names maps to {@code UNKNOWN} and, except for access points, the action
     * {@code UNKNOWN}.
     *
     * @param descriptor the plugin
     */
    static void unnamedValuesAreUnknown(ProviderDescriptor descriptor) {
        SoftAssertions softly = new SoftAssertions();
        descriptor.states().forEach((type, table) -> {
            StateTable.Mapped<?> mapped = table.map(UNDOCUMENTED);
            softly.assertThat(((Enum<?>) mapped.state()).name()).as("%s %s %s=%s: the state", descriptor.id(), type,
                    table.field(), UNDOCUMENTED).isEqualTo("UNKNOWN");
            softly.assertThat(mapped.action()).as("%s %s %s=%s: the action", descriptor.id(), type, table.field(),
                    UNDOCUMENTED).isEqualTo(unknownAction(type));
        });
        softly.assertAll();
    }

    /**
     * Sets every raw value a one-field row names on an emulated resource and reads the resource
     * back through the client: its state, required action and raw value must be the row's.
     *
     * @param kit the fixture
     * @param type the resource type
     * @param id the emulated resource
     * @param read reads it through the public client
     */
    static void readBack(KitFixture kit, ResourceType type, String id, Function<String, LifecycleResource<?>> read) {
        ProviderDescriptor descriptor = kit.descriptor();
        Optional<StateTable<?>> found = descriptor.states(type);
        assertThat(found).as("the raw-state table of %s %s", descriptor.id(), type).isPresent();
        StateTable<?> table = found.get();
        SoftAssertions softly = new SoftAssertions();
        for (StateTable.Row<?> row : table.rows()) {
            if (row.match().size() != 1) {
                continue;
            }
            String raw = row.match().get(table.field());
            String name = name(descriptor, table, row) + ", set on " + id;
            try {
                kit.emulator().operator().setRawState(type, id, raw);
                LifecycleResource<?> resource = read.apply(id);
                softly.assertThat((Object) resource.state()).as("%s: the state read back", name).isEqualTo(row.state());
                softly.assertThat(resource.requiredAction()).as("%s: the action read back", name).isEqualTo(row.action());
                softly.assertThat(resource.providerState().value()).as("%s: the raw value read back", name).isEqualTo(raw);
            } catch (RuntimeException e) {
                softly.fail(name + ": could not be read back: " + e, e);
            }
        }
        softly.assertAll();
    }

    /**
     * Every row can be written as a row of the mapping document and read back as the same row.
     *
     * @param descriptor the plugin
     */
    static void rowsCanBeDocumented(ProviderDescriptor descriptor) {
        eachRow(descriptor, (softly, table, row) -> {
            String line = "| " + descriptor.id() + " | " + table.resource() + " | " + StateTable.describe(row) + " | "
                    + row.state() + " | " + action(row) + " | " + row.note() + " |";
            Map<String, String> written = new LinkedHashMap<>();
            row.match().forEach((field, value) -> written.put(field, value.equals(StateTable.NONE) ? NONE_TEXT : value));
            softly.assertThat(row.match().values()).as("%s: raw values the document reserves", name(descriptor, table, row))
                    .doesNotContain(NONE_TEXT, OTHER_TEXT);
            try {
                List<MappingRow> read = MappingTable.parse(List.of(MappingTable.MARKER, "", "", line), line).rows();
                softly.assertThat(read).as("%s, written as %s", name(descriptor, table, row), line)
                        .containsExactly(new MappingRow(descriptor.id(), table.resource(), written, row.state().toString(),
                                action(row)));
            } catch (IllegalArgumentException e) {
                softly.fail(name(descriptor, table, row) + " cannot be written as a row of the mapping document: " + e);
            }
        });
    }

    /**
     * Every row of the plugin's tables is in the document, with the same state and action.
     *
     * @param descriptor the plugin
     * @param document its mapping document
     * @param source what to call the document
     */
    static void documented(ProviderDescriptor descriptor, MappingTable document, String source) {
        List<MappingRow> documented = document.rows(descriptor.id());
        eachRow(descriptor, (softly, table, row) -> {
            Optional<MappingRow> match = documented.stream()
                    .filter(candidate -> candidate.resource() == table.resource()
                            && candidate.rawText().equals(StateTable.describe(row)))
                    .findFirst();
            String name = name(descriptor, table, row);
            softly.assertThat(match).as("%s: its row in %s", name, source).isPresent();
            match.ifPresent(written -> {
                softly.assertThat(written.state()).as("%s: the state %s documents", name, source)
                        .isEqualTo(row.state().toString());
                softly.assertThat(written.action()).as("%s: the action %s documents", name, source).isEqualTo(action(row));
            });
        });
    }

    /**
     * The document has no row for the plugin that its tables lack, but for its {@code (other)}
     * rows, which must say {@code UNKNOWN} as the plugin's tables do.
     *
     * @param descriptor the plugin
     * @param document its mapping document
     * @param source what to call the document
     */
    static void nothingBeyondTheTables(ProviderDescriptor descriptor, MappingTable document, String source) {
        SoftAssertions softly = new SoftAssertions();
        for (MappingRow written : document.rows(descriptor.id())) {
            String name = source + ": " + descriptor.id() + " " + written.resource() + " " + written.rawText();
            Optional<StateTable<?>> table = descriptor.states(written.resource());
            softly.assertThat(table).as("%s: the plugin's raw-state table", name).isPresent();
            if (table.isEmpty()) {
                continue;
            }
            if (written.isCatchAll()) {
                Map<String, String> undocumented = new LinkedHashMap<>();
                written.raw().forEach((field, value) -> undocumented.put(field,
                        value.equals(OTHER_TEXT) ? UNDOCUMENTED : written.value(field)));
                StateTable.Mapped<?> mapped = table.get().map(record(table.get(), undocumented));
                softly.assertThat(written.state() + " / " + written.action()).as("%s: what the document says", name)
                        .isEqualTo("UNKNOWN / " + unknownText(written.resource()));
                softly.assertThat(((Enum<?>) mapped.state()).name()).as("%s: what the plugin's table says", name)
                        .isEqualTo("UNKNOWN");
            } else {
                softly.assertThat(table.get().rows().stream().map(StateTable::describe).toList())
                        .as("%s: its row in the plugin's table", name).contains(written.rawText());
            }
        }
        softly.assertAll();
    }

    /** One check of one row, reporting into the soft assertions of all rows. */
    @FunctionalInterface
    private interface RowCheck {
        void check(SoftAssertions softly, StateTable<?> table, StateTable.Row<?> row);
    }

    private static void eachRow(ProviderDescriptor descriptor, RowCheck check) {
        SoftAssertions softly = new SoftAssertions();
        descriptor.states().values().forEach(table -> table.rows().forEach(row -> check.check(softly, table, row)));
        softly.assertAll();
    }

    /**
     * The raw record of some fields of a table: its main field as the value, the others as details.
     *
     * @param table the table
     * @param fields the fields and values
     * @return the record
     */
    static ProviderState record(StateTable<?> table, Map<String, String> fields) {
        Map<String, String> details = new LinkedHashMap<>(fields);
        String main = details.remove(table.field());
        return new ProviderState(main == null ? StateTable.NONE : main, details);
    }

    private static <S extends Enum<S> & LifecycleState> Set<S> reachable(LifecycleModel<S> model) {
        return model.reachableFrom(model.initialStates());
    }

    private static boolean isUnknown(Object state) {
        return ((Enum<?>) state).name().equals("UNKNOWN");
    }

    private static RequiredAction unknownAction(ResourceType type) {
        return type == ResourceType.ACCESS_POINT ? null : RequiredAction.UNKNOWN;
    }

    private static String unknownText(ResourceType type) {
        return type == ResourceType.ACCESS_POINT ? NO_ACTION : RequiredAction.UNKNOWN.name();
    }

    private static String action(StateTable.Row<?> row) {
        return row.action() == null ? NO_ACTION : row.action().name();
    }

    private static String name(ProviderDescriptor descriptor, StateTable<?> table, StateTable.Row<?> row) {
        return descriptor.id() + " " + table.resource() + " " + StateTable.describe(row) + " → " + row.state() + " / "
                + action(row);
    }
}
