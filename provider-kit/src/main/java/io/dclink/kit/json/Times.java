package io.dclink.kit.json;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The time formats providers send: ISO 8601 with an offset or {@code Z}
 * ({@code 2020-09-22T00:00:00+00:00}), ISO 8601 without a zone ({@code 2021-06-08T12:20:55}), and
 * {@code yyyy-MM-dd HH:mm:ss} ({@code 2019-09-12 17:09:07}). Times without a zone are read in the
 * zone the provider documents.
 */
public final class Times {

    private static final DateTimeFormatter SPACED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private Times() {
    }

    /**
     * Parses a provider time.
     *
     * @param text the text, or {@code null}
     * @param zoneForLocalTimes the zone of times written without one
     * @return the instant, or {@code null} when the text is empty or in none of the formats
     */
    public static Instant parse(String text, ZoneId zoneForLocalTimes) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.trim();
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(value).atZone(zoneForLocalTimes).toInstant();
            } catch (DateTimeParseException notIsoLocal) {
                try {
                    return LocalDateTime.parse(value, SPACED).atZone(zoneForLocalTimes).toInstant();
                } catch (DateTimeParseException notSpaced) {
                    return null;
                }
            }
        }
    }
}
