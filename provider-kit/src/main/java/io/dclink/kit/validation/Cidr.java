package io.dclink.kit.validation;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An IPv4 or IPv6 address with a prefix length, such as {@code 192.168.1.1/30}. Parsing never
 * resolves host names.
 */
public final class Cidr {

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

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
     * @return the CIDR, or empty if the text is not one
     */
    public static Optional<Cidr> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        int slash = text.indexOf('/');
        if (slash < 0 || slash != text.lastIndexOf('/')) {
            return Optional.empty();
        }
        Optional<InetAddress> address = address(text.substring(0, slash));
        String prefix = text.substring(slash + 1);
        if (address.isEmpty() || !prefix.matches("\\d{1,3}")) {
            return Optional.empty();
        }
        int length = Integer.parseInt(prefix);
        return length > address.get().getAddress().length * 8 ? Optional.empty() : Optional.of(new Cidr(address.get(), length));
    }

    private static Optional<InetAddress> address(String text) {
        try {
            Matcher v4 = IPV4.matcher(text);
            if (v4.matches()) {
                byte[] bytes = new byte[4];
                for (int i = 0; i < 4; i++) {
                    int octet = Integer.parseInt(v4.group(i + 1));
                    if (octet > 255) {
                        return Optional.empty();
                    }
                    bytes[i] = (byte) octet;
                }
                return Optional.of(InetAddress.getByAddress(bytes));
            }
            if (IPV6.matcher(text).matches()) {
                InetAddress parsed = InetAddress.getByName(text);
                return parsed.getAddress().length == 16 ? Optional.of(parsed) : Optional.empty();
            }
            return Optional.empty();
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
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
