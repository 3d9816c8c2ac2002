package io.dclink.testkit.jdcloud;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * IPv4 prefixes as the API writes them ({@code 10.0.0.0/16}, {@code 192.168.1.1/30}), and the
 * interconnect rule of private VIFs: one /30 per pair, the customer on its first address and
 * JD Cloud on its second.
 */
record Ipv4(long address, int prefix) {

    private static final Pattern FORM = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})/(\\d{1,2})");

    /** Parses {@code a.b.c.d/n}, or null when it is not one. */
    static Ipv4 parse(String text) {
        Matcher m = text == null ? null : FORM.matcher(text);
        if (m == null || !m.matches() || Integer.parseInt(m.group(5)) > 32) {
            return null;
        }
        long address = 0;
        for (int i = 1; i <= 4; i++) {
            int octet = Integer.parseInt(m.group(i));
            if (octet > 255) {
                return null;
            }
            address = address << 8 | octet;
        }
        return new Ipv4(address, Integer.parseInt(m.group(5)));
    }

    /** A CIDR block whose address is its network address, or INVALID_ARGUMENT naming the field. */
    static Ipv4 cidr(String text, String field) {
        Ipv4 block = parse(text);
        if (block == null || block.address() != block.network()) {
            throw JdError.invalidArgument(field, "must be an IPv4 CIDR block such as 10.0.0.0/16, was " + text);
        }
        return block;
    }

    long mask() {
        return prefix == 0 ? 0 : 0xffffffffL << (32 - prefix) & 0xffffffffL;
    }

    long network() {
        return address & mask();
    }

    boolean overlaps(Ipv4 other) {
        int shorter = Math.min(prefix, other.prefix);
        Ipv4 wide = new Ipv4(address, shorter);
        return wide.network() == (other.address & wide.mask());
    }

    /**
     * Checks one interconnect pair: both addresses with a /30, in the same /30, the customer on its
     * first usable address and JD Cloud on the second. UNVERIFIED: that only /30 is accepted.
     *
     * @return the pair's /30 block
     */
    static Ipv4 interconnect(String customerIp, String jdCloudIp, String field) {
        Ipv4 customer = parse(customerIp);
        Ipv4 jd = parse(jdCloudIp);
        if (customer == null || customer.prefix() != 30) {
            throw JdError.invalidArgument(field + ".customerIp", "must be an address with a /30 prefix, was " + customerIp);
        }
        if (jd == null || jd.prefix() != 30) {
            throw JdError.invalidArgument(field + ".jdCloudIp", "must be an address with a /30 prefix, was " + jdCloudIp);
        }
        if (customer.network() != jd.network()) {
            throw JdError.invalidArgument(field, "must be two addresses of the same /30: " + customerIp + ", " + jdCloudIp);
        }
        if (customer.address() != customer.network() + 1 || jd.address() != customer.network() + 2) {
            throw JdError.invalidArgument(field, "must give the customer the first address of the /30 and JD Cloud the second: "
                    + "customer " + customerIp + ", JD Cloud " + jdCloudIp);
        }
        return new Ipv4(customer.network(), 30);
    }
}
