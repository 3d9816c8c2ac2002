package io.dclink.kit.validation;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** Range checks with messages that state what is allowed. */
public final class Ranges {

    /** ASNs inside the usable range that are reserved: AS_TRANS (RFC 6793) and the last 2-byte ASN (RFC 7300). */
    private static final Set<Long> RESERVED_ASNS = Set.of(23_456L, 65_535L);

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

    /**
     * Checks a BGP peer's autonomous system number: a 2- or 4-byte ASN from 1 to 4294967294 other
     * than the reserved AS_TRANS 23456 (RFC 6793) and 65535 (RFC 7300); 0 (RFC 7607) and
     * 4294967295 (RFC 7300) are outside the range.
     *
     * @param problems where problems go
     * @param field the field
     * @param asn the ASN, or {@code null} (not checked)
     */
    public static void asn(Problems problems, String field, Long asn) {
        if (asn == null) {
            return;
        }
        if (!NumberRange.ASN_USABLE.contains(asn) || RESERVED_ASNS.contains(asn)) {
            problems.add(field, "must be an autonomous system number from 1 to 4294967294 other than the reserved 23456 "
                    + "and 65535, was " + asn);
        }
    }
}
