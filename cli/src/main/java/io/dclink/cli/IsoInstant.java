package io.dclink.cli;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A point in time on the command line: ISO-8601 in UTC ({@code 2030-01-15T02:00:00Z}) or with an offset ({@code +08:00}). */
final class IsoInstant implements ITypeConverter<Instant> {

    @Override
    public Instant convert(String text) {
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException notATime) {
            throw new TypeConversionException("'" + text + "' is not a time (ISO-8601 with a zone, e.g. "
                    + "2030-01-15T02:00:00Z or 2030-01-15T10:00:00+08:00)");
        }
    }
}
