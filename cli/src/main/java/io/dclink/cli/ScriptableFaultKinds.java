package io.dclink.cli;

import io.dclink.testkit.emulator.FaultKind;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The fault kinds a command line can script (all but the Java-only body rewrite), case-insensitive. */
final class ScriptableFaultKinds implements ITypeConverter<FaultKind>, Iterable<String> {

    @Override
    public FaultKind convert(String text) {
        for (FaultKind kind : FaultKind.values()) {
            if (scriptable(kind) && kind.name().equalsIgnoreCase(text.strip().replace('-', '_'))) {
                return kind;
            }
        }
        throw new TypeConversionException("'" + text + "' is not a fault kind; the kinds are " + String.join(", ", this));
    }

    @Override
    public Iterator<String> iterator() {
        return Arrays.stream(FaultKind.values()).filter(ScriptableFaultKinds::scriptable)
                .map(kind -> kind.name().toLowerCase(Locale.ROOT)).collect(Collectors.toList()).iterator();
    }

    private static boolean scriptable(FaultKind kind) {
        return kind != FaultKind.REWRITTEN_BODY;
    }
}
