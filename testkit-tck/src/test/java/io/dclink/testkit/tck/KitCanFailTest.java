package io.dclink.testkit.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/** Runs the kit against deliberately broken plugins: the relevant groups must fail, the others pass. */
class KitCanFailTest {

    private static TestExecutionSummary run(Class<?> kit) {
        Launcher launcher = LauncherFactory.create();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(kit)).build(), listener);
        return listener.getSummary();
    }

    private static Set<String> failed(TestExecutionSummary summary) {
        return summary.getFailures().stream()
                .map(failure -> failure.getTestIdentifier().getSource().orElse(null))
                .filter(MethodSource.class::isInstance)
                .map(source -> ((MethodSource) source).getMethodName())
                .collect(Collectors.toSet());
    }

    @Test
    void aWrongStateMappingFailsTheLifecycleGroups() {
        assertFails(WrongMappingToyKit.class, List.of("applicationToActive", "rejectionAndResubmission", "createdToActive"),
                "notFound", "throttling", "lostAnswer", "localValidation");
    }

    @Test
    void aRetryThatDuplicatesACreateFailsTheIdempotencyGroup() {
        assertFails(DuplicatingToyKit.class, List.of("lostAnswer"), "applicationToActive", "notFound", "throttling");
    }

    @Test
    void aTableStateTheLifecycleCannotReachFailsTheTableGroup() {
        assertFails(UnreachableToyKit.class, List.of("rowsAreReachable"), "rowsMapAsWritten", "unnamedValuesAreUnknown",
                "connectionRowsReadBack", "applicationToActive", "notFound", "lostAnswer");
    }

    @Test
    void aClientThatReadsTheEmulatorOtherwiseThanItsTableFailsTheTableGroup() {
        assertFails(DisagreeingToyKit.class, List.of("connectionRowsReadBack"), "rowsAreReachable", "rowsMapAsWritten",
                "interfaceRowsReadBack", "applicationToActive", "notFound", "lostAnswer");
    }

    @Test
    void aClientThatReadsErrorsOtherwiseThanItsTableFailsTheErrorTableGroup() {
        assertFails(MisreadingToyKit.class, List.of("everyRuleReachesTheUser"), "applicationToActive", "rowsMapAsWritten",
                "lostAnswer");
    }

    private static void assertFails(Class<?> kit, List<String> failing, String... passing) {
        TestExecutionSummary summary = run(kit);

        assertThat(failed(summary)).containsAll(failing).doesNotContain(passing);
        assertThat(summary.getTestsSucceededCount()).isPositive();
    }
}
