package io.dclink.testkit.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

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
        TestExecutionSummary summary = run(WrongMappingToyKit.class);

        assertThat(failed(summary)).contains("applicationToActive", "rejectionAndResubmission", "createdToActive")
                .doesNotContain("notFound", "throttling", "lostAnswer", "localValidation");
        assertThat(summary.getTestsSucceededCount()).isPositive();
    }

    @Test
    void aRetryThatDuplicatesACreateFailsTheIdempotencyGroup() {
        TestExecutionSummary summary = run(DuplicatingToyKit.class);

        assertThat(failed(summary)).contains("lostAnswer")
                .doesNotContain("applicationToActive", "notFound", "throttling");
    }
}
