package io.dclink.kit.validation;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Range checks with messages that state what is allowed. */
public final class Ranges {

    private Ranges() {
    }

    /**
     * Checks that a value, if given, lies in one of the allowed ranges.
     *
     * @param problems where problems go
     * @param field the field
     * @param value the value, or {@code null} (not checked)
     * @param allowed the allowed ranges
     */
    public static void within(Problems problems, String field, Number value, NumberRange... allowed) {
        if (value == null) {
            return;
        }
        long v = value.longValue();
        if (Arrays.stream(allowed).noneMatch(range -> range.contains(v))) {
            problems.add(field, "must be " + Arrays.stream(allowed).map(NumberRange::toString)
                    .collect(Collectors.joining(" or ")) + ", was " + v);
        }
    }

    /**
     * Checks a VLAN id.
     *
     * @param problems where problems go
     * @param field the field
     * @param vlan the VLAN id, or {@code null}
     * @param min the provider's smallest VLAN id
     * @param max the provider's largest VLAN id
     */
    public static void vlan(Problems problems, String field, Integer vlan, int min, int max) {
        within(problems, field, vlan, new NumberRange(min, max));
    }

    /**
     * Checks a bandwidth in Mbit/s.
     *
     * @param problems where problems go
     * @param field the field
     * @param mbps the bandwidth, or {@code null}
     * @param min the smallest allowed
     * @param max the largest allowed
     */
    public static void bandwidth(Problems problems, String field, Integer mbps, int min, int max) {
        within(problems, field, mbps, new NumberRange(min, max));
    }
}
