package io.dclink.kit.validation;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An IPv4 or IPv6 address with a prefix length, such as {@code 192.168.1.1/30}. Only the canonical
 * written forms are read: IPv4 as four decimal octets without leading zeros ({@code 010} is octal
 * 8 to some parsers and decimal 10 to others, so it is refused rather than guessed), IPv6 as
 * colon-separated hexadecimal groups with at most one {@code ::} and an optional dotted IPv4 tail,
 * no zone and no brackets, and the prefix length in decimal without leading zeros. Parsing is
 * done here, byte by byte: it never asks a resolver, so a host name can never turn into an address.
 */
public final class Cidr {

    private static final Pattern DECIMAL = Pattern.compile("0|[1-9][0-9]{0,2}");
    private static final Pattern HEX_GROUP = Pattern.compile("[0-9A-Fa-f]{1,4}");

    private final InetAddress address;
    private final int prefixLength;
    private final int bits;
    private final BigInteger value;

    private Cidr(InetAddress address, int prefixLength) {
        this.address = address;
        this.prefixLength = prefixLength;
        this.bits = address.getAddress().length * 8;
        this.value = new BigInteger(1, address.getAddress());
    }

    /**
     * Parses {@code address/prefix}.
     *
     * @param text the text
     * @return the CIDR, or empty if the text is not one in canonical form
     */
    public static Optional<Cidr> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        int slash = text.indexOf('/');
        if (slash < 0 || slash != text.lastIndexOf('/')) {
            return Optional.empty();
        }
        String prefix = text.substring(slash + 1);
        byte[] bytes = bytes(text.substring(0, slash));
        if (bytes == null || !DECIMAL.matcher(prefix).matches()) {
            return Optional.empty();
        }
        int length = Integer.parseInt(prefix);
        if (length > bytes.length * 8) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Cidr(InetAddress.getByAddress(bytes), length));
        } catch (UnknownHostException e) {
            return Optional.empty(); // unreachable: four or sixteen bytes are always an address
        }
    }

    /** The address's bytes, or {@code null} when the text is not a canonical IPv4 or IPv6 address. */
    private static byte[] bytes(String text) {
        if (text.indexOf(':') >= 0) {
            byte[] bytes = ipv6(text);
            // IPv4-mapped (::ffff:a.b.c.d) is an IPv4 address in disguise: not taken as IPv6.
            return bytes == null || isIpv4Mapped(bytes) ? null : bytes;
        }
        return ipv4(text);
    }

    private static byte[] ipv4(String text) {
        String[] octets = text.split("\\.", -1);
        if (octets.length != 4) {
            return null;
        }
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
            if (!DECIMAL.matcher(octets[i]).matches()) {
                return null;
            }
            int octet = Integer.parseInt(octets[i]);
            if (octet > 255) {
                return null;
            }
            bytes[i] = (byte) octet;
        }
        return bytes;
    }

    private static byte[] ipv6(String text) {
        int gap = text.indexOf("::");
        if (gap >= 0 && text.indexOf("::", gap + 1) >= 0) {
            return null;
        }
        List<Integer> head = gap < 0 ? groups(text) : groups(text.substring(0, gap));
        List<Integer> tail = gap < 0 ? List.of() : groups(text.substring(gap + 2));
        if (head == null || tail == null) {
            return null;
        }
        int count = head.size() + tail.size();
        if (gap < 0 ? count != 8 : count > 7) {
            return null;
        }
        int[] words = new int[8];
        for (int i = 0; i < head.size(); i++) {
            words[i] = head.get(i);
        }
        for (int i = 0; i < tail.size(); i++) {
            words[8 - tail.size() + i] = tail.get(i);
        }
        byte[] bytes = new byte[16];
        for (int i = 0; i < 8; i++) {
            bytes[2 * i] = (byte) (words[i] >> 8);
            bytes[2 * i + 1] = (byte) words[i];
        }
        return bytes;
    }

    /** The 16-bit groups of one side of {@code ::}; a dotted IPv4 address may end the text, as two groups. */
    private static List<Integer> groups(String text) {
        List<Integer> groups = new ArrayList<>();
        if (text.isEmpty()) {
            return groups;
        }
        String[] parts = text.split(":", -1);
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (i == parts.length - 1 && part.indexOf('.') >= 0) {
                byte[] v4 = ipv4(part);
                if (v4 == null) {
                    return null;
                }
                groups.add((v4[0] & 0xFF) << 8 | v4[1] & 0xFF);
                groups.add((v4[2] & 0xFF) << 8 | v4[3] & 0xFF);
            } else if (HEX_GROUP.matcher(part).matches()) {
                groups.add(Integer.parseInt(part, 16));
            } else {
                return null;
            }
        }
        return groups;
    }

    private static boolean isIpv4Mapped(byte[] bytes) {
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return bytes[10] == (byte) 0xFF && bytes[11] == (byte) 0xFF;
    }

    /**
     * The address.
     *
     * @return the address
     */
    public InetAddress address() {
        return address;
    }

    /**
     * The prefix length.
     *
     * @return the length in bits
     */
    public int prefixLength() {
        return prefixLength;
    }

    /**
     * Whether this is an IPv6 prefix.
     *
     * @return {@code true} for IPv6
     */
    public boolean isIpv6() {
        return bits == 128;
    }

    /**
     * Whether the host bits are all zero.
     *
     * @return {@code true} for a network address
     */
    public boolean isNetworkAddress() {
        return value.equals(networkValue());
    }

    /**
     * Whether the host bits are all one (the IPv4 broadcast address of the subnet).
     *
     * @return {@code true} for a broadcast address
     */
    public boolean isBroadcastAddress() {
        return value.equals(networkValue().or(hostMask()));
    }

    /**
     * Whether two prefixes share any address.
     *
     * @param other the other prefix
     * @return {@code true} if they overlap
     */
    public boolean overlaps(Cidr other) {
        if (bits != other.bits) {
            return false;
        }
        int shorter = Math.min(prefixLength, other.prefixLength);
        return network(value, shorter).equals(network(other.value, shorter));
    }

    /**
     * Whether both addresses lie in the same subnet of this prefix length.
     *
     * @param other the other address
     * @return {@code true} if same family, same prefix length and same network
     */
    public boolean sameSubnet(Cidr other) {
        return bits == other.bits && prefixLength == other.prefixLength && networkValue().equals(other.networkValue());
    }

    /**
     * Whether both have the same address (ignoring the prefix length).
     *
     * @param other the other address
     * @return {@code true} if equal
     */
    public boolean sameAddress(Cidr other) {
        return bits == other.bits && value.equals(other.value);
    }

    private BigInteger networkValue() {
        return network(value, prefixLength);
    }

    private BigInteger network(BigInteger address, int length) {
        BigInteger all = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
        BigInteger host = BigInteger.ONE.shiftLeft(bits - length).subtract(BigInteger.ONE);
        return address.and(all.xor(host));
    }

    private BigInteger hostMask() {
        return BigInteger.ONE.shiftLeft(bits - prefixLength).subtract(BigInteger.ONE);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Cidr that && prefixLength == that.prefixLength && address.equals(that.address);
    }

    @Override
    public int hashCode() {
        return Objects.hash(address, prefixLength);
    }

    @Override
    public String toString() {
        return address.getHostAddress() + "/" + prefixLength;
    }
}
