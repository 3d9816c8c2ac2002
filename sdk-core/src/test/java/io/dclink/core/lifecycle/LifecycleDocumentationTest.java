package io.dclink.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.dclink.lifecycle.AccessPointState;
import io.dclink.lifecycle.LifecycleState;
import io.dclink.lifecycle.Operation;
import io.dclink.lifecycle.RequiredAction;
import io.dclink.lifecycle.ResourceType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** docs/architecture.md is a contract: its lifecycle tables equal the code, and every mapping row is reachable. */
class LifecycleDocumentationTest {

    private static final ArchitectureDocument DOC = ArchitectureDocument.load();
    private static final Map<ResourceType, LifecycleModel<?>> MODELS = Map.of(
            ResourceType.CONNECTION, StandardLifecycles.connection(),
            ResourceType.VIRTUAL_INTERFACE, StandardLifecycles.virtualInterface(),
            ResourceType.LOA, StandardLifecycles.loa(),
            ResourceType.GATEWAY, StandardLifecycles.gateway(),
            ResourceType.ROUTE, StandardLifecycles.route());
    private static final List<String> PROVIDERS = List.of("tencent", "alibaba", "jdcloud", "consoleconnect");

    @TestFactory
    Stream<DynamicTest> theLifecycleTablesEqualTheStateMachine() {
        return MODELS.entrySet().stream().map(entry -> dynamicTest(entry.getKey().name(),
                () -> checkTable(entry.getKey(), entry.getValue())));
    }

    private static <S extends Enum<S> & LifecycleState> void checkTable(ResourceType type, LifecycleModel<S> model) {
        String marker = "lifecycle:" + type.name();
        List<List<String>> rows = DOC.table(marker);
        List<String> documented = rows.stream().map(row -> row.get(0)).collect(Collectors.toList());
        assertThat(documented).as("states of %s (UNKNOWN is implicit)", type)
                .containsExactlyElementsOf(model.states().stream().filter(s -> !s.isUnknown())
                        .map(Enum::name).collect(Collectors.toList()));
        for (List<String> row : rows) {
            S state = Enum.valueOf(model.stateType(), row.get(0));
            assertThat(model.requiredAction(state).name()).as("%s required action", state).isEqualTo(row.get(1));
            assertThat(names(model.successors(state))).as("%s next states", state)
                    .isEqualTo(Set.copyOf(ArchitectureDocument.names(row.get(2))));
            assertThat(names(model.allowedOperations(state))).as("%s operations", state)
                    .isEqualTo(Set.copyOf(ArchitectureDocument.names(row.get(3))));
            assertThat(model.isTerminal(state) ? "yes" : "no").as("%s terminal", state).isEqualTo(row.get(4));
        }
        assertThat(names(model.initialStates())).as("initial states of %s", type)
                .isEqualTo(Set.copyOf(DOC.initialStates(marker)));
    }

    private static Set<String> names(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).collect(Collectors.toSet());
    }

    @TestFactory
    Stream<DynamicTest> everyMappingRowNamesAReachableStateAndARealAction() {
        List<DynamicTest> tests = new ArrayList<>();
        for (List<String> row : DOC.table("mapping")) {
            String label = String.join(" | ", row.subList(0, 5));
            tests.add(dynamicTest(label, () -> checkMappingRow(row)));
        }
        assertThat(tests).hasSizeGreaterThan(100);
        return tests.stream();
    }

    private static void checkMappingRow(List<String> row) {
        assertThat(PROVIDERS).contains(row.get(0));
        ResourceType type = ResourceType.valueOf(row.get(1));
        assertThat(row.get(2)).as("raw field=value").matches("[A-Za-z.]+=[^;]+(; [A-Za-z.]+=[^;]+)*");
        String state = row.get(3);
        if (type == ResourceType.ACCESS_POINT) {
            assertThat(AccessPointState.valueOf(state)).isNotNull();
            assertThat(row.get(4)).isEqualTo("—");
            return;
        }
        assertThat(RequiredAction.valueOf(row.get(4))).isNotNull();
        LifecycleModel<?> model = MODELS.get(type);
        assertReachable(model, state);
        if (row.get(2).endsWith("=(other)")) {
            assertThat(state).isEqualTo("UNKNOWN");
            assertThat(row.get(4)).isEqualTo("UNKNOWN");
        }
    }

    private static <S extends Enum<S> & LifecycleState> void assertReachable(LifecycleModel<S> model, String name) {
        S state = Enum.valueOf(model.stateType(), name);
        if (!state.isUnknown()) {
            assertThat(model.reachableFrom(model.initialStates())).as("%s is reachable", state).contains(state);
        }
    }

    @Test
    void everyProviderMapsUnknownValuesOfEachStatefulResourceToUnknown() {
        List<List<String>> rows = DOC.table("mapping");
        Map<String, Set<String>> resourcesByProvider = rows.stream().collect(Collectors.groupingBy(
                row -> row.get(0), Collectors.mapping(row -> row.get(1), Collectors.toSet())));
        assertThat(resourcesByProvider.keySet()).containsExactlyInAnyOrderElementsOf(PROVIDERS);
        for (List<String> row : rows) {
            boolean hasStateField = !row.get(2).endsWith("=(none)") && !row.get(2).contains("ready=");
            if (hasStateField) {
                String field = row.get(2).split("=")[0];
                assertThat(rows).as("%s %s has an (other) row for %s", row.get(0), row.get(1), field)
                        .anyMatch(other -> other.get(0).equals(row.get(0)) && other.get(1).equals(row.get(1))
                                && other.get(2).equals(field + "=(other)"));
            }
        }
    }

    @Test
    void operationsNamedInTheTablesExist() {
        for (ResourceType type : MODELS.keySet()) {
            for (List<String> row : DOC.table("lifecycle:" + type.name())) {
                ArchitectureDocument.names(row.get(3)).forEach(Operation::valueOf);
            }
        }
    }
}
