package io.dclink.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A duration as people write it on a command line: {@code 500ms}, {@code 30s}, {@code 5m},
 * {@code 2h}, {@code 3d}, combined as in {@code 1h30m}, or ISO-8601 ({@code PT5M}, {@code P3D}).
 */
final class HumanDuration implements ITypeConverter<Duration> {

    /** What an error says a duration looks like. */
    static final String EXAMPLES = "e.g. 30s, 5m, 2h, 3d, 1h30m or ISO-8601 PT5M";

    private static final Pattern WHOLE = Pattern.compile("(\\d+(ms|s|m|h|d))+");
    private static final Pattern PART = Pattern.compile("(\\d+)(ms|s|m|h|d)");

    @Override
    public Duration convert(String text) {
        return parse(text);
    }

    static Duration parse(String text) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        try {
            if (value.startsWith("p")) {
                return Duration.parse(value.toUpperCase(Locale.ROOT));
            }
            if (WHOLE.matcher(value).matches()) {
                Duration total = Duration.ZERO;
                Matcher part = PART.matcher(value);
                while (part.find()) {
                    total = total.plus(unit(Long.parseLong(part.group(1)), part.group(2)));
                }
                return total;
            }
        } catch (DateTimeParseException | ArithmeticException | NumberFormatException notADuration) {
            // the message below says what a duration looks like
        }
        throw new TypeConversionException("'" + text + "' is not a duration (" + EXAMPLES + ")");
    }

    /** The duration as {@link #parse} reads it: {@code 300ms}, {@code 45s}, {@code 2h30m}, {@code 3d}. */
    static String format(Duration duration) {
        if (duration.isZero() || duration.isNegative()) {
            return duration.toString();
        }
        StringBuilder text = new StringBuilder();
        append(text, duration.toDaysPart(), "d");
        append(text, duration.toHoursPart(), "h");
        append(text, duration.toMinutesPart(), "m");
        append(text, duration.toSecondsPart(), "s");
        append(text, duration.toMillisPart(), "ms");
        return text.length() == 0 ? duration.toString() : text.toString();
    }

    private static void append(StringBuilder text, long amount, String unit) {
        if (amount > 0) {
            text.append(amount).append(unit);
        }
    }

    private static Duration unit(long amount, String unit) {
        return switch (unit) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
    }
}
