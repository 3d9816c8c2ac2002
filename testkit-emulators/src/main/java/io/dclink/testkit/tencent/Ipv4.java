package io.dclink.testkit.tencent;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The address checks of tunnels: CIDR notation, and two distinct addresses of one subnet. */
final class Ipv4 {

    private static final Pattern CIDR = Pattern.compile("(\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3})/(\\d{1,2})");

    private Ipv4() {
    }

    static boolean isCidr(String text) {
        return CIDR.matcher(text).matches();
    }

    /** Tencent's and the customer's address of a tunnel: both empty, or distinct addresses of one subnet. */
    static void checkPeering(String local, String peer) {
        if (local.isEmpty() && peer.isEmpty()) {
            return;
        }
        Matcher a = CIDR.matcher(local);
        Matcher b = CIDR.matcher(peer);
        if (!a.matches() || !b.matches() || !a.group(2).equals(b.group(2)) || local.equals(peer)) {
            throw new TcError("InvalidParameter.AddressError", "TencentAddress and CustomerAddress must be distinct "
                    + "addresses of one subnet in CIDR form.");
        }
        int bits = Integer.parseInt(a.group(2));
        if (bits > 32 || network(a.group(1), bits) != network(b.group(1), bits)) {
            throw new TcError("InvalidParameter.AddressError", "TencentAddress and CustomerAddress are not in the same subnet.");
        }
    }

    private static long network(String address, int bits) {
        long value = 0;
        for (String octet : address.split("\\.")) {
            int part = Integer.parseInt(octet);
            if (part > 255) {
                throw new TcError("InvalidParameter.AddressError", "Bad address " + address + ".");
            }
            value = (value << 8) | part;
        }
        return bits == 0 ? 0 : value >>> (32 - bits);
    }
}
