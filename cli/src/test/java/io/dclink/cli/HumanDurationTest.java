package io.dclink.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

/** Durations as people type them, and as ISO-8601. */
class HumanDurationTest {

    @Test
    void unitsAndTheirCombinationsAreRead() {
        assertThat(HumanDuration.parse("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(HumanDuration.parse("30s")).isEqualTo(Duration.ofSeconds(30));
        assertThat(HumanDuration.parse("5m")).isEqualTo(Duration.ofMinutes(5));
        assertThat(HumanDuration.parse("2h")).isEqualTo(Duration.ofHours(2));
        assertThat(HumanDuration.parse("3d")).isEqualTo(Duration.ofDays(3));
        assertThat(HumanDuration.parse("1h30m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(HumanDuration.parse("2H")).as("case-insensitive").isEqualTo(Duration.ofHours(2));
    }

    @Test
    void iso8601IsReadToo() {
        assertThat(HumanDuration.parse("PT5M")).isEqualTo(Duration.ofMinutes(5));
        assertThat(HumanDuration.parse("pt0.05s")).isEqualTo(Duration.ofMillis(50));
        assertThat(HumanDuration.parse("P3D")).isEqualTo(Duration.ofDays(3));
    }

    @Test
    void durationsAreWrittenTheWayTheyAreRead() {
        assertThat(HumanDuration.format(Duration.ofMillis(300))).isEqualTo("300ms");
        assertThat(HumanDuration.format(Duration.ofMinutes(150))).isEqualTo("2h30m");
        assertThat(HumanDuration.format(Duration.ofDays(3))).isEqualTo("3d");
        assertThat(HumanDuration.format(Duration.parse("PT1H0.5S"))).isEqualTo("1h500ms");
        for (String text : new String[] {"300ms", "2h30m", "3d", "1d1h1m1s1ms"}) {
            assertThat(HumanDuration.format(HumanDuration.parse(text))).isEqualTo(text);
        }
    }

    @Test
    void anythingElseIsRefusedWithExamples() {
        for (String bad : new String[] {"5", "5x", "m5", "1.5h", "", "h", "5m 3s", "P", "99999999999999999999d"}) {
            assertThatThrownBy(() -> HumanDuration.parse(bad)).as(bad).isInstanceOf(TypeConversionException.class)
                    .hasMessage("'" + bad + "' is not a duration (e.g. 30s, 5m, 2h, 3d, 1h30m or ISO-8601 PT5M)");
        }
    }
}
