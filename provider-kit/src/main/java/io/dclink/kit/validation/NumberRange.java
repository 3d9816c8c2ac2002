package io.dclink.kit.validation;

/**
 * An inclusive range of whole numbers.
 *
 * @param min the smallest allowed value
 * @param max the largest allowed value
 */
public record NumberRange(long min, long max) {

    /** 2-byte autonomous system numbers. */
    public static final NumberRange ASN_2_BYTE = new NumberRange(1, 65_535);
    /** The whole 4-byte ASN number space, the reserved 4294967295 included; peers are checked with {@link Ranges#asn}. */
    public static final NumberRange ASN_4_BYTE = new NumberRange(1, 4_294_967_295L);
    /** The ASNs a BGP speaker can use: 1 to 4294967294 (0 and 4294967295 are reserved, RFC 7607 and RFC 7300). */
    public static final NumberRange ASN_USABLE = new NumberRange(1, 4_294_967_294L);
    /** Private 2-byte ASNs (RFC 6996). */
    public static final NumberRange ASN_PRIVATE_2_BYTE = new NumberRange(64_512, 65_534);
    /** Private 4-byte ASNs (RFC 6996). */
    public static final NumberRange ASN_PRIVATE_4_BYTE = new NumberRange(4_200_000_000L, 4_294_967_294L);

    /**
     * Validates the bounds.
     *
     * @param min the smallest value
     * @param max the largest value
     */
    public NumberRange {
        if (max < min) {
            throw new IllegalArgumentException("empty range " + min + ".." + max);
        }
    }

    /**
     * Whether a value is in the range.
     *
     * @param value the value
     * @return {@code true} if {@code min <= value <= max}
     */
    public boolean contains(long value) {
        return value >= min && value <= max;
    }

    @Override
    public String toString() {
        return min == max ? Long.toString(min) : min + " to " + max;
    }
}
