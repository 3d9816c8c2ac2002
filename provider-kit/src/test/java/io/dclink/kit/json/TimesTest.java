package io.dclink.kit.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The provider time formats, read as the JDK's ISO and {@code yyyy-MM-dd HH:mm:ss} formatters read them. */
class TimesTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void eachFormatIsReadInItsZone() {
        assertThat(Times.parse("2019-09-12 17:09:07", SHANGHAI)).isEqualTo(Instant.parse("2019-09-12T09:09:07Z"));
        assertThat(Times.parse(" 2019-09-12 17:09:07 ", SHANGHAI)).isEqualTo(Instant.parse("2019-09-12T09:09:07Z"));
        assertThat(Times.parse("2021-06-08T12:20:55", SHANGHAI)).isEqualTo(Instant.parse("2021-06-08T04:20:55Z"));
        assertThat(Times.parse("2020-09-22T00:00:00+00:00", SHANGHAI)).isEqualTo(Instant.parse("2020-09-22T00:00:00Z"));
        assertThat(Times.parse("2020-09-22T08:00:00+08:00", SHANGHAI)).isEqualTo(Instant.parse("2020-09-22T00:00:00Z"));
        assertThat(Times.parse("2020-09-21T19:30:00-04:30", SHANGHAI)).isEqualTo(Instant.parse("2020-09-22T00:00:00Z"));
        assertThat(Times.parse("2020-09-22T00:00:00Z", SHANGHAI)).isEqualTo(Instant.parse("2020-09-22T00:00:00Z"));
        assertThat(Times.parse("2020-09-22T00:00:00.125Z", SHANGHAI)).isEqualTo(Instant.parse("2020-09-22T00:00:00.125Z"));
    }

    @Test
    void nothingAndNonsenseAreNoTime() {
        assertThat(Times.parse(null, SHANGHAI)).isNull();
        assertThat(Times.parse("", SHANGHAI)).isNull();
        assertThat(Times.parse("   ", SHANGHAI)).isNull();
        assertThat(Times.parse("yesterday", SHANGHAI)).isNull();
        assertThat(Times.parse("2019-13-12 17:09:07", SHANGHAI)).isNull();
        assertThat(Times.parse("2019-09-12 25:09:07", SHANGHAI)).isNull();
        assertThat(Times.parse("2019-09-12T17:09:07+19:00", SHANGHAI)).isNull();
        assertThat(Times.parse("0000-01-01 00:00:00", SHANGHAI)).as("yyyy is a year of the era: there is no year 0").isNull();
        assertThat(Times.parse("0000-01-01T00:00:00Z", SHANGHAI)).as("ISO years are proleptic")
                .isEqualTo(Instant.parse("0000-01-01T00:00:00Z"));
    }

    @Test
    void seededTimesReadAsTheJdkFormattersReadThem() {
        Random random = new Random(20261130);
        String[] endings = {"", "Z", "z", "+08:00", "-04:30", "+00:00", "+19:00", ".5Z", ".123456789+01:00", "+0800", " "};
        for (int i = 0; i < 20_000; i++) {
            String text = String.format("%04d-%02d-%02d%c%02d:%02d:%02d%s", random.nextInt(5) == 0 ? random.nextInt(2)
                    : random.nextInt(10_000), random.nextInt(14),
                    random.nextInt(33), "T T t_".charAt(random.nextInt(6)), random.nextInt(26), random.nextInt(61),
                    random.nextInt(61), endings[random.nextInt(endings.length)]);
            if (random.nextInt(20) == 0) {
                text = text.substring(0, random.nextInt(text.length()));
            }
            assertThat(Times.parse(text, SHANGHAI)).as(text).isEqualTo(byTheFormatters(text, SHANGHAI));
        }
    }

    /** The formats tried in turn with the JDK's formatters, the way the kit first read them. */
    private static Instant byTheFormatters(String text, ZoneId zone) {
        if (text.isBlank()) {
            return null;
        }
        String value = text.trim();
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(value).atZone(zone).toInstant();
            } catch (DateTimeParseException notIsoLocal) {
                try {
                    return LocalDateTime.parse(value, DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")).atZone(zone)
                            .toInstant();
                } catch (DateTimeParseException notSpaced) {
                    return null;
                }
            }
        }
    }
}
