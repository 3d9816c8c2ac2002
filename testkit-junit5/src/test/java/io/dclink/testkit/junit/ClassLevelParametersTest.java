package io.dclink.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.dclink.DirectConnect;
import io.dclink.testkit.emulator.Emulator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * A {@code @BeforeAll} method cannot take an emulated client (no test method would see its
 * emulator), and says why; a {@code @BeforeEach} method shares its test method's. The fixture
 * classes run inside these tests, through the JUnit launcher.
 */
class ClassLevelParametersTest {

    private static final List<Emulator> SEEN = new ArrayList<>();

    @Test
    void aBeforeAllMethodTakingAClientFailsTheClassSayingWhatToDoInstead() {
        TestExecutionSummary summary = run(BeforeAllFixture.class);

        assertThat(summary.getTestsSucceededCount()).isZero();
        assertThat(summary.getFailures()).singleElement().satisfies(failure -> assertThat(failure.getException())
                .hasMessageContaining("@EmulatedProvider gives each test method a fresh emulator and client, so setUp "
                        + "(run once for the whole class) cannot take a DirectConnect: take it in a @BeforeEach method "
                        + "or the test method, which share one"));
    }

    @Test
    void aBeforeEachMethodSharesItsTestMethodsEmulator() {
        SEEN.clear();

        TestExecutionSummary summary = run(BeforeEachFixture.class);

        assertThat(summary.getTestsSucceededCount()).isEqualTo(2);
        assertThat(summary.getFailures()).isEmpty();
        assertThat(SEEN).hasSize(4);
        assertThat(SEEN.get(0)).isSameAs(SEEN.get(1));
        assertThat(SEEN.get(2)).isSameAs(SEEN.get(3)).isNotSameAs(SEEN.get(0));
    }

    private static TestExecutionSummary run(Class<?> fixture) {
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(fixture)).build(),
                listener);
        return listener.getSummary();
    }

    /** Run only by the tests above (its name keeps surefire from running it alone). */
    @EmulatedProvider("toy")
    static class BeforeAllFixture {
        @BeforeAll
        static void setUp(DirectConnect client) {
            client.connections().list();
        }

        @Test
        void aTest(DirectConnect client) {
            client.connections().list();
        }
    }

    /** Run only by the tests above. */
    @EmulatedProvider("toy")
    static class BeforeEachFixture {
        @BeforeEach
        void setUp(Emulator emulator) {
            SEEN.add(emulator);
        }

        @Test
        void first(Emulator emulator) {
            SEEN.add(emulator);
        }

        @Test
        void second(Emulator emulator) {
            SEEN.add(emulator);
        }
    }
}
