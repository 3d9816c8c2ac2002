package io.dclink.provider.alibaba;

/** Dotted IPv4 subnet masks ({@code 255.255.255.252}) and prefix lengths ({@code 30}). */
final class Masks {

    private Masks() {
    }

    /** The prefix length of a contiguous mask, or -1 when the text is not one. */
    static int prefixLength(String mask) {
        if (mask == null || !mask.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
            return -1;
        }
        long bits = 0;
        for (String octet : mask.split("\\.")) {
            int value = Integer.parseInt(octet);
            if (value > 255) {
                return -1;
            }
            bits = (bits << 8) | value;
        }
        int length = Long.bitCount(bits);
        long expected = length == 0 ? 0 : (0xFFFFFFFFL << (32 - length)) & 0xFFFFFFFFL;
        return bits == expected ? length : -1;
    }

    static String mask(int prefixLength) {
        long bits = prefixLength == 0 ? 0 : (0xFFFFFFFFL << (32 - prefixLength)) & 0xFFFFFFFFL;
        return (bits >> 24 & 0xFF) + "." + (bits >> 16 & 0xFF) + "." + (bits >> 8 & 0xFF) + "." + (bits & 0xFF);
    }
}
