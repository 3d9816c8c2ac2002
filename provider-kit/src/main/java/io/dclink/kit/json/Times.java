package io.dclink.kit.json;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The time formats providers send: ISO 8601 with an offset or {@code Z}
 * ({@code 2020-09-22T00:00:00+00:00}), ISO 8601 without a zone ({@code 2021-06-08T12:20:55}), and
 * {@code yyyy-MM-dd HH:mm:ss} ({@code 2019-09-12 17:09:07}). Times without a zone are read in the
 * zone the provider documents.
 *
 * <p>The usual shapes (no fraction; {@code Z} or a {@code ±HH:MM} offset) are read by hand, which
 * is a tenth of the formatters' cost on a page of records; anything else, and any value the hand
 * reading refuses, goes to the formatters, so both read every text alike.
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
        Instant usual = usualShape(value, zoneForLocalTimes);
        if (usual != null) {
            return usual;
        }
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

    /**
     * {@code yyyy-MM-dd HH:mm:ss}, {@code yyyy-MM-ddTHH:mm:ss}, with {@code Z} or {@code ±HH:MM} after
     * the latter; {@code null} for any other text or a value out of range.
     */
    private static Instant usualShape(String value, ZoneId zoneForLocalTimes) {
        int length = value.length();
        char separator = length >= 19 ? value.charAt(10) : 0;
        boolean local = length == 19 && (separator == ' ' || separator == 'T');
        boolean utc = length == 20 && separator == 'T' && value.charAt(19) == 'Z';
        boolean offset = length == 25 && separator == 'T' && (value.charAt(19) == '+' || value.charAt(19) == '-')
                && value.charAt(22) == ':';
        if (!(local || utc || offset) || value.charAt(4) != '-' || value.charAt(7) != '-' || value.charAt(13) != ':'
                || value.charAt(16) != ':') {
            return null;
        }
        int year = digits(value, 0, 4);
        int month = digits(value, 5, 2);
        int day = digits(value, 8, 2);
        int hour = digits(value, 11, 2);
        int minute = digits(value, 14, 2);
        int second = digits(value, 17, 2);
        int offsetHours = offset ? digits(value, 20, 2) : 0;
        int offsetMinutes = offset ? digits(value, 23, 2) : 0;
        // The spaced pattern's yyyy is a year of the era, which has no year 0; ISO years are proleptic.
        if ((year | month | day | hour | minute | second | offsetHours | offsetMinutes) < 0 || separator == ' ' && year == 0) {
            return null;
        }
        try {
            LocalDateTime time = LocalDateTime.of(year, month, day, hour, minute, second);
            if (local) {
                return time.atZone(zoneForLocalTimes).toInstant();
            }
            int sign = value.charAt(19) == '-' ? -1 : 1;
            return time.toInstant(utc ? ZoneOffset.UTC : ZoneOffset.ofHoursMinutes(sign * offsetHours, sign * offsetMinutes));
        } catch (DateTimeException outOfRange) {
            return null;
        }
    }

    /** {@return the number the ASCII digits at {@code from} spell, or -1 if one is not a digit} */
    private static int digits(String value, int from, int count) {
        int number = 0;
        for (int i = from; i < from + count; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            number = number * 10 + (c - '0');
        }
        return number;
    }
}
