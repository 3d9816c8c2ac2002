package io.dclink.kit.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Rules for interconnect addressing and routed prefixes. */
public final class NetworkRules {

    private NetworkRules() {
    }

    /**
     * Checks the two ends of an interconnect subnet: both in CIDR form, same family and prefix
     * length, the length within bounds, the same subnet, different addresses, and (for IPv4
     * prefixes up to /30) neither the network nor the broadcast address.
     *
     * @param problems where problems go
     * @param providerField the provider-side field name
     * @param providerCidr the provider-side address, e.g. {@code 10.0.0.1/30}
     * @param customerField the customer-side field name
     * @param customerCidr the customer-side address, e.g. {@code 10.0.0.2/30}
     * @param minPrefix the shortest allowed prefix length, e.g. 24
     * @param maxPrefix the longest allowed prefix length, e.g. 30
     */
    public static void peerPair(Problems problems, String providerField, String providerCidr, String customerField,
            String customerCidr, int minPrefix, int maxPrefix) {
        Optional<Cidr> provider = cidr(problems, providerField, providerCidr);
        Optional<Cidr> customer = cidr(problems, customerField, customerCidr);
        if (provider.isEmpty() || customer.isEmpty()) {
            return;
        }
        Cidr p = provider.get();
        Cidr c = customer.get();
        String pair = providerField + " and " + customerField;
        if (p.isIpv6() != c.isIpv6()) {
            problems.add(pair, "must both be IPv4 or both IPv6");
            return;
        }
        for (Cidr end : List.of(p, c)) {
            String field = end == p ? providerField : customerField;
            if (end.prefixLength() < minPrefix || end.prefixLength() > maxPrefix) {
                problems.add(field, "prefix must be /" + minPrefix + " to /" + maxPrefix + ", was /" + end.prefixLength());
            }
            if (!end.isIpv6() && end.prefixLength() <= 30 && (end.isNetworkAddress() || end.isBroadcastAddress())) {
                problems.add(field, end + " is the " + (end.isNetworkAddress() ? "network" : "broadcast")
                        + " address of its subnet; use a host address");
            }
        }
        if (p.prefixLength() != c.prefixLength() || !p.sameSubnet(c)) {
            problems.add(pair, "must be in the same subnet with the same prefix length, were " + p + " and " + c);
        } else if (p.sameAddress(c)) {
            problems.add(pair, "must be different addresses, both were " + p.address().getHostAddress());
        }
    }

    /**
     * Checks a routed prefix: CIDR form with the host bits zero.
     *
     * @param problems where problems go
     * @param field the field
     * @param prefix the prefix, e.g. {@code 10.1.0.0/16}
     */
    public static void networkPrefix(Problems problems, String field, String prefix) {
        cidr(problems, field, prefix).ifPresent(cidr -> problems.check(cidr.isNetworkAddress(), field,
                prefix + " is not a network prefix: its host bits must be zero"));
    }

    /**
     * Checks that no prefix of one list overlaps a prefix of another (for example the customer's
     * data-centre prefixes and the cloud network's).
     *
     * @param problems where problems go
     * @param field the first list's field
     * @param prefixes the first list
     * @param otherField the second list's field
     * @param otherPrefixes the second list
     */
    public static void noOverlap(Problems problems, String field, List<String> prefixes, String otherField,
            List<String> otherPrefixes) {
        List<Cidr> first = parsedAll(problems, field, prefixes);
        List<Cidr> second = parsedAll(problems, otherField, otherPrefixes);
        for (int i = 0; i < first.size(); i++) {
            for (int j = 0; j < second.size(); j++) {
                if (first.get(i) != null && second.get(j) != null && first.get(i).overlaps(second.get(j))) {
                    problems.add(field + "[" + i + "]", first.get(i) + " overlaps " + otherField + "[" + j + "] "
                            + second.get(j) + "; the segments must not overlap");
                }
            }
        }
    }

    private static List<Cidr> parsedAll(Problems problems, String field, List<String> prefixes) {
        List<Cidr> parsed = new ArrayList<>();
        for (int i = 0; i < prefixes.size(); i++) {
            parsed.add(cidr(problems, field + "[" + i + "]", prefixes.get(i)).orElse(null));
        }
        return parsed;
    }

    private static Optional<Cidr> cidr(Problems problems, String field, String text) {
        if (text == null || text.isBlank()) {
            problems.add(field, "is required");
            return Optional.empty();
        }
        Optional<Cidr> parsed = Cidr.parse(text);
        if (parsed.isEmpty()) {
            problems.add(field, "must be an address with a prefix length, such as 192.168.1.1/30, was '" + text + "'");
        }
        return parsed;
    }
}
